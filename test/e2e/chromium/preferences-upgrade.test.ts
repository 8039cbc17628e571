import { describe, expect, it } from 'vitest';
import { selectText, useBrowserWithServer } from '../support/chromium';
import { ClipFlow } from '../support/page-objects';

const env = useBrowserWithServer();

/** Rows a version before extension-storage preferences left in the database's `meta` table. */
const LEGACY = [
  { key: 'settings', value: { clipButton: true, clipButtonOffSites: ['acme.test'], screenshotDefault: true } },
  { key: 'highlightsHidden', value: { all: false, pages: ['http://globex.test/'] } },
  { key: 'lastBackupAt', value: '2026-11-30T09:15:00.000Z' },
  { key: 'clipsSinceBackup', value: 12 },
  { key: 'view:legacy-study', value: { order: ['b-2', 'b-1'], hidden: [], transposed: true } },
];

describe('preferences kept by an older version (Chromium)', () => {
  it('move into extension storage when the service worker starts, and take effect in open pages without a reload', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    await options.getByText('None: the Clip button shows on every site.').waitFor({ timeout: 20_000 });

    // The older version's rows, written straight into the extension's IndexedDB.
    await options.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('journey-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('meta', 'readwrite');
        for (const r of rows) tx.objectStore('meta').put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, LEGACY);

    // The update: the service worker stops and starts again (a page's message wakes it).
    const cdp = await env.browser.context.newCDPSession(options);
    let versionId = '';
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        versionId = v.versionId;
        status = v.runningStatus;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => versionId, { timeout: 20_000 }).not.toBe('');
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await expect.poll(() => status, { timeout: 20_000 }).toBe('stopped');
    const acme = await env.browser.context.newPage();
    await acme.goto(env.server.url('acme.test'));

    // Every preference is in its storage item, nothing lost; the rows are gone.
    const read = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
        return api.storage.local.get(['settings', 'hiddenHighlights', 'backupReminder', 'viewPrefs']);
      });
    await expect.poll(async () => Object.keys(await read()).length, { timeout: 30_000 }).toBe(4);
    expect(await read()).toEqual({
      settings: LEGACY[0]!.value,
      hiddenHighlights: LEGACY[1]!.value,
      backupReminder: { lastBackupAt: '2026-11-30T09:15:00.000Z', clipsSinceBackup: 12 },
      viewPrefs: { 'legacy-study': { order: ['b-2', 'b-1'], hidden: [], transposed: true, cellMode: 'clips', showFindings: false, imageFindings: false } },
    });
    const left = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('journey-lens');
        req.onsuccess = () => resolve(req.result);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const req = db.transaction('meta').objectStore('meta').getAllKeys();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return keys.map(String);
    });
    for (const r of LEGACY) expect(left).not.toContain(r.key);

    // The open options page shows the moved setting (it watches the item) …
    await options.getByRole('button', { name: 'Remove acme.test (show the Clip button there again)' }).waitFor({ timeout: 20_000 });
    expect(await options.getByLabel('Attach a screenshot by default').isChecked()).toBe(true);
    // … and the acme.test tab opened during the move keeps the Clip button hidden.
    const flow = new ClipFlow(acme);
    await acme.bringToFront();
    await selectText(acme, '#promise');
    await acme.waitForTimeout(800); // the selection debounce (120 ms) and the background's answer, several times over
    expect(await flow.clipButton.isVisible()).toBe(false);
  });
});
