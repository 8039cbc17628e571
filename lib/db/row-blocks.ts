import type { ClipRow } from './clip-rows-repo';

/**
 * The CSV rows of clips written in bulk, as one record per block (since v13):
 * the same rows `clipRows` holds one record each, packed into columns and
 * sorted by capture time then id (the export's order). In Chromium a record
 * costs about as much to write as a clip, whatever its size, so 5,000 rows in
 * one record instead of 5,000 records made the bulk write ≈ 1.6 × faster.
 *
 * A block's key is the key of the term block written with it (term-blocks.ts),
 * and its rows are those of clips in that term block's `clipIds`: the unit of
 * work (clip-writes.ts) finds the block of a changed clip through them. Unlike
 * a term block, a row block only ever holds rows that count: when one of its
 * clips changes or goes, the unit of work writes the block again without it
 * (the changed clip gets a `clipRows` record). So a clip's row is in exactly
 * one place, `clipRows` or one row block, and an export reads both (clip-batches.ts).
 */
export interface RowBlock {
  studyId: string;
  block: string;
  ids: string[];
  capturedAt: string[];
  brandIds: string[];
  stageIds: string[];
  /** The rows' `own` bytes, one after another: row i is `own[ends[i-1] .. ends[i])`. */
  own: Uint8Array;
  ends: Uint32Array;
}

/** Export order: capture time, then id (as IndexedDB orders `[studyId+capturedAt+id]`: by UTF-16 code units). */
export function rowOrder(a: { capturedAt: string; id: string }, b: { capturedAt: string; id: string }): number {
  if (a.capturedAt !== b.capturedAt) return a.capturedAt < b.capturedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The row block of `rows` (all of one study), sorted in export order. */
export function buildRowBlock(studyId: string, block: string, rows: readonly ClipRow[]): RowBlock {
  const sorted = [...rows].sort(rowOrder);
  let size = 0;
  for (const row of sorted) size += row.own.length;
  const own = new Uint8Array(size);
  const ends = new Uint32Array(sorted.length);
  let off = 0;
  sorted.forEach((row, i) => {
    own.set(row.own, off);
    off += row.own.length;
    ends[i] = off;
  });
  return {
    studyId,
    block,
    ids: sorted.map((r) => r.id),
    capturedAt: sorted.map((r) => r.capturedAt),
    brandIds: sorted.map((r) => r.brandId),
    stageIds: sorted.map((r) => r.stageId),
    own,
    ends,
  };
}

/** The rows of a block, in its (export) order; `own` are views into the block's bytes. */
export function rowsOfBlock(block: RowBlock): ClipRow[] {
  const out = new Array<ClipRow>(block.ids.length);
  let start = 0;
  for (let i = 0; i < block.ids.length; i++) {
    const end = block.ends[i]!;
    out[i] = {
      id: block.ids[i]!,
      studyId: block.studyId,
      brandId: block.brandIds[i]!,
      stageId: block.stageIds[i]!,
      capturedAt: block.capturedAt[i]!,
      own: block.own.subarray(start, end),
    };
    start = end;
  }
  return out;
}

/** The block without the rows of `drop` (undefined when none is left), or the block itself when it holds none of them. */
export function withoutRows(block: RowBlock, drop: ReadonlySet<string>): RowBlock | undefined {
  const rows = rowsOfBlock(block);
  const kept = rows.filter((r) => !drop.has(r.id));
  if (!kept.length) return undefined;
  return kept.length === rows.length ? block : buildRowBlock(block.studyId, block.block, kept);
}
