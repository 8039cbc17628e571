import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { selectText, useBrowserWithServer } from '../support/chromium';
import { ClipFlow } from '../support/page-objects';
import { budget } from '../support/budget';

const env = useBrowserWithServer();

/** Long enough for the selection debounce (120 ms) and the background's answer, several times over. */
const SETTLE_MS = 800;

async function openSite(host: string, path = '/') {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(host, path));
  return new ClipFlow(page);
}

/** Selects text and reports whether the Clip button shows (waiting for it when `expected` is true). */
async function clipButtonShows(flow: ClipFlow, selector: string, expected: boolean): Promise<boolean> {
  await flow.page.bringToFront();
  await flow.page.evaluate(() => getSelection()?.removeAllRanges());
  await selectText(flow.page, selector);
  if (expected) {
    await flow.clipButton.waitFor({ state: 'visible', timeout: budget(5000) }).catch(() => undefined);
  } else {
    await flow.page.waitForTimeout(SETTLE_MS);
  }
  return flow.clipButton.isVisible();
}

/** The keyboard command's handler, for the tab showing `page` (as capture-modes.test.ts does). */
async function pressClipShortcut(page: Page): Promise<void> {
  await env.browser.worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab at ${url}`);
    const hooks = (globalThis as unknown as { journeyLens: { onCommand(c: string, t: unknown): Promise<void> } }).journeyLens;
    await hooks.onCommand('clip-selection', tab);
  }, page.url());
}

async function tabIdOf(page: Page): Promise<number> {
  return env.browser.worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    return tab.id;
  }, page.url());
}

describe('settings (Chromium)', () => {
  let options: Page;
  let acme: ClipFlow;
  let globex: ClipFlow;

  it('options: turning the Clip button off for acme.test hides it there, live in open tabs, not on other sites', async () => {
    acme = await openSite('acme.test');
    globex = await openSite('globex.test');
    // Before any setting: the button shows on both.
    expect(await clipButtonShows(acme, '#promise', true)).toBe(true);

    options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    const global = options.getByLabel('Show the Clip button when I select text');
    await expect.poll(() => global.isChecked()).toBe(true);
    await expect.poll(() => options.getByText('None: the Clip button shows on every site.').isVisible()).toBe(true);

    const site = options.getByLabel('Site', { exact: true });
    const add = options.getByRole('button', { name: 'Turn off on this site' });
    // Bad input: a clear error, nothing added.
    await site.fill('not a site!');
    await add.click();
    await expect.poll(() => options.getByRole('alert').filter({ hasText: 'is not a site' }).isVisible()).toBe(true);
    expect(await site.getAttribute('aria-invalid')).toBe('true');
    await site.fill('https://www.acme.test/pricing');
    await add.click();
    const remove = options.getByRole('button', { name: 'Remove acme.test (show the Clip button there again)' });
    await remove.waitFor();
    await expect.poll(() => site.inputValue()).toBe('');

    // The already-open acme.test tab hears the change without a reload.
    expect(await clipButtonShows(acme, '#fit', false)).toBe(false);
    expect(await clipButtonShows(globex, '#price', true)).toBe(true);
    // A freshly loaded acme.test page shows none either (www. matching is in the unit tests: no www fixture host).
    const www = await openSite('acme.test', '/?again'); // its own URL: the command helper finds tabs by URL
    expect(await clipButtonShows(www, '#promise', false)).toBe(false);
    // The shortcut still clips there (the button is only a convenience) — and proves the script was running.
    await selectText(www.page, '#promise');
    await pressClipShortcut(www.page);
    await www.dialog.waitFor();
    expect(await www.dialog.getByLabel('Attach a screenshot of the visible page').isChecked()).toBe(false);
    await www.page.keyboard.press('Escape');
    await www.dialog.waitFor({ state: 'detached' });
    await www.page.close();

    // Removing the site brings the button back on the open tab.
    await options.bringToFront();
    await remove.click();
    await remove.waitFor({ state: 'detached' });
    expect(await clipButtonShows(acme, '#fit', true)).toBe(true);
  });

  it('options: turning the Clip button off globally hides it everywhere; the shortcut still opens the form', async () => {
    await options.bringToFront();
    await options.getByLabel('Show the Clip button when I select text').uncheck();
    expect(await clipButtonShows(globex, '#price', false)).toBe(false);
    expect(await clipButtonShows(acme, '#promise', false)).toBe(false);
    await selectText(globex.page, '#price');
    await pressClipShortcut(globex.page);
    await globex.dialog.waitFor();
    await globex.page.keyboard.press('Escape');
    await globex.dialog.waitFor({ state: 'detached' });
  });

  it('options: "Attach a screenshot by default" checks the form\'s screenshot box', async () => {
    await options.bringToFront();
    const box = options.getByLabel('Attach a screenshot by default');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    // The setting is in extension storage before the form asks for it.
    await expect
      .poll(() =>
        env.browser.worker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { screenshotDefault?: boolean } | undefined>> } } } }).chrome;
          return (await api.storage.local.get('settings')).settings?.screenshotDefault === true;
        }),
      )
      .toBe(true);
    await globex.page.bringToFront();
    await selectText(globex.page, '#price');
    await pressClipShortcut(globex.page);
    await globex.dialog.waitFor();
    expect(await globex.dialog.getByLabel('Attach a screenshot of the visible page').isChecked()).toBe(true);
    await globex.page.keyboard.press('Escape');
    await globex.dialog.waitFor({ state: 'detached' });
    // The setting survives a reload of the options page.
    await options.reload();
    await expect.poll(() => options.getByLabel('Attach a screenshot by default').isChecked()).toBe(true);
    await expect.poll(() => options.getByLabel('Show the Clip button when I select text').isChecked()).toBe(false);
    await options.getByLabel('Show the Clip button when I select text').check();
    expect(await clipButtonShows(globex, '#price', true)).toBe(true);
  });

  it('options: lists the keyboard shortcuts as the browser has them, and links to where they change', async () => {
    await options.bringToFront();
    const list = options.getByRole('list', { name: 'Keyboard shortcuts' });
    const actual = await env.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
    );
    const row = (description: string) => list.getByRole('listitem').filter({ hasText: description });
    const keyOf = (description: string) => row(description).locator('kbd, span.muted').innerText();
    await row('Clip the selected text').waitFor();
    const expectedKey = (name: string) => actual.find((c) => c.name === name)?.shortcut || 'not set';
    // Chromium on Linux does not hand out Alt+Shift+C, hence E; the list shows what the browser assigned.
    expect(expectedKey('clip-selection')).toBe('Alt+Shift+E');
    expect(await keyOf('Clip the selected text')).toBe('Alt+Shift+E');
    expect(expectedKey('open-panel')).toBe('Alt+Shift+L');
    expect(await keyOf('Open the comparison matrix')).toBe('Alt+Shift+L');
    expect(await keyOf('Open the Journey Lens toolbar popup')).toBe(expectedKey('_execute_action'));
    const [shortcutsTab] = await Promise.all([
      env.browser.context.waitForEvent('page', { timeout: 5000 }),
      options.getByRole('button', { name: 'Change shortcuts' }).click(),
    ]);
    await expect.poll(() => shortcutsTab.url()).toBe('chrome://extensions/shortcuts');
    await shortcutsTab.close();
  });

  it('options: shows storage used and whether it is persistent, and asks for persistence from the page', async () => {
    await options.bringToFront();
    await expect.poll(() => options.locator('[data-storage-used]').innerText()).toMatch(/^[\d.,]+ (byte|kB|MB|GB|TB) used of [\d.,]+ (byte|kB|MB|GB|TB) available$/);
    const state = options.locator('[data-persisted]');
    await state.waitFor();
    const wasPersistent = (await state.getAttribute('data-persisted')) === 'yes';
    const actual = await options.evaluate(() => navigator.storage.persisted());
    expect(wasPersistent).toBe(actual);
    if (!wasPersistent) {
      await options.getByRole('button', { name: 'Ask the browser to keep my data' }).click();
      const outcome = options.getByRole('status').filter({ hasText: /The browser (agreed|declined)/ });
      await outcome.waitFor();
      const granted = /agreed/.test(await outcome.innerText());
      expect(granted).toBe(await options.evaluate(() => navigator.storage.persisted()));
      await expect.poll(() => state.getAttribute('data-persisted')).toBe(granted ? 'yes' : 'no');
    }
  });

  it('popup: "Clip button on this site" turns it off and on for the current tab\'s site', async () => {
    const popup = await env.browser.context.newPage();
    await popup.goto(env.browser.extensionUrl(`popup.html?tab=${await tabIdOf(acme.page)}`));
    const toggle = popup.getByLabel('Clip button on this site');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await popup.getByText('acme.test', { exact: true }).isVisible()).toBe(true);
    await toggle.uncheck();
    expect(await clipButtonShows(acme, '#fit', false)).toBe(false);
    expect(await clipButtonShows(globex, '#price', true)).toBe(true);
    // The options page lists it too (live).
    await expect.poll(() => options.getByRole('button', { name: 'Remove acme.test (show the Clip button there again)' }).count()).toBe(1);
    await popup.bringToFront();
    await toggle.check();
    expect(await clipButtonShows(acme, '#fit', true)).toBe(true);
    await popup.close();
  });
});
