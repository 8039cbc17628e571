// Issue 15 point 11: filters for brand, stage, score range, sentiment, source type, date range and tags of
// the active study only; the active filters show as chips with a clear button; a filtered CSV says so in its name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';
import { MOT_STAGES, seedClips, type SeedClip } from '../support/seed-clips';

const BRANDS = ['Acme', 'Globex', 'Initech'];
const SENT = ['positive', 'neutral', 'negative'] as const;
const SOURCES = ['competitor_site', 'review_platform', 'social'] as const;
// This year's dates: the chips write dates without the year when it is the current one.
const YEAR = new Date().getFullYear();
const seeds: (SeedClip & { day: number })[] = Array.from({ length: 90 }, (_, i) => ({
  id: `fl-${i}`,
  brand: BRANDS[i % 3]!,
  stage: MOT_STAGES[Math.floor(i / 3) % 6]!,
  score: 1 + (i % 5),
  sentiment: SENT[i % 3 === 0 ? 0 : (i >> 1) % 3]!,
  sourceType: SOURCES[(i >> 2) % 3]!,
  tags: i % 4 === 0 ? ['pricing'] : [],
  day: 1 + (i % 20),
  at: `${YEAR}-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00.000Z`,
}));
const count = (pred: (s: (typeof seeds)[number]) => boolean) => seeds.filter(pred).length;

let browser: ExtensionBrowser;
let page: Page;
let panel: SidePanel;
const grandTotal = async () => Number((await panel.matrix.locator('tfoot td').last().innerText()).trim());
const chips = () => page.getByRole('group', { name: 'Active filters' }).locator('.chip').allInnerTexts();

beforeAll(async () => {
  browser = await launchWithExtension();
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  await seedClips(writer, seeds);
  // A second study with its own tag; then the first study is made active again in the panel.
  const welcome = await browser.context.newPage();
  await welcome.goto(browser.extensionUrl('welcome.html'));
  await welcome.getByLabel('Study name').fill('Other study');
  await welcome.getByRole('button', { name: 'Create study' }).click();
  await welcome.getByRole('status').waitFor();
  await seedClips(writer, [{ id: 'other-1', brand: 'Umbrella', stage: 'fmot', tags: ['other-study-tag'] }]);
  await writer.close();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.getByRole('rowheader', { name: 'Umbrella' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Study').selectOption({ label: 'My first study' });
  await panel.matrix.getByRole('rowheader', { name: 'Initech' }).waitFor();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('filters (Chromium)', () => {
  it('offers only the active study’s tags, brands and stages', async () => {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const tags = page.getByRole('group', { name: 'Tags' });
    await tags.getByRole('checkbox', { name: 'pricing' }).waitFor();
    expect(await tags.getByRole('checkbox').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'other-study-tag' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Brand' }).getByRole('checkbox').count()).toBe(3);
    expect(await page.getByRole('group', { name: 'Stage' }).getByRole('checkbox').count()).toBe(6);
  });

  it('narrows by each filter, shows each as a chip, and a chip or Clear removes it', async () => {
    expect(await grandTotal()).toBe(90);
    await page.getByRole('group', { name: 'Brand' }).getByRole('checkbox', { name: 'Globex' }).check();
    await expect.poll(grandTotal).toBe(count((s) => s.brand === 'Globex'));
    // The brand filter narrows the grid to that brand's row.
    expect(await panel.matrix.getByRole('rowheader').allInnerTexts()).toEqual(['Globex', 'Total']);
    expect(await chips()).toEqual(['Brand: Globex ×']);

    await page.getByRole('group', { name: 'Stage' }).getByRole('checkbox', { name: 'FMOT' }).check();
    await expect.poll(grandTotal).toBe(count((s) => s.brand === 'Globex' && s.stage === 'fmot'));
    await page.getByRole('button', { name: 'Remove filter: Brand: Globex' }).click();
    await expect.poll(grandTotal).toBe(count((s) => s.stage === 'fmot'));
    await page.getByRole('button', { name: 'Remove filter: Stage: FMOT' }).click();
    await expect.poll(grandTotal).toBe(90);
    expect(await page.getByRole('group', { name: 'Active filters' }).count()).toBe(0);

    await page.getByRole('combobox', { name: 'from' }).selectOption('4');
    await expect.poll(grandTotal).toBe(count((s) => s.score! >= 4));
    await page.getByRole('combobox', { name: 'to' }).selectOption('4');
    await expect.poll(grandTotal).toBe(count((s) => s.score === 4));
    expect(await chips()).toEqual(['Score: 4–4 ×']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(grandTotal).toBe(90);

    await page.getByRole('checkbox', { name: 'Negative', exact: true }).check();
    await expect.poll(grandTotal).toBe(count((s) => s.sentiment === 'negative'));
    await page.getByRole('checkbox', { name: 'Social', exact: true }).check();
    await expect.poll(grandTotal).toBe(count((s) => s.sentiment === 'negative' && s.sourceType === 'social'));
    await page.getByRole('checkbox', { name: 'pricing' }).check();
    await expect.poll(grandTotal).toBe(count((s) => s.sentiment === 'negative' && s.sourceType === 'social' && !!s.tags?.length));
    expect(await chips()).toEqual(['Negative ×', 'Social ×', '#pricing ×']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(grandTotal).toBe(90);

    await page.getByRole('textbox', { name: 'From', exact: true }).fill(`${YEAR}-11-05`);
    await page.getByRole('textbox', { name: 'To', exact: true }).fill(`${YEAR}-11-09`);
    await expect.poll(grandTotal).toBe(count((s) => s.day >= 5 && s.day <= 9));
    expect(await chips()).toEqual(['5 Nov – 9 Nov ×']);
  });

  it('exports the filtered clips to a CSV whose name says it is filtered, and all clips without filters', async () => {
    const filtered = await panel.exportCsv();
    expect(filtered.download.suggestedFilename()).toMatch(/^journey-lens-my-first-study-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(filtered.text.trimEnd().split('\r\n')).toHaveLength(1 + count((s) => s.day >= 5 && s.day <= 9));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(grandTotal).toBe(90);
    const all = await panel.exportCsv();
    expect(all.download.suggestedFilename()).toMatch(/^journey-lens-my-first-study-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(all.text.trimEnd().split('\r\n')).toHaveLength(91);
  });
});
