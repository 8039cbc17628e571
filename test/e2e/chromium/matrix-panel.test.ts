import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';

const BRANDS = ['Acme', 'Globex', 'Initech', '环球'];
const STAGES = ['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT'];
const STAGE_IDS = ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'];
const SENT = ['positive', 'neutral', 'negative'] as const;
const N = 240;

interface Seed { brand: number; stage: number; sentiment: (typeof SENT)[number]; source: string; tag: boolean; cjk: boolean; day: number }
const seeds: Seed[] = Array.from({ length: N }, (_, i) => ({
  brand: i % 4,
  stage: Math.floor(i / 4) % 6,
  sentiment: SENT[i % 3]!,
  source: i % 2 ? 'review_platform' : 'competitor_site',
  tag: i % 5 === 0,
  cjk: i % 7 === 0,
  day: 1 + (i % 28),
}));

let browser: ExtensionBrowser;
let page: Page;
let panel: SidePanel;

async function send(from: Page, i: number, s: Seed) {
  return from.evaluate(
    async ({ i, s, brand, stage }) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome;
      return api.runtime.sendMessage({
        type: 'clip/save',
        draft: {
          id: `m-${i}`, stageId: stage, brandName: brand, kind: 'selection', url: `https://site${s.brand}.test/p/${i}`, sourceType: s.source,
          quote: s.cjk ? `第${i}条：物流太慢了` : `Evidence number ${i} about delivery`, sentiment: s.sentiment, tags: s.tag ? ['pricing'] : [],
          capturedAt: `2026-10-${String(s.day).padStart(2, '0')}T10:00:00.000Z`,
        },
      });
    },
    { i, s, brand: BRANDS[s.brand]!, stage: STAGE_IDS[s.stage]! },
  );
}

const count = (pred: (s: Seed) => boolean) => seeds.filter(pred).length;
const grandTotal = async () => Number((await panel.matrix.locator('tfoot td').last().innerText()).trim());

beforeAll(async () => {
  browser = await launchWithExtension();
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  for (let i = 0; i < N; i += 40) await Promise.all(seeds.slice(i, i + 40).map((s, k) => send(writer, i + k, s)));
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.getByRole('rowheader', { name: '环球' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('comparison matrix with 240 clips over 4 brands (Chromium)', () => {
  it('shows every cell count, the row and column totals, and moves between cells with arrow keys', async () => {
    for (const [b, brand] of BRANDS.entries()) {
      for (const [k, label] of STAGES.entries()) {
        expect(await panel.cellCount(brand, label)).toBe(count((s) => s.brand === b && s.stage === k));
      }
    }
    expect(await grandTotal()).toBe(N);
    const rowTotal = await panel.matrix.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Acme' }) }).locator('td').last().innerText();
    expect(Number(rowTotal)).toBe(count((s) => s.brand === 0));
    const colTotals = await panel.matrix.locator('tfoot td').allInnerTexts();
    expect(colTotals.slice(0, 6).map(Number)).toEqual(STAGES.map((_, k) => count((s) => s.stage === k)));

    const first = panel.matrix.locator('tbody tr').first().locator('td').first().getByRole('button');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('data-r'), document.activeElement?.getAttribute('data-c')])).toEqual(['1', '1']);
  });

  it('narrows the matrix with each filter, including Chinese free text', async () => {
    await page.getByText('Filters').click();
    const check = async (name: string, expected: number) => {
      await page.getByRole('checkbox', { name, exact: true }).check();
      await expect.poll(grandTotal).toBe(expected);
      await page.getByRole('checkbox', { name, exact: true }).uncheck();
      await expect.poll(grandTotal).toBe(N);
    };
    await check('Negative', count((s) => s.sentiment === 'negative'));
    await check('Review platform', count((s) => s.source === 'review_platform'));
    await check('pricing', count((s) => s.tag));
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2026-10-10');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2026-10-12');
    await expect.poll(grandTotal).toBe(count((s) => s.day >= 10 && s.day <= 12));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(grandTotal).toBe(N);
    await page.getByPlaceholder('Search quotes and notes').fill('物流');
    await expect.poll(grandTotal).toBe(count((s) => s.cjk));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(grandTotal).toBe(N);
  });

  it('drills down, moves a clip by keyboard, deletes with undo, and updates live', async () => {
    const acmeZmot = count((s) => s.brand === 0 && s.stage === 1);
    const acmeFmot = count((s) => s.brand === 0 && s.stage === 2);
    await panel.openCell('Acme', 'ZMOT');
    await page.locator('p.muted', { hasText: new RegExp(`^${acmeZmot} clips$`) }).waitFor();
    // Move the first clip to FMOT with the keyboard: focus the stage select and choose with arrows.
    const move = page.getByRole('combobox', { name: 'Move to stage' }).first();
    await move.focus();
    await move.selectOption('fmot');
    await expect.poll(() => panel.cellCount('Acme', 'ZMOT')).toBe(acmeZmot - 1);
    expect(await panel.cellCount('Acme', 'FMOT')).toBe(acmeFmot + 1);
    await page.getByRole('status').filter({ hasText: 'Clip moved to Acme × FMOT.' }).waitFor();

    await page.getByRole('button', { name: 'Delete' }).first().click();
    await expect.poll(() => panel.cellCount('Acme', 'ZMOT')).toBe(acmeZmot - 2);
    // One status toast: when the move's Undo is still offered, the delete joins it and its Undo puts back both (it says so).
    const toast = page.getByRole('status').filter({ hasText: 'Clip deleted.' });
    const both = (await toast.innerText()).includes('Undo puts back all 2.');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.cellCount('Acme', 'ZMOT')).toBe(both ? acmeZmot : acmeZmot - 1);
    expect(await panel.cellCount('Acme', 'FMOT')).toBe(both ? acmeFmot : acmeFmot + 1);

    const writer = await browser.context.newPage();
    await writer.goto(browser.extensionUrl('popup.html'));
    await send(writer, 9999, { brand: 3, stage: 5, sentiment: 'positive', source: 'social', tag: false, cjk: true, day: 3 });
    await expect.poll(() => panel.cellCount('环球', 'TMOT')).toBe(count((s) => s.brand === 3 && s.stage === 5) + 1);
    await expect.poll(grandTotal).toBe(N + 1);
  });
});
