import type { Clip } from '../model';
import { numberCell, textCell } from '../export/csv-cell';
import { itemCsvCells } from '../export/item-columns';
import type { JourneyLensDB } from './database';

/**
 * A clip's pre-formatted CSV row (since v4), kept in step with `clips` in the
 * same transaction as every clip write, so the CSV export reads a few hundred
 * bytes per clip instead of the whole clip object.
 *
 * `own` holds the UTF-8 bytes of the clip's own columns — `source_type` …
 * `captured_at` and the item columns `author` … `currency` (since v6; DESIGN.md §4) — escaped exactly as
 * `clipCsvRow` writes them, without the line end. The first six columns (id,
 * study, framework, stage id and label, brand) are joined at export time, as
 * the names can change without the clip changing.
 */
export interface ClipRow {
  id: string;
  studyId: string;
  brandId: string;
  stageId: string;
  capturedAt: string;
  own: Uint8Array;
}

/** The clip's own CSV columns, `source_type,…,captured_at,author,…,currency`, escaped as the clips CSV writer does. */
export function ownCsvColumns(clip: Clip): string {
  // Stored times are already ISO-8601 UTC (IsoTimeSchema); re-format only anything else.
  const at = clip.capturedAt.length === 24 && clip.capturedAt.endsWith('Z') ? clip.capturedAt : new Date(clip.capturedAt).toISOString();
  return (
    textCell(clip.sourceType) + ',' +
    textCell(clip.site) + ',' +
    textCell(clip.url) + ',' +
    textCell(clip.title) + ',' +
    textCell(clip.quote) + ',' +
    textCell(clip.note) + ',' +
    textCell(clip.tags.join('; ')) + ',' +
    textCell(clip.sentiment ?? '') + ',' +
    numberCell(clip.score) + ',' +
    textCell(clip.behavior ?? '') + ',' +
    textCell(clip.servqual ?? '') + ',' +
    textCell(at) +
    itemCsvCells(clip)
  );
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

/** Writes (replaces) the rows of `clips`. Call inside a transaction that includes `clipRows`. */
export async function putClipRows(db: JourneyLensDB, clips: readonly Clip[]): Promise<void> {
  const { rows, unformatted } = clipRowsOf(clips);
  if (rows.length) await db.clipRows.bulkPut(rows);
  if (unformatted.length) {
    console.warn(`journey-lens: ${unformatted.length} clip(s) have no CSV row (unformattable); exports read clips instead`);
    await db.clipRows.bulkDelete(unformatted);
  }
}
