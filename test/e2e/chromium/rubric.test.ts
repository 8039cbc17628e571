import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';

// Clips per brand × stage: Acme has 3 at ZMOT and 1 at FMOT, Globex 2 at ZMOT.
const SEEDS: [brand: string, stageId: string][] = [
  ['Acme', 'zmot'], ['Acme', 'zmot'], ['Acme', 'zmot'], ['Acme', 'fmot'], ['Globex', 'zmot'], ['Globex', 'zmot'],
];
const STAGES = ['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT'];
const CLIPS: Record<string, number> = { 'Acme/ZMOT': 3, 'Acme/FMOT': 1, 'Globex/ZMOT': 2 };

let browser: ExtensionBrowser;
let page: Page;
let panel: SidePanel;

beforeAll(async () => {
  browser = await launchWithExtension();
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  for (const [i, [brand, stageId]] of SEEDS.entries()) {
    const r = await writer.evaluate(
      async ({ i, brand, stageId }) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome;
        return api.runtime.sendMessage({
          type: 'clip/save',
          draft: { id: `r-${i}`, stageId, brandName: brand, kind: 'selection', url: `https://${brand.toLowerCase()}.test/p/${i}`, sourceType: 'competitor_site', quote: `Evidence ${i}`, capturedAt: `2026-10-0${1 + i}T10:00:00.000Z` },
        });
      },
      { i, brand, stageId },
    );
    expect(r.ok).toBe(true);
  }
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.getByRole('rowheader', { name: 'Globex' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function everyCellStartsWithItsCount() {
  for (const brand of ['Acme', 'Globex']) {
    for (const stage of STAGES) {
      expect(await panel.cellCount(brand, stage), `${brand} × ${stage}`).toBe(CLIPS[`${brand}/${stage}`] ?? 0);
    }
  }
}

describe('coverage rubric (Chromium)', () => {
  it('ticks checklist items in a cell, shows coverage on request, and counts again by default', async () => {
    await everyCellStartsWithItsCount();
    await panel.openCell('Acme', 'ZMOT');
    const rubric = page.getByRole('group', { name: 'What to look for' });
    await rubric.waitFor();
    const search = rubric.getByRole('checkbox', { name: 'Easy to find in search' });
    const hours = rubric.getByRole('checkbox', { name: 'Contact hours stated' });
    expect(await rubric.getByRole('checkbox').count()).toBe(4);
    expect(await search.isChecked()).toBe(false);
    // One tick by click, one by keyboard (Space on the focused checkbox).
    await search.click();
    await hours.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => hours.isChecked()).toBe(true);
    await rubric.getByText('2 of 4 covered').waitFor();

    // The matrix still shows counts until asked for coverage.
    await everyCellStartsWithItsCount();
    await (await panel.viewMenu()).getByRole('radio', { name: 'Coverage' }).check();
    await expect.poll(() => panel.cellText('Acme', 'ZMOT')).toMatch(/^2\/4/);
    expect(await panel.cellText('Globex', 'ZMOT')).toMatch(/^0\/4/);
    expect(await panel.cellText('Acme', 'FMOT')).toMatch(/^0\/4/);

    // Live: an untick in the drill-down updates the coverage cell.
    await search.uncheck();
    await expect.poll(() => panel.cellText('Acme', 'ZMOT')).toMatch(/^1\/4/);
    await search.check();
    await expect.poll(() => panel.cellText('Acme', 'ZMOT')).toMatch(/^2\/4/);

    // Saved: ticks and the chosen view survive a reload.
    await page.reload();
    await panel.matrix.getByRole('rowheader', { name: 'Globex' }).waitFor();
    await expect.poll(() => panel.cellText('Acme', 'ZMOT')).toMatch(/^2\/4/);
    expect(await (await panel.viewMenu()).getByRole('radio', { name: 'Coverage' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await panel.openCell('Acme', 'ZMOT');
    expect(await page.getByRole('group', { name: 'What to look for' }).getByRole('checkbox', { name: 'Contact hours stated' }).isChecked()).toBe(true);

    await (await panel.viewMenu()).getByRole('radio', { name: 'Clips' }).check();
    await expect.poll(() => panel.cellCount('Acme', 'ZMOT')).toBe(3);
    await everyCellStartsWithItsCount();
  });
});
