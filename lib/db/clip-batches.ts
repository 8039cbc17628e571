import type { Clip } from '../model';
import type { ClipRow } from './clip-rows-repo';
import type { JourneyLensDB } from './database';
import { withKeyPrefix } from './clip-reads';
import { rowOrder, rowsOfPage } from './row-blocks';
import { groupBy } from '../group-by';

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
 * row blocks (row-blocks.ts), each block read a page at a time: memory stays
 * bounded by a batch of records and one page per block.
 */
export async function* clipRowBatches(db: JourneyLensDB, studyId: string, batchSize = 5000): AsyncGenerator<ClipRow[]> {
  const singles = studyBatches<ClipRow>(db, 'clipRows', studyId, batchSize);
  const pageKeys = (await withKeyPrefix(db.blockRows, '[studyId+block+page]', [studyId]).primaryKeys()) as [string, string, number][];
  if (!pageKeys.length) return yield* singles;
  const sources: (() => Promise<ClipRow[] | undefined>)[] = [async () => (await singles.next()).value ?? undefined];
  for (const [block, keys] of groupBy(pageKeys, ([, b]) => b)) {
    const pages = keys.map(([, , page]) => page);
    let next = 0;
    sources.push(async () => {
      // Pages of a block follow each other in export order (page numbers may have gaps: emptied pages are deleted).
      while (next < pages.length) {
        const page = await db.blockRows.get([studyId, block, pages[next++]!]);
        if (page?.ids.length) return rowsOfPage(page);
      }
      return undefined;
    });
  }
  const heap = new CursorHeap();
  for (const read of sources) {
    const rows = await read();
    if (rows?.length) heap.push({ rows, i: 0, read });
  }
  let out: ClipRow[] = [];
  while (heap.size) {
    const top = heap.top();
    out.push(top.rows[top.i++]!);
    if (top.i < top.rows.length) heap.fix();
    else {
      const rows = await top.read();
      if (rows?.length) {
        top.rows = rows;
        top.i = 0;
        heap.fix();
      } else heap.pop();
    }
    if (out.length >= batchSize) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}

interface Cursor {
  rows: ClipRow[];
  i: number;
  read: () => Promise<ClipRow[] | undefined>;
}

/** A binary min-heap of cursors by their current row, in export order. */
class CursorHeap {
  private items: Cursor[] = [];

  get size(): number {
    return this.items.length;
  }

  top(): Cursor {
    return this.items[0]!;
  }

  push(c: Cursor): void {
    const a = this.items;
    a.push(c);
    let k = a.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (this.less(a[parent]!, a[k]!)) break;
      [a[parent], a[k]] = [a[k]!, a[parent]!];
      k = parent;
    }
  }

  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      this.fix();
    }
  }

  /** Restores the order after the top's current row moved on. */
  fix(): void {
    const a = this.items;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
      if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
      if (m === k) return;
      [a[m], a[k]] = [a[k]!, a[m]!];
      k = m;
    }
  }

  private less(x: Cursor, y: Cursor): boolean {
    return rowOrder(x.rows[x.i]!, y.rows[y.i]!) < 0;
  }
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
