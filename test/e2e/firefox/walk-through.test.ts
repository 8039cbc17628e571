import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefoxWithServer } from '../support/firefox';
import { budget } from '../support/budget';

const env = useFirefoxWithServer();

/** Clicks a button of the recording bar (open shadow root) by its text. */
function barButton(page: Page, label: string): Promise<boolean> {
  return page.evaluate((label) => {
    const b = [...(document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('journey-lens-walk')?.querySelectorAll('button') ?? [])].find((x) => x.textContent === label);
    b?.click();
    return !!b;
  }, label);
}

const barText = (page: Page) => page.evaluate(() => document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('journey-lens-walk')?.textContent ?? '');

describe('walk-throughs (Firefox ESR)', () => {
  it('records a short walk across a navigation and stops it', async () => {
    const shop = await env.ff.browser.newPage();
    await shop.goto(env.server.url('shop.test', '/p/boot'));
    const popup = await env.ff.openExtensionPage('popup.html');
    const tabId = await popup.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await api.tabs.query({})).filter((t) => t.url === url).map((t) => t.id!).sort((a, b) => b - a)[0];
    }, shop.url());
    expect(tabId).toBeGreaterThan(0);
    // The popup acts on the tab it names (as when it is opened over that tab).
    await popup.evaluate((id) => location.assign(`popup.html?tab=${id}`), tabId);
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start walk-through'), { timeout: budget(20_000) });
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start walk-through')!.click());
    await popup.waitForSelector('[role="dialog"] #walk-task', { timeout: budget(20_000) });
    await popup.type('#walk-task', 'Find the price');
    await popup.type('#walk-brand', 'Shopwell');
    await popup.select('#walk-stage', 'fmot');
    await popup.click('[role="dialog"] button[type="submit"]');

    await shop.waitForFunction(() => !!document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('journey-lens-walk')?.querySelector('button'), { timeout: budget(20_000) });
    expect(await barText(shop)).toMatch(/Recording: Find the price/);
    await shop.click('#add');
    await shop.waitForFunction(() => location.pathname === '/checkout' && !!document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('journey-lens-walk')?.querySelector('button'), { timeout: budget(20_000) });
    await shop.waitForFunction(() => /Steps: 3/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('journey-lens-walk')?.textContent ?? ''), { timeout: budget(20_000) });
    expect(await barButton(shop, 'Stop')).toBe(true);
    await shop.waitForFunction(() => /Walk-through saved\. Steps: 3/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('journey-lens-walk')?.textContent ?? ''), { timeout: budget(20_000) });

    const panel = await env.ff.openExtensionPage('sidepanel.html');
    await panel.waitForFunction(
      () => [...document.querySelectorAll('table[aria-label="Comparison matrix"] td')].some((td) => /walk: 3 steps/.test(td.textContent ?? '')),
      { timeout: budget(20_000) },
    );
  });
});
