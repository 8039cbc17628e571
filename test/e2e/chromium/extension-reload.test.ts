import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { selectText, useBrowserWithServer } from '../support/chromium';
import { budget } from '../support/budget';
import { CHROME_BUILD } from '../support/paths';
import { ClipFlow } from '../support/page-objects';

const env = useBrowserWithServer();

/** What a page (and the content scripts in it) said went wrong: uncaught errors and console errors. */
function watchErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /context invalidated/i.test(m.text())) seen.push(`console.${m.type()}: ${m.text()}`);
  });
  return seen;
}

const highlighted = (page: Page) =>
  page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));

/** How many in-page UI hosts the page has, in the top document and in its frames. */
const hosts = (page: Page) => Promise.all(page.frames().map((f) => f.locator('css:light=journey-lens-ui').count())).then((n) => n.reduce((a, b) => a + b, 0));


describe('extension reloaded with pages open (Chromium)', () => {
  it('the scripts left in open tabs go quiet, new ones take over, and clipping works on the same pages', async () => {
    const { context } = env.browser;
    // Three open tabs: a single-page app with a clip (form and highlighter loaded), a page with a
    // selection and the Clip button showing, and a page with a frame.
    const spa = await context.newPage();
    const spaErrors = watchErrors(spa);
    await spa.goto(env.server.url('acme.test', '/spa/'));
    const spaFlow = new ClipFlow(spa);
    await spaFlow.clip('#home', { stage: 'amot' });
    await expect.poll(() => spaFlow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);
    await expect.poll(() => highlighted(spa)).toContain('Welcome to the Acme app, where every order ships the same day.');

    const plain = await context.newPage();
    const plainErrors = watchErrors(plain);
    await plain.goto(env.server.url('globex.test'));
    const plainFlow = new ClipFlow(plain);
    await selectText(plain, '#price');
    await plainFlow.clipButton.waitFor({ timeout: budget(10_000) });

    const framed = await context.newPage();
    const framedErrors = watchErrors(framed);
    await framed.goto(env.server.url('acme.test', '/framed/'));
    const frame = framed.frame({ url: /\/inner\/$/ })!;
    await frame.waitForSelector('#post');
    await selectText(frame, '#post');
    await frame.getByRole('button', { name: 'Clip', exact: true }).waitFor({ timeout: budget(10_000) });

    // The old extension's UI hosts, remembered in each page (the DOM is shared with the content scripts).
    const remember = (f: Page | Frame) => f.evaluate(() => void ((window as unknown as { oldHosts: Element[] }).oldHosts = [...document.querySelectorAll('journey-lens-ui')]));
    const oldHostsGone = (f: Page | Frame) =>
      f.waitForFunction(() => (window as unknown as { oldHosts: Element[] }).oldHosts.every((h) => !h.isConnected), undefined, { timeout: budget(20_000) });
    for (const f of [spa, plain, frame]) await remember(f);
    expect(await plain.evaluate(() => (window as unknown as { oldHosts: Element[] }).oldHosts.length)).toBe(1);

    // Reload the extension, as chrome://extensions' reload button does (same id, same profile data).
    const browser = context.browser()!;
    const cdp = await browser.newBrowserCDPSession();
    const reloaded = (await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never)) as { id: string };
    expect(reloaded.id).toBe(env.browser.extensionId);

    // The old extension's UI goes (with the Clip buttons it left showing), and the new script takes over.
    for (const f of [spa, plain, frame]) await oldHostsGone(f);

    // The new highlighter paints the open page's clip, and the old one (ended) never clears it,
    // even when the page's next click reaches its listener.
    await expect.poll(() => highlighted(spa), { timeout: budget(20_000) }).toContain('Welcome to the Acme app, where every order ships the same day.');
    await spa.mouse.click(5, 5);
    expect(await highlighted(spa)).toContain('Welcome to the Acme app, where every order ships the same day.');

    // The old scripts still hear the page's events; they must do nothing with them (no errors).
    await selectText(plain, '#price');
    await plainFlow.clipButton.waitFor({ timeout: budget(20_000) });
    await plainFlow.clipButton.click();
    await plainFlow.dialog.waitFor({ timeout: budget(20_000) });
    await plainFlow.fill({ stage: 'fmot', brand: 'Globex' });
    await plainFlow.save();
    await expect.poll(() => plainFlow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Globex\)/);
    expect(await hosts(plain)).toBe(1);

    // The page whose form and highlighter belonged to the old extension: a new form, the count from the database.
    await spaFlow.clip('#home', { stage: 'fmot' });
    await expect.poll(() => spaFlow.status.innerText()).toMatch(/Saved · 2 clips on this page \(Acme\)/);
    expect(await hosts(spa)).toBe(1);
    // Followed into the single-page app's next view (wxt:locationchange), with highlights there too.
    await spa.click('#to-plans');
    await spa.waitForSelector('#plans');
    await spaFlow.clip('#plans', { stage: 'fmot' });
    await expect.poll(() => spaFlow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);
    await expect.poll(() => highlighted(spa)).toContain('Plans start at 9 euros per month, billed monthly.');
    await spa.goBack();
    await spa.waitForSelector('#home');
    await expect.poll(() => highlighted(spa), { timeout: budget(20_000) }).toContain('Welcome to the Acme app, where every order ships the same day.');

    // Inside the frame too (the new script went into every frame of the open tab).
    await selectText(frame, '#post');
    await frame.getByRole('button', { name: 'Clip', exact: true }).click();
    const dialog = frame.getByRole('dialog', { name: 'Clip evidence' });
    await dialog.waitFor({ timeout: budget(20_000) });
    await dialog.getByLabel('Stage').selectOption('smot');
    await dialog.getByLabel('Brand').fill('Acme');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached', timeout: budget(20_000) });
    await expect.poll(() => frame.locator('journey-lens-ui').getByRole('status').innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);

    // Nothing the old scripts did reached the page's console.
    expect([...spaErrors, ...plainErrors, ...framedErrors]).toEqual([]);
  });
});
