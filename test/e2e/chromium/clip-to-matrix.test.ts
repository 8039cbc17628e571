import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { ClipFlow, SidePanel } from '../support/page-objects';

const HEADER =
  'id,study,framework,stage_id,stage,brand,source_type,site,url,title,quote,note,tags,sentiment,score,behavior,servqual,captured_at,author,published_at,item_rating,permalink,price,currency';

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

async function openSite(host: string, path = '/') {
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return new ClipFlow(page);
}

describe('clip → local store → matrix → CSV (Chromium)', () => {
  it('a fresh install shows the Moments of Truth matrix of the default study', async () => {
    const heads = await panel.matrix.locator('thead th[scope="col"]').allInnerTexts();
    expect(heads.map((h) => h.trim())).toEqual(['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT', 'Total']);
    await expect.poll(() => panel.page.getByText('No evidence yet.').isVisible()).toBe(true);
  });

  it('clips a selection with the brand pre-filled and the count appears live in an open side panel', async () => {
    const flow = await openSite('acme.test');
    await flow.open('#promise');
    await expect.poll(() => flow.dialog.getByLabel('Brand').inputValue()).toBe('Acme');
    await flow.fill({ stage: 'amot', note: 'Delivery promise is concrete' });
    await flow.save();
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 10_000 }).toBe(1);
    expect(await panel.cellCount('Acme', 'ZMOT')).toBe(0);
    await flow.page.close();
  });

  it('knows the brand on its help subdomain and suggests the stage; a review platform yields the reviewed brand', async () => {
    const help = await openSite('help.acme.test');
    await help.open('#answer');
    expect(await help.dialog.getByLabel('Brand').inputValue()).toBe('Acme');
    expect(await help.dialog.getByLabel('Stage').inputValue()).toBe('smot');
    await help.save();
    await help.page.close();

    const reviews = await openSite('reviews.test');
    await reviews.open('#review');
    expect(await reviews.dialog.getByLabel('Brand').inputValue()).toBe('Globex');
    // A delivery complaint read in a review: the moment it is about (AMOT), not the platform.
    expect(await reviews.dialog.getByLabel('Stage').inputValue()).toBe('amot');
    await reviews.save();
    await reviews.page.close();

    await expect.poll(() => panel.cellCount('Acme', 'SMOT')).toBe(1);
    await expect.poll(() => panel.cellCount('Globex', 'AMOT')).toBe(1);
  });

  it('keeps hostile and Chinese text as text, lists a cell\'s clips, and exports the CSV contract', async () => {
    const flow = await openSite('acme.test');
    await flow.clip('#formula', { stage: 'fmot', note: '+1 from the team, "great"' });
    await flow.clip('#cjk', { stage: 'amot', note: '物流慢' });
    await flow.page.close();
    await expect.poll(() => panel.cellCount('Acme', 'AMOT')).toBe(2);

    await panel.openCell('Acme', 'AMOT');
    const list = panel.page.getByRole('list').filter({ hasText: '物流太慢' });
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    expect(await panel.page.locator('a[href^="javascript"]').count()).toBe(0);

    const { download, text } = await panel.exportCsv();
    expect(download.suggestedFilename()).toMatch(/^journey-lens-my-first-study-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]!.join(',')).toBe(HEADER);
    expect(rows).toHaveLength(1 + 5);
    const byQuote = new Map(rows.slice(1).map((r) => [r[10], r]));
    const formula = byQuote.get(`'=HYPERLINK("http://evil.test","click"), "quoted", and a comma`);
    expect(formula, 'formula quote neutralised with a leading apostrophe').toBeDefined();
    expect(formula![3]).toBe('fmot');
    expect(formula![4]).toBe('FMOT');
    expect(formula![5]).toBe('Acme');
    expect(formula![6]).toBe('competitor_site');
    expect(formula![11]).toBe(`'+1 from the team, "great"`);
    const cjk = byQuote.get('顾客说：鞋子很舒服，但是物流太慢了。');
    expect(cjk?.[4]).toBe('AMOT');
    expect(cjk?.[17]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    const review = rows.find((r) => r[5] === 'Globex');
    expect(review?.[6]).toBe('review_platform');
    expect(review?.[7]).toBe('Reviews');
    expect(review?.[10]).toBe('The parcel arrived a week late and nobody answered my emails.');
  });
});
