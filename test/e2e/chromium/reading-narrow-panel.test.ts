// Issue 15 point 8: the matrix fits a real side panel (400 px): no sideways scroll for 6 stages × 5 brands,
// the table starts within 200 px of the top (exports and view switches in one menu), full brand names
// readable, empty cells quiet (a dash, "no evidence" for screen readers), and Export CSV still reachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';
import { MOT_LABELS, MOT_STAGES, seedClips, type SeedClip } from '../support/seed-clips';

const BRANDS = ['Acme Shoes', 'Brightline Mattress', 'Northwind Outdoor Company', '环球物流集团', 'Globex'];

let browser: ExtensionBrowser;
let page: Page;
let panel: SidePanel;

beforeAll(async () => {
  browser = await launchWithExtension();
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  const clips: SeedClip[] = [];
  BRANDS.forEach((brand, b) =>
    MOT_STAGES.forEach((stage, s) => {
      // Leave one cell of each brand empty; the rest get 1–12 clips.
      if ((b + s) % 6 === 5) return;
      const n = 1 + ((b * 7 + s * 5) % 12);
      for (let k = 0; k < n; k++) clips.push({ id: `n-${b}-${s}-${k}`, brand, stage, score: 1 + ((b + s + k) % 5), sentiment: 'positive' });
    }),
  );
  await seedClips(writer, clips);
  await writer.close();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(browser.extensionUrl('sidepanel.html'));
  panel = new SidePanel(page);
  await panel.matrix.getByRole('rowheader', { name: 'Globex' }).waitFor({ timeout: 30_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('the matrix in a 400 px side panel (Chromium)', () => {
  it('has no sideways scroll, starts within 200 px of the top, and keeps the §4 table shape', async () => {
    const m = await page.evaluate(() => {
      const scroll = document.querySelector('.mx-scroll')!;
      const table = document.querySelector('table')!;
      return {
        docOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        tableOverflow: scroll.scrollWidth - scroll.clientWidth,
        tableTop: table.getBoundingClientRect().top,
        tableRight: table.getBoundingClientRect().right,
        viewport: document.documentElement.clientWidth,
        cols: [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim()),
        rows: [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent?.trim()),
      };
    });
    await page.screenshot({ path: '/tmp/i15b-narrow.png' });
    expect(m.docOverflow).toBeLessThanOrEqual(0);
    expect(m.tableOverflow).toBeLessThanOrEqual(0);
    expect(m.tableRight).toBeLessThanOrEqual(m.viewport);
    expect(m.tableTop).toBeLessThanOrEqual(200);
    expect(m.cols.slice(0, 6)).toEqual([...MOT_LABELS]);
    expect(m.rows).toEqual(BRANDS);
  });

  it('still has no sideways scroll once a drill-down makes the page scroll (vertical scrollbar)', async () => {
    await panel.openCell('Brightline Mattress', 'FMOT');
    await page.locator('.clip-item').first().waitFor();
    const m = await page.evaluate(() => ({
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
      docOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tableOverflow: document.querySelector('.mx-scroll')!.scrollWidth - document.querySelector('.mx-scroll')!.clientWidth,
    }));
    await page.screenshot({ path: '/tmp/i15b-narrow-drill.png' });
    expect(m).toEqual({ scrolls: true, docOverflow: 0, tableOverflow: 0 });
    await page.keyboard.press('Escape');
  });

  it('shows every brand name in full (wrapped, not cut) and keeps each cell count first', async () => {
    for (const name of BRANDS) {
      const head = panel.matrix.getByRole('rowheader', { name, exact: true });
      const cut = await head.evaluate((th) => {
        const label = th.querySelector('.mx-head-name') as HTMLElement;
        const style = getComputedStyle(label);
        return { hiddenWidth: label.scrollWidth > label.clientWidth + 1 || th.scrollWidth > th.clientWidth + 1, ellipsis: style.textOverflow === 'ellipsis' && style.overflow === 'hidden' };
      });
      expect(cut, name).toEqual({ hiddenWidth: false, ellipsis: false });
    }
    expect(await panel.cellCount('Acme Shoes', 'ZMOT')).toBeGreaterThan(0);
  });

  it('marks an empty cell with a quiet dash and "no evidence" for screen readers, its text still starting with 0', async () => {
    // Acme Shoes (b=0) has no TMOT clips ((0 + 5) % 6 === 5).
    expect(await panel.cellCount('Acme Shoes', 'TMOT')).toBe(0);
    const cell = panel.matrix.getByRole('button', { name: 'Acme Shoes × TMOT: no evidence' });
    await cell.waitFor();
    const look = await cell.evaluate((b) => ({
      visible: [...b.querySelectorAll('*')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 2 && r.height > 2 && el.children.length === 0;
      }).map((el) => el.textContent?.trim()),
    }));
    expect(look.visible).toEqual(['–']);
  });

  it('puts the view switches and secondary exports in one menu, with Export CSV still a button by that name', async () => {
    expect(await page.getByRole('button', { name: 'Save as PNG' }).count()).toBe(0);
    await page.getByRole('button', { name: 'View and export' }).click();
    const menu = page.getByRole('group', { name: 'View and export' });
    for (const name of ['Save as PNG', 'Save as SVG', 'Matrix summary (CSV)', 'Report (Markdown)', 'Copy report']) {
      await menu.getByRole('button', { name }).waitFor();
    }
    for (const name of ['Clips', 'Average score', 'Coverage']) await menu.getByRole('radio', { name }).waitFor();
    await menu.getByRole('checkbox', { name: 'Swap rows and columns' }).waitFor();
    // The menu overlays the page; it does not push the matrix down.
    expect(await panel.matrix.evaluate((t) => t.getBoundingClientRect().top)).toBeLessThanOrEqual(200);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.includes('View and export'))).toBe(true);
    const { download, text } = await panel.exportCsv();
    expect(download.suggestedFilename()).toMatch(/^journey-lens-.*\.csv$/);
    expect(text.split('\r\n')[0]).toBe('\uFEFFid,study,framework,stage_id,stage,brand,source_type,site,url,title,quote,note,tags,sentiment,score,behavior,servqual,captured_at,author,published_at,item_rating,permalink,price,currency');
  });
});
