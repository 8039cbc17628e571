import type { Clip } from '../model';
import type { JourneyLensDB } from './database';

/**
 * A study's clips, oldest first, in batches read by key range (never all at
 * once), so an export of 100k clips keeps memory bounded. Each batch starts
 * after the last key of the one before: [studyId, capturedAt, id].
 *
 * Batches are read with the native `IDBIndex.getAll(range, count)` — about
 * twice as fast as a Dexie collection for this bulk read — and the next batch
 * is already being read while the caller works on the current one.
 */
const INDEX = '[studyId+capturedAt+id]';
const MAX_STRING = '\uffff';

export async function* clipBatches(db: JourneyLensDB, studyId: string, batchSize = 5000): AsyncGenerator<Clip[]> {
  await db.open();
  const idb = db.backendDB();
  const upper = [studyId, MAX_STRING, MAX_STRING];
  const read = (lower: string[], open: boolean) =>
    new Promise<Clip[]>((resolve, reject) => {
      const tx = idb.transaction('clips', 'readonly');
      const req = tx.objectStore('clips').index(INDEX).getAll(IDBKeyRange.bound(lower, upper, open, false), batchSize);
      req.onsuccess = () => resolve(req.result as Clip[]);
      req.onerror = () => reject(req.error);
      tx.onabort = () => reject(tx.error);
    });
  let pending: Promise<Clip[]> | null = read([studyId, '', ''], false);
  while (pending) {
    const rows: Clip[] = await pending;
    if (!rows.length) return;
    const last = rows[rows.length - 1]!;
    // At most one batch ahead: memory stays bounded by two batches.
    pending = rows.length < batchSize ? null : read([studyId, last.capturedAt, last.id], true);
    yield rows;
  }
}
