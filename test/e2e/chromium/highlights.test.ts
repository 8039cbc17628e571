import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { ClipFlow, SidePanel } from '../support/page-objects';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  // One clip on acme.test to revisit.
  const page = await browser.context.newPage();
  await page.goto(server.url('acme.test'));
  const flow = new ClipFlow(page);
  await flow.clip('#promise', { stage: 'amot' });
  await flow.status.filter({ hasText: /Saved · 1 clip/ }).waitFor();
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const highlightRanges = (page: Page, name: string) =>
  page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);

async function badge(page: Page): Promise<string> {
  return browser.worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    return tab ? api.action.getBadgeText({ tabId: tab.id }) : 'no tab';
  }, page.url());
}

describe('highlights on revisit (Chromium)', () => {
  it('paints the clipped passage in its stage colour on a revisit (tracking parameters ignored) and badges the count', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('acme.test', '/?utm_source=newsletter&fbclid=abc'));
    await expect.poll(() => highlightRanges(page, 'journey-lens-amot'), { timeout: 10_000 }).toEqual(['Free delivery in 2 days, or your shipping back.']);
    await expect.poll(() => badge(page)).toBe('1');
    // Clicking the passage shows the clip.
    const box = await page.locator('#promise').boundingBox();
    await page.mouse.click(box!.x + 20, box!.y + box!.height / 2);
    const card = page.getByRole('dialog', { name: 'Clipped evidence' });
    await card.waitFor();
    expect(await card.innerText()).toContain('AMOT · Acme');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('a page without clips loads no highlighter', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('globex.test'));
    await page.waitForTimeout(1500);
    expect(await page.locator('journey-lens-highlights').count()).toBe(0);
    expect(await badge(page)).toBe('');
    await page.close();
  });

  it('flags an edited passage as changed (with a word diff) and a removed one as an orphan, in the side panel', async () => {
    const changed = await browser.context.newPage();
    await changed.goto(server.url('acme.test', '/?utm_content=changed'));
    await expect.poll(() => highlightRanges(changed, 'journey-lens-amot'), { timeout: 10_000 }).toEqual([
      'Free delivery in 3 working days, or your shipping back.',
    ]);
    const panelPage = await browser.context.newPage();
    await panelPage.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await panel.openCell('Acme', 'AMOT');
    await panelPage.getByText('Changed since capture').waitFor();
    expect(await panelPage.locator('.anchor-note del').allInnerTexts()).toContain('2');
    expect((await panelPage.locator('.anchor-note ins').allInnerTexts()).join(' ')).toContain('working');

    const removed = await browser.context.newPage();
    await removed.goto(server.url('acme.test', '/?utm_content=removed'));
    await panelPage.getByText('Not found on the page any more').waitFor({ timeout: 10_000 });
    // Nothing is painted on the wrong text.
    expect(await highlightRanges(removed, 'journey-lens-amot')).toEqual([]);
  });

  it('hides highlights on a page from the clip card', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('acme.test'));
    await expect.poll(() => highlightRanges(page, 'journey-lens-amot'), { timeout: 10_000 }).toHaveLength(1);
    const box = await page.locator('#promise').boundingBox();
    await page.mouse.click(box!.x + 20, box!.y + box!.height / 2);
    await page.getByRole('button', { name: 'Hide highlights on this page' }).click();
    await expect.poll(() => highlightRanges(page, 'journey-lens-amot')).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await highlightRanges(page, 'journey-lens-amot')).toEqual([]);
  });
});
