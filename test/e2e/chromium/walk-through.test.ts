import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { SidePanel } from '../support/page-objects';
import { budget } from '../support/budget';

const env = useBrowserWithServer();
const TASK = 'Buy one pair as a guest';
const SECRETS = ['ana@example.com', 'hunter2', '4111 1111 1111 1111', '4111111111111111'];

async function tabIdOf(page: Page): Promise<number> {
  return env.browser.worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    // The newest tab at that address (an earlier test may have left one open).
    const ids = (await api.tabs.query({})).filter((t) => t.url === url && t.id !== undefined).map((t) => t.id!);
    if (!ids.length) throw new Error(`no tab at ${url}`);
    return Math.max(...ids);
  }, page.url());
}

/** Opens the popup for `page`'s tab and starts a walk there from the Walk-through dialog. */
async function startWalk(page: Page, brand: string, stage = 'amot', screenshots = false) {
  const popup = await env.browser.context.newPage();
  await popup.goto(env.browser.extensionUrl(`popup.html?tab=${await tabIdOf(page)}`));
  await popup.getByRole('button', { name: 'Start walk-through' }).click();
  const dialog = popup.getByRole('dialog', { name: 'Walk-through' });
  await dialog.getByLabel('Task').fill(TASK);
  await dialog.getByLabel('Brand').fill(brand);
  await dialog.getByLabel('Stage').selectOption(stage);
  if (screenshots) await dialog.getByLabel('Screenshot each page').check();
  await dialog.getByRole('button', { name: 'Start' }).click();
  await bar(page).getByRole('button', { name: 'Stop' }).waitFor({ timeout: budget(30_000) });
  if (!popup.isClosed()) await popup.close();
}

const bar = (page: Page) => page.locator('journey-lens-walk');

/** Waits until the page at `path` shows the recording bar again (the recorder is injected after each load). */
async function arrived(page: Page, host: string, path: string) {
  await page.waitForURL((u) => u.host.startsWith(host) && u.pathname === path, { timeout: budget(30_000) });
  await bar(page).getByRole('button', { name: 'Stop' }).waitFor({ timeout: budget(30_000) });
}

async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('journey-lens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      out[name] = await new Promise((ok) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => ok(req.result);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

describe('walk-throughs (Chromium)', () => {
  it('records a walk across two hosts without typed values, marks friction, shows it in the cell and the comparison, and exports walks.csv', async () => {
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await panel.matrix.waitFor();

    const shop = await env.browser.context.newPage();
    await shop.goto(env.server.url('shop.test', '/p/boot'));
    await startWalk(shop, 'Shopwell');
    // The bar says what is never recorded.
    await bar(shop).getByText(/never recorded/).waitFor();

    await shop.click('#add');
    await arrived(shop, 'shop.test', '/checkout');
    await shop.locator('#email').fill(SECRETS[0]!);
    await shop.locator('#email').press('Tab');
    await shop.locator('#pw').fill(SECRETS[1]!);
    await shop.locator('#pw').press('Tab');
    await shop.getByRole('button', { name: 'Continue to payment' }).click();
    await arrived(shop, 'pay.test', '/');
    await bar(shop).getByRole('button', { name: 'Friction' }).click();
    await expect.poll(() => bar(shop).getByRole('status').innerText()).toMatch(/friction/i);
    await shop.locator('#cc').fill(SECRETS[2]!);
    await shop.locator('#cc').press('Tab');
    await shop.getByRole('button', { name: 'Pay €149' }).click();
    await arrived(shop, 'shop.test', '/confirmation');
    await bar(shop).getByRole('button', { name: 'Stop' }).click();
    await bar(shop).getByText('Walk-through saved. Steps: 8').waitFor();

    // The cell of Shopwell × AMOT holds the walk, with its step count.
    await expect.poll(() => panel.cellText('Shopwell', 'AMOT')).toMatch(/walk: 8 steps · .* · 1 friction/);
    await panel.openCell('Shopwell', 'AMOT');
    const review = panelPage.getByRole('article', { name: `Walk-through: ${TASK}` });
    await expect.poll(() => review.locator('li').count()).toBe(8);
    const texts = await review.locator('.walk-step-text').allInnerTexts();
    expect(texts).toEqual([
      'Opened “Trailhead boot — Shop”',
      'Clicked “Add to cart”',
      'Opened “Checkout — Shop”',
      'Typed in the field labelled “Email”',
      'Sent the form “Continue to payment”',
      'Opened “Secure payment — PayProvider”',
      'Sent the form “Pay €149”',
      'Opened “Order confirmed — Shop”',
    ]);
    expect(await review.locator('li.friction').count()).toBe(1);

    // A second brand walks the same task: the comparison lines them up.
    const other = await env.browser.context.newPage();
    await other.goto(env.server.url('shop.test', '/p/boot'));
    await startWalk(other, 'Globex', 'amot', true);
    await other.bringToFront();
    await other.click('#add');
    await arrived(other, 'shop.test', '/checkout');
    await bar(other).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => panel.cellText('Globex', 'AMOT')).toMatch(/walk: 3 steps/);
    // Walked with "Screenshot each page": the page steps carry thumbnails (the tab was in front).
    await panel.openCell('Globex', 'AMOT');
    await expect.poll(() => panelPage.locator('.cell-walks img.walk-thumb').count()).toBeGreaterThan(0);
    const thumb = await panelPage.locator('.cell-walks img.walk-thumb').first().getAttribute('src');
    expect(thumb).toMatch(/^data:image\/jpeg;base64,/);
    await panelPage.getByRole('button', { name: 'Compare walks' }).click();
    const table = panelPage.getByRole('table', { name: `Walks of “${TASK}” side by side` });
    await table.waitFor();
    expect((await table.locator('thead th').allInnerTexts()).map((t) => t.split(/\s/)[0])).toEqual(['Shopwell', 'Globex']);
    expect(await table.getByRole('row', { name: /^Steps/ }).innerText()).toMatch(/Steps\s+8\s+3/);
    expect(await table.getByRole('rowheader', { name: 'Checkout' }).count()).toBe(1);

    // walks.csv parses back with one row per step.
    const [download] = await Promise.all([panelPage.waitForEvent('download'), panelPage.getByRole('button', { name: 'Export walks CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows[0]).toEqual(['walk_id', 'study', 'task', 'brand', 'stage_id', 'step', 'at', 'elapsed_ms', 'url', 'title', 'action', 'target_text', 'friction', 'note']);
    expect(rows).toHaveLength(1 + 8 + 3);
    const first = rows.slice(1, 9);
    expect(first.map((r) => [r[3], r[5], r[10], r[12]])).toEqual([
      ['Shopwell', '1', 'page', 'false'],
      ['Shopwell', '2', 'click', 'false'],
      ['Shopwell', '3', 'page', 'false'],
      ['Shopwell', '4', 'type', 'false'],
      ['Shopwell', '5', 'submit', 'false'],
      ['Shopwell', '6', 'page', 'true'],
      ['Shopwell', '7', 'submit', 'false'],
      ['Shopwell', '8', 'page', 'false'],
    ]);
    expect(first.every((r) => r[2] === TASK && r[4] === 'amot')).toBe(true);
    expect(Number(first[7]![7])).toBeGreaterThan(0);

    // Nothing typed is anywhere: not in the database, not in the export.
    const dump = await dumpDatabase(panelPage);
    for (const secret of SECRETS) {
      expect(dump).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
  });

  it('a service worker stopped mid-walk loses and doubles no step', async () => {
    const shop = await env.browser.context.newPage();
    await shop.goto(env.server.url('shop.test', '/p/boot'));
    await startWalk(shop, 'Restartco');
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const cdp = await env.browser.context.newCDPSession(panelPage);
    let versionId = '';
    let last = '';
    let stops = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        versionId = v.versionId;
        if (v.runningStatus === 'stopped' && last !== 'stopped') stops++;
        last = v.runningStatus;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => versionId).not.toBe('');

    // The worker may start again at once (a tab event wakes it): count the stops, not the state.
    const stopWorker = async () => {
      const before = stops;
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await expect.poll(() => stops).toBeGreaterThan(before);
    };
    await stopWorker();
    await shop.click('#add');
    await arrived(shop, 'shop.test', '/checkout');
    await stopWorker();
    await shop.locator('#email').fill(SECRETS[0]!);
    await shop.locator('#email').press('Tab');
    await stopWorker();
    await shop.getByRole('button', { name: 'Continue to payment' }).click();
    await arrived(shop, 'pay.test', '/');
    await stopWorker();
    await bar(shop).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => bar(shop).locator('.say').textContent()).toMatch(/Walk-through saved/);

    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellText('Restartco', 'AMOT')).toMatch(/walk: 6 steps/);
    await panel.openCell('Restartco', 'AMOT');
    const review = panelPage.getByRole('article', { name: `Walk-through: ${TASK}` });
    await expect.poll(() => review.locator('.walk-step-text').allInnerTexts()).toEqual([
      'Opened “Trailhead boot — Shop”',
      'Clicked “Add to cart”',
      'Opened “Checkout — Shop”',
      'Typed in the field labelled “Email”',
      'Sent the form “Continue to payment”',
      'Opened “Secure payment — PayProvider”',
    ]);
  });
});
