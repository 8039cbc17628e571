// Issue 16: the side panel's "Export .xlsx" downloads a workbook (Clips,
// Matrix, Findings) with typed cells and no formulas; the spreadsheet writer
// is a lazy chunk, loaded on the first click only.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';
import { CHROME_BUILD } from '../support/paths';

let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('Export .xlsx (Chromium)', () => {
  it('downloads the study as a workbook with typed Clips, a coloured Matrix and Findings; the writer loads on demand', async () => {
    browser = await launchWithExtension();
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Load sample study' }).click();
    await options.getByRole('button', { name: 'Remove sample study' }).waitFor({ timeout: 20_000 });

    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(page);
    await panel.matrix.waitFor();
    const select = page.getByLabel('Study');
    await select.selectOption((await select.locator('option', { hasText: 'Sample' }).getAttribute('value'))!);
    await panel.matrix.getByRole('rowheader', { name: 'Northpeak' }).waitFor();
    // The panel's initial JS (the scripts sidepanel.html loads) holds no spreadsheet writer and stays ≤ 60 KB gzip.
    const html = readFileSync(join(CHROME_BUILD, 'sidepanel.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => readFileSync(join(CHROME_BUILD, m[1]!)));
    expect(initial.length).toBeGreaterThan(0);
    for (const js of initial) expect(js.toString()).not.toContain('sharedStrings.xml');
    expect(initial.reduce((n, js) => n + gzipSync(js, { level: 9 }).length, 0)).toBeLessThanOrEqual(60 * 1024);
    const lazy = readdirSync(join(CHROME_BUILD, 'chunks')).filter((f) => f.startsWith('export-study-xlsx'));
    expect(lazy).toHaveLength(1);
    expect(readFileSync(join(CHROME_BUILD, 'chunks', lazy[0]!), 'utf8')).toContain('sharedStrings.xml');

    // Export .xlsx sits in the View and export menu, beside the summary and the report.
    const menu = await panel.viewMenu();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), menu.getByRole('button', { name: 'Export .xlsx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^journey-lens-sample.*-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    const zip = unzipSync(bytes);
    const workbook = strFromU8(zip['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Clips', 'Matrix', 'Findings']);
    const sheets = [1, 2, 3].map((n) => strFromU8(zip[`xl/worksheets/sheet${n}.xml`]!));
    for (const xml of sheets) expect(xml).not.toMatch(/<f[ >]/);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);

    // Clips: one row per clip of the CSV, header frozen and filtered; score a number, captured_at a date serial.
    const { text } = await panel.exportCsv();
    const csv = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const clips = sheets[0]!;
    const rows = [...clips.matchAll(/<row [^>]*r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows.length).toBe(csv.length);
    expect(clips).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // 18 contract columns and the 6 item columns: A … X.
    expect(clips).toMatch(new RegExp(`<autoFilter ref="A1:X${csv.length}"/>`));
    const cell = (ref: string) => new RegExp(`<c r="${ref}"([^>]*)>(?:<v>([^<]*)</v>)?`).exec(clips);
    const scored = csv.findIndex((r, i) => i > 0 && r[14] !== '');
    const score = cell(`O${scored + 1}`)!;
    expect(score[1]).not.toMatch(/t="s"/);
    expect(Number(score[2])).toBe(Number(csv[scored]![14]));
    const at = cell(`R${scored + 1}`)!;
    expect(at[1]).not.toMatch(/t="s"/);
    const serial = Number(at[2]);
    expect(new Date(Math.round((serial - 25569) * 86400000)).toISOString()).toBe(csv[scored]![17]);
    // Text is text (shared strings), the Chinese quotes intact.
    const chinese = csv.slice(1).find((r) => /[\u4e00-\u9fff]/.test(r[10]!))!;
    expect(strings).toContain(chinese[10]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

    // Matrix: coloured count cells (a fill in the styles), and the brand rows.
    expect(sheets[1]).toMatch(/<c r="B2" s="\d+"/);
    expect(strFromU8(zip['xl/styles.xml']!)).toMatch(/<fgColor rgb="FF[0-9A-F]{6}"/i);
    expect(strings).toContain('Northpeak');
    await page.close();
  });
});
