// Firefox ESR: the extension's own pages and the browser UI around them. Clips made by
// selection in several tabs come back through the paths a user has: the side panel page's
// matrix, its Export CSV download (docs/ARCHITECTURE.md, Contracts contract), options.html's Back up download;
// the sidebar opens from the keyboard command and from the toolbar popup; the context
// menus are in the page's context menu and clip what they say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipSelection, launchFirefoxWithExtension, selectTextIn, shadowText, type FirefoxWithExtension } from '../support/firefox';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { FIREFOX_BUILD } from '../support/paths';

const HEADER =
  'id,study,framework,stage_id,stage,brand,source_type,site,url,title,quote,note,tags,sentiment,score,behavior,servqual,captured_at,author,published_at,item_rating,permalink,price,currency';
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

let ff: FirefoxWithExtension;
let server: FixtureServer;
let panel: Page;
/** What was clipped in this file, as the CSV must show it. */
const clipped: { quote: string; stage: string; brand: string }[] = [];
let csvIds: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension();
  panel = await ff.openExtensionPage('sidepanel.html');
  await panel.waitForSelector('table[aria-label="Comparison matrix"]', { timeout: 30_000 });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** The count a matrix cell starts with (row header `brand`, column header `stageLabel`); -1 while the brand has no row. */
function cellCount(page: Page, brand: string, stageLabel: string): Promise<number> {
  return page.evaluate(
    (brand, stageLabel) => {
      const table = document.querySelector('table[aria-label="Comparison matrix"]');
      if (!table) return -2;
      const col = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim()).indexOf(stageLabel);
      const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th[scope="row"]')?.textContent?.trim() === brand);
      if (col < 0 || !row) return -1;
      const m = /^\d+/.exec((row.querySelectorAll('td')[col]?.textContent ?? '').trim());
      return m ? Number(m[0]) : -3;
    },
    brand,
    stageLabel,
  );
}

async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function clipIn(page: Page, selector: string, stage: string, brand: string): Promise<void> {
  const quote = await page.$eval(selector, (el) => el.textContent!.trim());
  await clipSelection(page, selector, { stage });
  clipped.push({ quote, stage, brand });
}

/** The browser window's sidebar: open?, whose, and the page it shows. */
interface SidebarState {
  open: boolean;
  id: string;
  url: string | null;
  title: string | null;
}
const SIDEBAR_STATE = `
  const b = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
  return { open: SidebarController.isOpen, id: SidebarController.currentID, url: b?.currentURI?.spec ?? null, title: b?.contentTitle ?? null };`;
const OUR_SIDEBAR = 'journey-lens_journeylens_example-sidebar-action';

async function hideSidebar(): Promise<void> {
  await ff.inChrome(`SidebarController.hide(); return true;`);
  await pollUntil(() => ff.inChrome<SidebarState>(SIDEBAR_STATE), (s) => !s.open, 'sidebar closed');
}

/** Our sidebar open on sidepanel.html, loaded (its document title is the side panel page's). */
async function expectOurSidebarShown(): Promise<void> {
  const title = await panel.title();
  await pollUntil(
    () => ff.inChrome<SidebarState>(SIDEBAR_STATE),
    (s) => s.open && s.id === OUR_SIDEBAR && s.url === ff.extensionUrl('sidepanel.html') && s.title === title,
    'our sidebar showing sidepanel.html',
  );
}

/** Open context menu items that are ours (labels), once the menu is open. */
async function openContextMenuItems(page: Page, selector: string): Promise<string[]> {
  const box = (await (await page.$(selector))!.boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + box.height / 2, { button: 'right' });
  return pollUntil(
    () =>
      ff.inChrome<string[] | null>(`
        const menu = document.getElementById('contentAreaContextMenu');
        if (menu.state !== 'open') return null;
        return [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden && i.id.includes('journey-lens')).map((i) => i.label);`),
    (items) => items !== null && items.length > 0,
    'page context menu open with our items',
  ) as Promise<string[]>;
}

describe('Firefox ESR: side panel page, exports, sidebar, context menus', () => {
  it('the side panel page renders the Comparison matrix of the default study', async () => {
    const heads = await panel.$$eval('table[aria-label="Comparison matrix"] thead th[scope="col"]', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(heads).toEqual(['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT', 'Total']);
  });

  it('clips by selection in three tabs; the counts appear live in the open side panel page', async () => {
    const acme = await ff.browser.newPage();
    await acme.goto(server.url('acme.test'));
    await clipIn(acme, '#promise', 'amot', 'Acme');
    await clipIn(acme, '#cjk', 'amot', 'Acme');
    const help = await ff.browser.newPage();
    await help.goto(server.url('help.acme.test'));
    await clipIn(help, '#answer', 'smot', 'Acme');
    const reviews = await ff.browser.newPage();
    await reviews.goto(server.url('reviews.test'));
    await clipIn(reviews, '#review', 'amot', 'Globex');
    await pollUntil(() => shadowText(reviews), (t) => /Saved · 1 clip on this page \(Globex\)/.test(t), 'saved status on reviews.test');

    await pollUntil(() => cellCount(panel, 'Acme', 'AMOT'), (n) => n === 2, 'Acme × AMOT');
    expect(await cellCount(panel, 'Acme', 'SMOT')).toBe(1);
    expect(await cellCount(panel, 'Acme', 'ZMOT')).toBe(0);
    expect(await cellCount(panel, 'Globex', 'AMOT')).toBe(1);
    for (const tab of [acme, help, reviews]) await tab.close();
  });

  it('Export CSV downloads the study’s clips in the CSV contract (BOM, CRLF, header, one row per clip)', async () => {
    expect(clipped).toHaveLength(4);
    await panel.bringToFront();
    await (await panel.waitForSelector('::-p-aria([name="Export CSV"][role="button"])'))!.click();
    const file = await ff.waitForDownload(/\.csv$/);
    expect(file.name).toMatch(/^journey-lens-my-first-study-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]!.join(',')).toBe(HEADER);
    const body = rows.slice(1);
    expect(body).toHaveLength(clipped.length);
    const byQuote = new Map(body.map((r) => [r[10], r]));
    for (const c of clipped) {
      const row = byQuote.get(c.quote);
      expect(row, `a row quoting ${JSON.stringify(c.quote)}`).toBeDefined();
      expect(row![1]).toBe('My first study');
      expect(row![3]).toBe(c.stage);
      expect(row![4]).toBe(c.stage.toUpperCase());
      expect(row![5]).toBe(c.brand);
      expect(row![17]).toMatch(ISO_UTC);
    }
    expect(byQuote.get('The parcel arrived a week late and nobody answered my emails.')![6]).toBe('review_platform');
    csvIds = body.map((r) => r[0]!);
    expect(new Set(csvIds).size).toBe(clipped.length);
  });

  it('options.html Back up downloads a backup file holding those clips', async () => {
    const options = await ff.openExtensionPage('options.html');
    await (await options.waitForSelector('::-p-aria([name="Back up"][role="button"])', { timeout: 20_000 }))!.click();
    const file = await ff.waitForDownload(/\.json$/);
    expect(file.name).toMatch(/^journey-lens-.+-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(file.bytes.toString('utf8')) as { format: string; clips: { id: string; quote: string }[]; studies: { name: string }[] };
    expect(doc.format).toBe('journey-lens-backup');
    expect(doc.studies.map((s) => s.name)).toContain('My first study');
    expect(doc.clips.map((c) => c.id).sort()).toEqual([...csvIds].sort());
    expect(doc.clips.map((c) => c.quote).sort()).toEqual(clipped.map((c) => c.quote).sort());
    await options.close();
  });

  it('the sidebar opens on sidepanel.html from the keyboard command (Alt+Shift+L, _execute_sidebar_action)', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
      sidebar_action: { default_panel: string };
      commands: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.commands._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+L');

    await hideSidebar();
    const tab = await ff.browser.newPage();
    await tab.goto(server.url('acme.test'));
    await tab.bringToFront();
    // A real key chord in the browser window (trusted events, as the keyboard makes them).
    const sent = await ff.inChrome<string>(`
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
      const key = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
      tip.keydown(key('Alt', 'AltLeft', 18));
      tip.keydown(key('Shift', 'ShiftLeft', 16));
      tip.keydown(key('L', 'KeyL', 76));
      tip.keyup(key('L', 'KeyL', 76));
      tip.keyup(key('Shift', 'ShiftLeft', 16));
      tip.keyup(key('Alt', 'AltLeft', 18));
      return 'sent';`);
    expect(sent).toBe('sent');
    await expectOurSidebarShown();
    await tab.close();
  });

  it('the toolbar popup’s “Open the comparison matrix” opens the sidebar', async () => {
    await hideSidebar();
    const popup = await ff.openExtensionPage('popup.html');
    await (await popup.waitForSelector('::-p-aria([name="Open the comparison matrix"][role="button"])'))!.click();
    await expectOurSidebarShown();
    const tabs = await ff.inChrome<string[]>(`return gBrowser.tabs.map((t) => t.linkedBrowser.currentURI.spec);`);
    // The sidebar itself, not the fallback (a side panel tab besides the test's own).
    expect(tabs.filter((u) => u === ff.extensionUrl('sidepanel.html'))).toHaveLength(1);
    if (!popup.isClosed()) await popup.close().catch(() => {});
  });

  it('the context menus are in the page’s context menu; “Clip selection as evidence” opens the Clip form and saves', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('globex.test'));
    await page.bringToFront();

    expect(await openContextMenuItems(page, 'h1')).toEqual(['Clip this page as evidence']);
    await ff.inChrome(`document.getElementById('contentAreaContextMenu').hidePopup(); return true;`);

    await selectTextIn(page, '#price');
    expect(await openContextMenuItems(page, '#price')).toEqual(['Clip selection as evidence']);
    await ff.inChrome(`
      const menu = document.getElementById('contentAreaContextMenu');
      menu.activateItem([...menu.querySelectorAll('menuitem')].find((i) => i.id.endsWith('jl-clip-selection')));
      return true;`);
    const dialog = await page.waitForSelector('journey-lens-ui >>> [role="dialog"]', { visible: true, timeout: 20_000 });
    expect(await dialog!.evaluate((d) => d.querySelector('blockquote')?.textContent)).toContain('基础版每月 99 元');
    await (await page.waitForSelector('journey-lens-ui >>> #jl-stage'))!.select('fmot');
    await (await page.waitForSelector('journey-lens-ui >>> [role="dialog"] button[type="submit"]'))!.click();
    await pollUntil(() => shadowText(page), (t) => /Saved · 1 clip on this page \(Globex\)/.test(t), 'saved status on globex.test');
    await pollUntil(() => cellCount(panel, 'Globex', 'FMOT'), (n) => n === 1, 'Globex × FMOT');
    await page.close();
  });
});
