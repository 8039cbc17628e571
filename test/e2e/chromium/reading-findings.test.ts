// Issue 15 point 9: a finding is multi-line; it is shown in full in the drill-down and, on demand, in the cell,
// and it is included in the PNG/SVG image, the Markdown report and the matrix summary CSV.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';
import { seedClips } from '../support/seed-clips';

const FINDING = 'Ships in 24 h, tracked to the door.\nBut returns cost €5 — weaker than Globex.\n- third line starts with a dash';
const LINES = FINDING.split('\n');

let browser: ExtensionBrowser;
let page: Page;
let panel: SidePanel;

async function download(name: string, inMenu = true): Promise<{ file: Download; bytes: Buffer }> {
  const menu = inMenu ? await panel.viewMenu() : page;
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name }).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

const pngHeight = (png: Buffer) => png.readUInt32BE(20);

beforeAll(async () => {
  browser = await launchWithExtension();
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  await seedClips(writer, [
    { id: 'f-1', brand: 'Acme Shoes', stage: 'amot', score: 4 },
    { id: 'f-2', brand: 'Acme Shoes', stage: 'amot', score: 5 },
    { id: 'f-3', brand: 'Globex', stage: 'fmot', score: 2 },
  ]);
  await writer.close();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.getByRole('rowheader', { name: 'Globex' }).waitFor({ timeout: 30_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('findings (Chromium)', () => {
  it('takes several lines in the drill-down (Enter is a new line) and keeps them in full', async () => {
    await panel.openCell('Acme Shoes', 'AMOT');
    const box = page.getByRole('textbox', { name: 'Finding' });
    await box.click();
    // Typed line by line: Enter must make a new line, not submit or cut the text.
    for (const [i, line] of LINES.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await page.keyboard.press('Control+Enter');
    // Saved: visible after closing and reopening the cell, all lines, nothing cut.
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.mx-cell button[title]').count()).toBe(1);
    await panel.openCell('Acme Shoes', 'AMOT');
    await expect.poll(() => page.getByRole('textbox', { name: 'Finding' }).inputValue()).toBe(FINDING);
    const fits = await page.getByRole('textbox', { name: 'Finding' }).evaluate((t) => t.scrollHeight <= t.clientHeight + 2);
    expect(fits).toBe(true);
  });

  it('shows the finding in the cell on demand: a tooltip by default, the full text when asked', async () => {
    const cell = panel.matrix.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Acme Shoes' }) }).locator('td').nth(3).getByRole('button');
    expect(await cell.getAttribute('title')).toBe(FINDING);
    expect(await cell.locator('.mx-finding-full').count()).toBe(0);
    await (await panel.viewMenu()).getByRole('checkbox', { name: 'Show findings in the cells' }).check();
    await page.keyboard.press('Escape');
    await cell.locator('.mx-finding-full').waitFor();
    expect(await cell.locator('.mx-finding-full').innerText()).toBe(FINDING);
    // The count still comes first in the cell's text.
    expect(await panel.cellCount('Acme Shoes', 'AMOT')).toBe(2);
  });

  it('includes the whole finding in the Markdown report and the matrix summary CSV', async () => {
    const report = (await download('Report (Markdown)')).bytes.toString('utf8');
    expect(report).toContain(`**Finding:** ${LINES[0]}  \n${LINES[1]}  \n\\${LINES[2]}`);
    const summary = (await download('Matrix summary (CSV)')).bytes.toString('utf8');
    // RFC 4180: the multi-line value is one quoted field.
    expect(summary).toContain(`"${FINDING}"`);
    expect(summary.split('\r\n')[0]).toContain('AMOT finding');
  });

  it('lists findings below the PNG/SVG image when chosen, every line of them', async () => {
    const menu = await panel.viewMenu();
    expect(await menu.getByRole('checkbox', { name: 'List the findings below the image' }).isChecked()).toBe(false);
    const plainSvg = (await download('Save as SVG')).bytes.toString('utf8');
    const plainPng = (await download('Save as PNG')).bytes;
    expect(plainSvg).not.toContain('tracked to the door');
    await (await panel.viewMenu()).getByRole('checkbox', { name: 'List the findings below the image' }).check();
    const { file, bytes } = await download('Save as SVG');
    expect(file.suggestedFilename()).toMatch(/-matrix-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toContain('>Findings</text>');
    expect(svg).toContain('>Acme Shoes × AMOT</text>');
    for (const line of LINES) expect(svg).toContain(`>${line.replace('—', '—')}</text>`);
    const png = (await download('Save as PNG')).bytes;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The findings add height to the picture.
    expect(pngHeight(png)).toBeGreaterThan(pngHeight(plainPng) + 40);
  });
});
