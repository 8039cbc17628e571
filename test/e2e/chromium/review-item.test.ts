import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { ClipFlow, SidePanel } from '../support/page-objects';

// Clipping one review on a review platform page that lists several: the clip
// records that review (author, date, its own rating, permalink), the form
// pre-fills score and sentiment from it, and the side panel and the CSV show it.

let browser: ExtensionBrowser;
let server: FixtureServer;
let panel: SidePanel;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the review a clip comes from (Chromium)', () => {
  it('records the selected review, not its neighbours, and shows it in the drill-down and the CSV', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('reviews.test', '/initech.html'));
    const flow = new ClipFlow(page);
    await flow.open('#review-dana');
    const dialog = flow.dialog;
    // The reviewed company, never the platform or the page title.
    await expect.poll(() => dialog.getByLabel('Brand').inputValue()).toBe('Initech');
    const facts = dialog.getByText(/^From the review:/);
    await facts.waitFor();
    expect(await facts.innerText()).toBe('From the review: ★2 · Dana Okafor · 2026-10-02');
    // The review's own rating pre-fills score and sentiment.
    expect(await dialog.getByRole('radiogroup', { name: 'Score' }).getByRole('radio', { name: 'Score 2 of 5' }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Sentiment').inputValue()).toBe('negative');
    await flow.fill({ stage: 'tmot' });
    await flow.save();
    await page.close();

    await expect.poll(() => panel.cellCount('Initech', 'TMOT'), { timeout: 15_000 }).toBe(1);
    await panel.openCell('Initech', 'TMOT');
    const item = panel.page.locator('.clip-item-facts');
    await item.waitFor({ timeout: 15_000 });
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('From the review');
    expect(text).toContain('Dana Okafor');
    expect(text).toContain('2026-10-02');
    expect(await item.getByLabel('Its own rating: 2 of 5').textContent()).toBe('★2');
    const link = item.getByRole('link', { name: 'Open the item' });
    expect(await link.getAttribute('href')).toBe(server.url('reviews.test', '/reviews/r-102'));
    expect(text).not.toContain('Ruth Adeyemi');

    const { text: csv } = await panel.exportCsv();
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const header = rows[0]!;
    expect(header.slice(17)).toEqual(['captured_at', 'author', 'published_at', 'item_rating', 'permalink', 'price', 'currency']);
    const row = rows.find((r) => r[5] === 'Initech')!;
    expect(row[6]).toBe('review_platform');
    expect(row[10]).toBe('The invoice was wrong twice and support closed my ticket without reading it.');
    expect(row[14]).toBe('2');
    expect(row[13]).toBe('negative');
    expect(row.slice(18)).toEqual(['Dana Okafor', '2026-10-02T17:45:00.000Z', '2', server.url('reviews.test', '/reviews/r-102'), '', '']);
  });
});
