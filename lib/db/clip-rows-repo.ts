import type { Transaction } from 'dexie';
import type { Clip } from '../model';
import { ownCsvColumns } from '../csv/clip-columns';

export { ownCsvColumns };

/**
 * A clip's pre-formatted CSV row: since v12 its bytes (`own`) are stored on the
 * clip record itself as `csvOwn` (v4–v11 kept them in a `clipRows` table, one
 * more record per clip), written with the clip by the clip-write unit of work
 * (clip-writes.ts), so the CSV export copies bytes instead of formatting every
 * clip. This file only formats rows (it imports nothing of the database, which
 * loads it for upgrades).
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

/** The stored CSV row of a clip (what the export joins). Throws when the clip cannot be written as CSV (e.g. an invalid time). */
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

/** The clip's own CSV columns as stored on its record (`csvOwn`), or undefined when it cannot be formatted. */
export function csvOwnOf(clip: Clip): Uint8Array | undefined {
  try {
    return encoder.encode(ownCsvColumns(clip));
  } catch {
    return undefined;
  }
}

/**
 * Writes `csvOwn` on every clip record, in batches by primary key, inside the v12
 * upgrade transaction. A clip that cannot be formatted gets none, and the export
 * falls back to the clips rather than write a stale line.
 */
export async function addCsvBytes(tx: Transaction, size = 2000): Promise<void> {
  const clips = tx.table('clips');
  let last: string | undefined;
  let unformatted = 0;
  for (;;) {
    const batch: Clip[] =
      last === undefined
        ? await clips.orderBy(':id').limit(size).toArray()
        : await clips.where(':id').above(last).limit(size).toArray();
    if (!batch.length) break;
    await clips.bulkPut(
      batch.map((clip) => {
        const { csvOwn: _old, ...plain } = clip as Clip & { csvOwn?: Uint8Array };
        const csvOwn = csvOwnOf(plain);
        if (!csvOwn) unformatted++;
        return csvOwn ? { ...plain, csvOwn } : plain;
      }),
    );
    if (batch.length < size) break;
    last = batch[batch.length - 1]!.id;
  }
  if (unformatted) console.warn(`journey-lens: ${unformatted} clip(s) got no CSV bytes in the upgrade`);
}

/**
 * Rebuilds the `clipRows` of every clip (the v4, v6 and v7 upgrades; the table is gone since v12), in batches by primary key, inside a
 * Dexie upgrade transaction (`tx` must include `clips` and `clipRows`). Rows
 * of clips that cannot be formatted are removed, so the export falls back to
 * the clips for them rather than write a stale line.
 */
export async function rebuildClipRows(tx: Transaction, size = 2000): Promise<void> {
  const clips = tx.table('clips');
  const rows = tx.table('clipRows');
  let last: string | undefined;
  for (;;) {
    const batch: Clip[] =
      last === undefined
        ? await clips.orderBy(':id').limit(size).toArray()
        : await clips.where(':id').above(last).limit(size).toArray();
    if (!batch.length) break;
    const made = clipRowsOf(batch);
    if (made.rows.length) await rows.bulkPut(made.rows);
    if (made.unformatted.length) {
      console.warn(`journey-lens: ${made.unformatted.length} clip(s) got no CSV row in the upgrade`);
      await rows.bulkDelete(made.unformatted);
    }
    if (batch.length < size) break;
    last = batch[batch.length - 1]!.id;
  }
}
