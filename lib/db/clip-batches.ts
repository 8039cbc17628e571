import type { Clip } from '../model';
import type { ClipRow } from './clip-rows-repo';
import type { JourneyLensDB } from './database';
import { withKeyPrefix } from './clip-reads';
import { rowOrder, rowsOfBlock } from './row-blocks';

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

export function clipBatches(db: JourneyLensDB, studyId: string, batchSize = 5000): AsyncGenerator<Clip[]> {
  return studyBatches<Clip>(db, 'clips', studyId, batchSize);
}

/**
 * The study's pre-formatted CSV rows, in the same order as `clipBatches`: the
 * `clipRows` records, read the same way, merged with the rows of the study's
 * row blocks (row-blocks.ts; read whole, as a block is one record: they take
 * about as much memory as the CSV file they become).
 */
export async function* clipRowBatches(db: JourneyLensDB, studyId: string, batchSize = 5000): AsyncGenerator<ClipRow[]> {
  const blocks = await withKeyPrefix(db.blockRows, '[studyId+block]', [studyId]).toArray();
  const singles = studyBatches<ClipRow>(db, 'clipRows', studyId, batchSize);
  if (!blocks.length) return yield* singles;
  // Each block is sorted already: the sort merges their runs.
  const packed = blocks.flatMap(rowsOfBlock).sort(rowOrder);
  let p = 0;
  const out: ClipRow[] = [];
  for await (const batch of singles) {
    for (const row of batch) {
      while (p < packed.length && rowOrder(packed[p]!, row) < 0) {
        out.push(packed[p++]!);
        if (out.length >= batchSize) yield out.splice(0);
      }
      out.push(row);
      if (out.length >= batchSize) yield out.splice(0);
    }
  }
  while (p < packed.length) {
    out.push(packed[p++]!);
    if (out.length >= batchSize) yield out.splice(0);
  }
  if (out.length) yield out;
}

async function* studyBatches<T extends { capturedAt: string; id: string }>(
  db: JourneyLensDB,
  store: 'clips' | 'clipRows',
  studyId: string,
  batchSize: number,
): AsyncGenerator<T[]> {
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
