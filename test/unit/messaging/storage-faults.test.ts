// Storage faults reach the user as a clear message and leave nothing half-written.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createCaptureHandlers } from '../../../lib/background/capture-handlers';
import { JourneyLensDB } from '../../../lib/db/database';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import { describeFailure } from '../../../lib/content/failure-text';
import { freshDb } from '../db/helpers';

const ID = 'ext';
function routerFor(db: JourneyLensDB) {
  const handlers = createCaptureHandlers({
    db,
    locale: 'en',
    defaultStudyName: 'Default',
    injectForm: async () => undefined,
    captureTab: async () => {
      throw new Error('no tab');
    },
  }) as Handlers;
  return createRouter(handlers, { extensionId: ID, extensionOrigin: 'chrome-extension://ext', log: () => undefined });
}
const save = (id: string) => ({
  type: 'clip/save',
  draft: { id, stageId: 'fmot', brandName: 'Newbrand', kind: 'selection', url: 'https://n.test/', sourceType: 'competitor_site', quote: 'q', capturedAt: '2026-11-22T10:00:00.000Z' },
});
const sender = { id: ID, tab: { id: 1 }, frameId: 0 };

async function snapshot(db: JourneyLensDB) {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

describe('storage faults', () => {
  it('storage full: the save answers storage-full with a clear message, and no clip, brand or cell is half-written', async () => {
    const { db } = await freshDb();
    const before = await snapshot(db);
    // Simulate the quota running out when the clip row is written (after the brand and before the cells).
    db.clips.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const answer = await routerFor(db)(save('quota-1'), sender);
    expect(answer).toMatchObject({ ok: false, code: 'storage-full' });
    if (answer?.ok !== false) throw new Error('the save should have failed');
    // The form shows the storage-full message (keys stand in for the text here).
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
    expect(describeFailure(answer)).toBe('errorStorageFull');
    expect(await snapshot(db)).toBe(before);
  });

  it('IndexedDB unavailable (e.g. a private window): a storage-unavailable answer, not a crash', async () => {
    const db = new JourneyLensDB(`unavailable-${Date.now()}`, { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange: undefined as unknown as typeof IDBKeyRange });
    const broken = Object.assign(db, {});
    // A factory that refuses to open, as Firefox's private mode did.
    (broken as unknown as { _options: { indexedDB: unknown } })._options.indexedDB = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    const answer = await routerFor(broken)(save('x-1'), sender);
    expect(answer).toMatchObject({ ok: false, code: 'storage-unavailable' });
    void Dexie;
  });
});
