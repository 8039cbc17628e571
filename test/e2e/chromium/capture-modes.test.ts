import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { selectText, useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Calls a background handler (the same function the menu or command calls) for the tab showing `page`. */
async function callHandler(page: Page, handler: 'onMenuClick' | 'onCommand', arg: unknown): Promise<void> {
  await env.browser.worker.evaluate(
    async ({ url, handler, arg }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab at ${url}`);
      const hooks = (globalThis as unknown as { journeyLens: Record<string, (a: unknown, t: unknown) => Promise<void>> }).journeyLens;
      await hooks[handler]!(arg, tab);
    },
    { url: page.url(), handler, arg },
  );
}

async function open(host: string, path = '/') {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(host, path));
  await page.bringToFront();
  return new ClipFlow(page);
}

describe('capture modes (Chromium)', () => {
  it('clips the whole page from the page context menu', async () => {
    const flow = await open('acme.test');
    await callHandler(flow.page, 'onMenuClick', { menuItemId: 'jl-clip-page' });
    await flow.dialog.waitFor();
    await expect.poll(() => flow.dialog.locator('blockquote').innerText()).toContain('Acme Trail Runner 3');
    await flow.fill({ stage: 'fmot' });
    await flow.save();
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);
    await flow.page.close();
  });

  it('clips a link from the link context menu', async () => {
    const flow = await open('acme.test');
    await callHandler(flow.page, 'onMenuClick', {
      menuItemId: 'jl-clip-link',
      linkUrl: env.server.url('acme.test', '/returns'),
      selectionText: 'Return policy',
    });
    await flow.dialog.waitFor();
    expect(await flow.dialog.locator('blockquote').innerText()).toContain('Return policy');
    await flow.fill({ stage: 'smot' });
    await flow.save();
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 2 clips on this page/);
    await flow.page.close();
  });

  it('opens the form for the selection from the keyboard command; Esc cancels and returns focus', async () => {
    const flow = await open('help.acme.test');
    await selectText(flow.page, '#answer', 'five minutes');
    await callHandler(flow.page, 'onCommand', 'clip-selection');
    await flow.dialog.waitFor();
    expect(await flow.dialog.locator('blockquote').innerText()).toBe('five minutes');
    await flow.page.keyboard.press('Escape');
    await flow.dialog.waitFor({ state: 'detached' });
    await flow.page.close();
  });

  it('attaches a screenshot of the visible tab, shown as a thumbnail in the side panel', async () => {
    const flow = await open('globex.test');
    await flow.open('#price');
    expect(await flow.dialog.getByLabel('Brand').inputValue()).toBe('Globex');
    await flow.fill({ stage: 'fmot' });
    await flow.dialog.getByLabel('Attach a screenshot of the visible page').check();
    await flow.save();
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Globex\)/);
    const statusText = await flow.status.innerText();
    expect(statusText, statusText).not.toMatch(/screenshot/);

    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Globex', 'FMOT')).toBe(1);
    await panel.openCell('Globex', 'FMOT');
    const img = panelPage.getByRole('img', { name: 'Screenshot of the page when the clip was taken' });
    await img.waitFor();
    const size = await img.evaluate((el: HTMLImageElement) => el.decode().then(() => [el.naturalWidth, el.naturalHeight]));
    expect(size[0]).toBeGreaterThan(100);
    expect(size[1]).toBeGreaterThan(100);
  });
});
