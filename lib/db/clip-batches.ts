import type { Clip } from '../model';
import type { ClipRow } from './clip-rows-repo';
import type { ClipRecord, JourneyLensDB } from './database';

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
  for await (const batch of studyBatches(db, studyId, batchSize)) {
    // Native reads see the stored CSV bytes; a clip is the record without them.
    for (const record of batch) delete record.csvOwn;
    yield batch;
  }
}

/**
 * The study's pre-formatted CSV rows, in the same order and the same way as
 * `clipBatches`: each clip record's `csvOwn` bytes with the columns the export
 * joins to them. A clip stored without bytes (it could not be formatted) has no
 * row, so the export sees the shortfall and reads the clips instead.
 */
export async function* clipRowBatches(db: JourneyLensDB, studyId: string, batchSize = 5000): AsyncGenerator<ClipRow[]> {
  for await (const batch of studyBatches(db, studyId, batchSize)) {
    const rows: ClipRow[] = [];
    for (const r of batch) {
      if (r.csvOwn) rows.push({ id: r.id, studyId: r.studyId, brandId: r.brandId, stageId: r.stageId, capturedAt: r.capturedAt, own: r.csvOwn });
    }
    yield rows;
  }
}

async function* studyBatches(db: JourneyLensDB, studyId: string, batchSize: number): AsyncGenerator<ClipRecord[]> {
  type T = ClipRecord;
  const store = 'clips';
  await db.open();
  const idb = db.backendDB();
  const upper = [studyId, MAX_STRING, MAX_STRING];
  const read = (lower: string[], open: boolean) =>
    new Promise<T[]>((resolve, reject) => {
      const tx = idb.transaction(store, 'readonly');
      const req = tx.objectStore(store).index(INDEX).getAll(IDBKeyRange.bound(lower, upper, open, false), batchSize);
      req.onsuccess = () => resolve(req.result as T[]);
      req.onerror = () => reject(req.error);
      tx.onabort = () => reject(tx.error);
    });
  let pending: Promise<T[]> | null = read([studyId, '', ''], false);
  while (pending) {
    const rows: T[] = await pending;
    if (!rows.length) return;
    const last = rows[rows.length - 1]!;
    // At most one batch ahead: memory stays bounded by two batches.
    pending = rows.length < batchSize ? null : read([studyId, last.capturedAt, last.id], true);
    yield rows;
  }
}
