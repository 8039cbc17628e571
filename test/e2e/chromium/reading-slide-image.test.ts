// Issue 15 point 10: the PNG/SVG is slide-ready: full brand names, a colour legend, a footer with study,
// framework, date and clip count, and a choice of what each cell shows big (clip count, average score, coverage).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';
import { seedClips } from '../support/seed-clips';

const LONG = 'Northwind Outdoor Company International';

let browser: ExtensionBrowser;
let page: Page;
let panel: SidePanel;

/** The image as saved from the menu: its SVG text and the words it shows. */
async function saveSvg(): Promise<{ svg: string; words: string }> {
  const menu = await panel.viewMenu();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Save as SVG' }).click()]);
  const svg = await readFile((await file.path())!, 'utf8');
  const doc = await page.evaluate((svg) => {
    const d = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return { ok: d.documentElement.nodeName === 'svg', texts: [...d.querySelectorAll('text')].map((t) => {
      // A long name is wrapped into lines (tspans): read them as one name.
      const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
      return lines.length ? lines.join(' ') : (t.textContent ?? '');
    }) };
  }, svg);
  expect(doc.ok).toBe(true);
  return { svg, words: doc.texts.join('\n') };
}

/** The SVG `<text>` elements that are cell values (bold 16 px, centred). */
const bigValues = (svg: string) => [...svg.matchAll(/font-size="1[56]" font-weight="700" text-anchor="middle" fill="#0f172a">([^<]+)</g)].map((m) => m[1]);

beforeAll(async () => {
  browser = await launchWithExtension();
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  await seedClips(writer, [
    { id: 's-1', brand: 'Acme Shoes', stage: 'fmot', score: 4 },
    { id: 's-2', brand: 'Acme Shoes', stage: 'fmot', score: 5 },
    { id: 's-3', brand: 'Acme Shoes', stage: 'fmot', score: 5 },
    { id: 's-4', brand: LONG, stage: 'zmot', score: 2 },
  ]);
  await writer.close();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.getByRole('rowheader', { name: LONG }).waitFor({ timeout: 30_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('slide-ready matrix image (Chromium)', () => {
  it('has full brand names, a colour legend and a footer naming study, framework, date and clip count', async () => {
    const { words } = await saveSvg();
    expect(words).toContain('My first study');
    expect(words.split('\n')).toContain(LONG);
    expect(words).not.toContain('…');
    for (const legend of ['Average score', 'weak', 'strong', 'not scored', 'no evidence']) expect(words).toContain(legend);
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
    expect(words).toContain(`My first study · Moments of Truth · ${today} · 4 clips`);
  });

  it('shows the chosen value big: clip count, average score or coverage, in the panel and the image alike', async () => {
    expect(bigValues((await saveSvg()).svg)).toEqual(['3', '1']);

    await (await panel.viewMenu()).getByRole('radio', { name: 'Average score' }).check();
    // The panel's cell shows the average big, its text still starting with the count.
    await expect.poll(() => panel.cellText('Acme Shoes', 'FMOT')).toMatch(/^3.*4\.7/);
    const byScore = await saveSvg();
    expect(bigValues(byScore.svg)).toEqual(['4.7', '2.0']);
    expect(byScore.words).toContain('3 clips');

    await (await panel.viewMenu()).getByRole('radio', { name: 'Coverage' }).check();
    await expect.poll(() => panel.cellText('Acme Shoes', 'FMOT')).toMatch(/^0\/\d/);
    const byCoverage = await saveSvg();
    expect(byCoverage.words).toContain('Checklist covered');
    expect(bigValues(byCoverage.svg).every((v) => /^\d+\/\d+$|^–$/.test(v!))).toBe(true);
  });

  it('renders the PNG at twice the SVG size, ready to paste', async () => {
    const { svg } = await saveSvg();
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const menu = await panel.viewMenu();
    const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Save as PNG' }).click()]);
    const png = await readFile((await file.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
  });
});
