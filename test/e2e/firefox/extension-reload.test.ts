import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { budget } from '../support/budget';
import { clipSelection, GECKO_ID, selectTextIn, useFirefoxWithServer } from '../support/firefox';

const env = useFirefoxWithServer();

/** What a page (and the content scripts in it) said went wrong: uncaught errors and console errors. */
function watchErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(`pageerror: ${String((e as Error).message ?? e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /context invalidated|dead object/i.test(m.text())) seen.push(`console.${m.type()}: ${m.text()}`);
  });
  return seen;
}

/** How many in-page UI hosts the page has (the old add-on's one must be gone). */
const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('journey-lens-ui').length);

const statusText = (page: Page) =>
  page.evaluate(() => document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('[role="status"],[role="alert"]')?.textContent ?? '');

describe('Firefox ESR: extension reloaded with pages open', () => {
  it('the scripts left in open tabs go quiet, new ones take over, and clipping works on the same pages', async () => {
    const { ff, server } = env;
    // Two open tabs: one with a clip (form and highlighter loaded), one with the Clip button showing.
    const acme = await ff.browser.newPage();
    const acmeErrors = watchErrors(acme);
    await acme.goto(server.url('acme.test'));
    await clipSelection(acme, '#promise', { stage: 'amot' });
    await acme.waitForFunction(() => /Saved · 1 clip on this page \(Acme\)/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''), {
      timeout: budget(20_000),
    });

    const globex = await ff.browser.newPage();
    const globexErrors = watchErrors(globex);
    await globex.goto(server.url('globex.test'));
    await selectTextIn(globex, '#price');
    await globex.waitForSelector('journey-lens-ui >>> button.jl-clip', { visible: true, timeout: budget(10_000) });
    // The old add-on's UI hosts, remembered in the page (the DOM is shared with the content scripts).
    const remember = (page: Page) => page.evaluate(() => void ((window as unknown as { oldHosts: Element[] }).oldHosts = [...document.querySelectorAll('journey-lens-ui')]));
    const oldHostsGone = (page: Page) =>
      page.waitForFunction(() => (window as unknown as { oldHosts: Element[] }).oldHosts.every((h) => !h.isConnected), { timeout: budget(30_000) });
    await remember(acme);
    await remember(globex);

    // Reload the add-on, as about:debugging's Reload button does.
    const version = await ff.inChrome<string>(`
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
      await addon.reload();
      return addon.version;`);
    expect(version).toBeTruthy();

    // The old add-on's UI goes (with the Clip button it left showing), and the new script takes over.
    await oldHostsGone(globex);
    await clipSelection(globex, '#price', { stage: 'fmot', brand: 'Globex' });
    await globex.waitForFunction(() => /Saved · 1 clip on this page \(Globex\)/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''), {
      timeout: budget(20_000),
    });
    expect(await hosts(globex)).toBe(1);

    // The page whose form and highlighter belonged to the old add-on: a new form, the count from the database.
    await acme.bringToFront();
    await oldHostsGone(acme);
    await clipSelection(acme, '#fit', { stage: 'fmot' });
    await acme.waitForFunction(() => /Saved · 2 clips on this page \(Acme\)/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''), {
      timeout: budget(20_000),
    });
    expect(await hosts(acme)).toBe(1);
    expect(await statusText(acme)).toMatch(/2 clips/);

    expect([...acmeErrors, ...globexErrors]).toEqual([]);
  });
});
