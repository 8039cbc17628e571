import type { Transaction } from 'dexie';
import type { Clip } from '../model';
import { ownCsvColumns } from '../csv/clip-columns';

export { ownCsvColumns };

/**
 * A clip's pre-formatted CSV row (since v4), written with the clip by the
 * clip-write unit of work (clip-writes.ts), so the CSV export reads a few
 * hundred bytes per clip instead of the whole clip object. This file only
 * formats rows (it imports nothing of the database, which loads it for upgrades).
 *
 * `own` holds the UTF-8 bytes of the clip's own columns — `source_type` …
 * `captured_at` and any appended later (`CLIP_OWN_COLUMNS`, docs/ARCHITECTURE.md, Contracts) —
 * escaped exactly as `clipCsvRow` writes them, without the line end. The
 * first six columns (id, study, framework, stage id and label, brand) are
 * joined at export time, as the names can change without the clip changing.
 * When the escaping or the columns change, a schema version rebuilds every row
 * (`rebuildClipRows`: v4 built them, v7 quoted every text cell).
 */
export interface ClipRow {
  id: string;
  studyId: string;
  brandId: string;
  stageId: string;
  capturedAt: string;
  own: Uint8Array;
}

const encoder = new TextEncoder();

/** The `clipRows` record of a clip. Throws when the clip cannot be written as CSV (e.g. an invalid time). */
export function clipRowOf(clip: Clip): ClipRow {
  return {
    id: clip.id,
    studyId: clip.studyId,
    brandId: clip.brandId,
    stageId: clip.stageId,
    capturedAt: clip.capturedAt,
    own: encoder.encode(ownCsvColumns(clip)),
  };
}

/**
 * The rows of `clips`, and the ids of any that cannot be formatted: those get
 * no row (their old one is deleted), so the export sees the shortfall and
 * falls back to reading clips rather than write a stale line.
 */
export function clipRowsOf(clips: readonly Clip[]): { rows: ClipRow[]; unformatted: string[] } {
  const rows: ClipRow[] = [];
  const unformatted: string[] = [];
  for (const clip of clips) {
    try {
      rows.push(clipRowOf(clip));
    } catch {
      unformatted.push(clip.id);
    }
  }
  return { rows, unformatted };
}

/**
 * Rebuilds the `clipRows` of every clip, in batches by primary key, inside a
 * Dexie upgrade transaction (`tx` must include `clips` and `clipRows`). Rows
 * of clips that cannot be formatted are removed, so the export falls back to
 * the clips for them rather than write a stale line.
 */
export async function rebuildClipRows(tx: Transaction, size = 2000): Promise<void> {
  const rows = tx.table('clipRows');
  // Every row is made again here: rows packed in blocks (since v13) would be a second copy.
  // (An upgrade to a version before v13 has no such table: `table()` throws.)
  const blockRows = (() => {
    try {
      return tx.table('blockRows');
    } catch {
      return undefined;
    }
  })();
  await blockRows?.clear();
  for await (const batch of clipsByKey(tx, size)) {
    const made = clipRowsOf(batch);
    if (made.rows.length) await rows.bulkPut(made.rows);
    if (made.unformatted.length) {
      console.warn(`journey-lens: ${made.unformatted.length} clip(s) got no CSV row in the upgrade`);
      await rows.bulkDelete(made.unformatted);
    }
  }
}

/** Every clip, `size` at a time in primary-key order (inside an upgrade transaction). */
async function* clipsByKey(tx: Transaction, size: number): AsyncGenerator<Clip[]> {
  const clips = tx.table('clips');
  let last: string | undefined;
  for (;;) {
    const batch: Clip[] =
      last === undefined
        ? await clips.orderBy(':id').limit(size).toArray()
        : await clips.where(':id').above(last).limit(size).toArray();
    if (batch.length) yield batch;
    if (batch.length < size) return;
    last = batch[batch.length - 1]!.id;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Makes every clip's `clipRows` record what the current writer writes, writing
 * only the records that differ (inside a Dexie upgrade transaction over `clips`
 * and `clipRows`; no row blocks exist before v13). Versions made on parallel
 * branches met under a higher version number, so a database could skip the
 * upgrade that rebuilt its rows (a v7 database has no item columns, a v11 one
 * written before v6 and v7 were merged has v4's unquoted rows): their export
 * would have written rows shorter than the header. Returns how many records it wrote or deleted.
 */
export async function repairClipRows(tx: Transaction, size = 2000): Promise<number> {
  const rows = tx.table('clipRows');
  let repaired = 0;
  for await (const batch of clipsByKey(tx, size)) {
    const stored = new Map<string, ClipRow>();
    for (const row of (await rows.bulkGet(batch.map((c) => c.id))) as (ClipRow | undefined)[]) if (row) stored.set(row.id, row);
    const made = clipRowsOf(batch);
    const put = made.rows.filter((r) => {
      const had = stored.get(r.id);
      return !had || !sameBytes(had.own, r.own) || had.studyId !== r.studyId || had.brandId !== r.brandId || had.stageId !== r.stageId || had.capturedAt !== r.capturedAt;
    });
    const drop = made.unformatted.filter((id) => stored.has(id));
    if (put.length) await rows.bulkPut(put);
    if (drop.length) await rows.bulkDelete(drop);
    repaired += put.length + drop.length;
  }
  return repaired;
}
