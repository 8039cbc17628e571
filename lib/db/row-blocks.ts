import type { ClipRow } from './clip-rows-repo';

/**
 * The CSV rows of clips written in bulk, packed (since v13): the rows
 * `clipRows` holds one record each, sorted by capture time then id (the
 * export's order) and cut into pages of `ROWS_PER_PAGE`, one record per page,
 * in columns. In Chromium a record costs about as much to write as a clip,
 * whatever its size: a bulk write of 5,000 clips stores 5 page records
 * instead of 5,000 row records.
 *
 * A block's key is the key of the term block written with it (term-blocks.ts),
 * and its rows are those of clips in that term block's `clipIds`: the unit of
 * work (clip-writes.ts) finds the block of a changed clip through them. Unlike
 * a term block, a row block only ever holds rows that count: when one of its
 * clips changes or goes, the unit of work writes the page that held it again
 * without it (or deletes the page when it is left empty), and the changed clip
 * gets a `clipRows` record. So a clip's row is in exactly one place, `clipRows`
 * or one page, and an export reads both, merged (clip-batches.ts) a page at a
 * time, so its memory stays bounded by a page per block.
 */
export interface RowPage {
  studyId: string;
  block: string;
  page: number;
  ids: string[];
  capturedAt: string[];
  brandIds: string[];
  stageIds: string[];
  /** The rows' `own` bytes, one after another: row i is `own[ends[i-1] .. ends[i])`. */
  own: Uint8Array;
  ends: Uint32Array;
}

export const ROWS_PER_PAGE = 1000;

/** Export order: capture time, then id (as IndexedDB orders `[studyId+capturedAt+id]`: by UTF-16 code units). */
export function rowOrder(a: { capturedAt: string; id: string }, b: { capturedAt: string; id: string }): number {
  if (a.capturedAt !== b.capturedAt) return a.capturedAt < b.capturedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One page of rows already in export order. */
function pageOf(studyId: string, block: string, page: number, sorted: readonly ClipRow[]): RowPage {
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
    page,
    ids: sorted.map((r) => r.id),
    capturedAt: sorted.map((r) => r.capturedAt),
    brandIds: sorted.map((r) => r.brandId),
    stageIds: sorted.map((r) => r.stageId),
    own,
    ends,
  };
}

/** The pages of a row block of `rows` (all of one study), sorted in export order. */
export function buildRowPages(studyId: string, block: string, rows: readonly ClipRow[], perPage = ROWS_PER_PAGE): RowPage[] {
  const sorted = [...rows].sort(rowOrder);
  const pages: RowPage[] = [];
  for (let i = 0; i < sorted.length; i += perPage) pages.push(pageOf(studyId, block, pages.length, sorted.slice(i, i + perPage)));
  return pages;
}

/** The rows of a page, in its (export) order; `own` are views into the page's bytes. */
export function rowsOfPage(page: RowPage): ClipRow[] {
  const out = new Array<ClipRow>(page.ids.length);
  let start = 0;
  for (let i = 0; i < page.ids.length; i++) {
    const end = page.ends[i]!;
    out[i] = {
      id: page.ids[i]!,
      studyId: page.studyId,
      brandId: page.brandIds[i]!,
      stageId: page.stageIds[i]!,
      capturedAt: page.capturedAt[i]!,
      own: page.own.subarray(start, end),
    };
    start = end;
  }
  return out;
}

/** The page without the rows of `drop`: the page itself when it holds none of them, undefined when none is left. */
export function pageWithout(page: RowPage, drop: ReadonlySet<string>): RowPage | undefined {
  if (!page.ids.some((id) => drop.has(id))) return page;
  const kept = rowsOfPage(page).filter((r) => !drop.has(r.id));
  return kept.length ? pageOf(page.studyId, page.block, page.page, kept) : undefined;
}
