import type { Clip } from '../model';
import { BOM, csvRow, numberCell, textCell } from './csv-cell';
import { ITEM_CSV_COLUMNS, itemCsvCells } from './item-columns';

/** The first 18 columns of the clips CSV, exactly as DESIGN.md §4 fixes them (they never change). */
export const CLIPS_CSV_BASE_HEADER = [
  'id', 'study', 'framework', 'stage_id', 'stage', 'brand', 'source_type', 'site', 'url', 'title',
  'quote', 'note', 'tags', 'sentiment', 'score', 'behavior', 'servqual', 'captured_at',
] as const;

/** The header of the clips CSV: the 18 fixed columns, then the item columns (author … currency). */
export const CLIPS_CSV_HEADER: readonly string[] = [...CLIPS_CSV_BASE_HEADER, ...ITEM_CSV_COLUMNS.map(([name]) => name)];

export interface ClipsCsvContext {
  studyName: string;
  frameworkName: string;
  stageLabel(stageId: string): string;
  brandName(brandId: string): string;
}

/** One clip as a CSV line (CRLF included). */
export function clipCsvRow(clip: Clip, ctx: ClipsCsvContext): string {
  return csvRow([
    textCell(clip.id),
    textCell(ctx.studyName),
    textCell(ctx.frameworkName),
    textCell(clip.stageId),
    textCell(ctx.stageLabel(clip.stageId)),
    textCell(ctx.brandName(clip.brandId)),
    textCell(clip.sourceType),
    textCell(clip.site),
    textCell(clip.url),
    textCell(clip.title),
    textCell(clip.quote),
    textCell(clip.note),
    textCell(clip.tags.join('; ')),
    textCell(clip.sentiment ?? ''),
    numberCell(clip.score),
    textCell(clip.behavior ?? ''),
    textCell(clip.servqual ?? ''),
    // Stored times are already ISO-8601 UTC (IsoTimeSchema); re-format only anything else.
    textCell(clip.capturedAt.length === 24 && clip.capturedAt.endsWith('Z') ? clip.capturedAt : new Date(clip.capturedAt).toISOString()) +
      itemCsvCells(clip),
  ]);
}

/**
 * The clips CSV as a stream of text chunks: BOM and header first, then one
 * chunk per batch of clips. Nothing holds more than one batch at a time.
 */
export async function* clipsCsvChunks(
  batches: AsyncIterable<readonly Clip[]> | Iterable<readonly Clip[]>,
  ctx: ClipsCsvContext,
): AsyncGenerator<string> {
  yield BOM + csvRow([...CLIPS_CSV_HEADER]);
  for await (const batch of batches) {
    let chunk = '';
    for (const clip of batch) chunk += clipCsvRow(clip, ctx);
    if (chunk) yield chunk;
  }
}

/**
 * Gathers text chunks into a Blob, folding them into intermediate Blobs as it
 * goes so the strings can be collected (browsers keep Blob data off the JS heap).
 */
export async function buildCsvBlob(chunks: AsyncIterable<string>, foldEvery = 4): Promise<Blob> {
  let blob = new Blob([], { type: 'text/csv;charset=utf-8' });
  let parts: string[] = [];
  for await (const chunk of chunks) {
    parts.push(chunk);
    if (parts.length >= foldEvery) {
      blob = new Blob([blob, ...parts], { type: 'text/csv;charset=utf-8' });
      parts = [];
    }
  }
  return new Blob([blob, ...parts], { type: 'text/csv;charset=utf-8' });
}
