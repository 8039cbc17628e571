import type { Clip } from '../model';
import { CLIP_CONTEXT_COLUMNS, CLIP_OWN_COLUMNS, ownCsvColumns } from './clip-columns';
import { BOM, CRLF, csvRow, textCell } from './csv-cell';

/**
 * The header of the clips CSV (from the column table): the 18 columns docs/ARCHITECTURE.md, Contracts fixes,
 * then the item columns `author` … `currency`.
 */
export const CLIPS_CSV_HEADER: readonly string[] = [...CLIP_CONTEXT_COLUMNS, ...CLIP_OWN_COLUMNS.map((c) => c.name)];

export interface ClipsCsvContext {
  studyName: string;
  frameworkName: string;
  stageLabel(stageId: string): string;
  brandName(brandId: string): string;
}

/** One clip as a CSV line (CRLF included). */
export function clipCsvRow(clip: Clip, ctx: ClipsCsvContext): string {
  return (
    textCell(clip.id) + ',' +
    textCell(ctx.studyName) + ',' +
    textCell(ctx.frameworkName) + ',' +
    textCell(clip.stageId) + ',' +
    textCell(ctx.stageLabel(clip.stageId)) + ',' +
    textCell(ctx.brandName(clip.brandId)) + ',' +
    ownCsvColumns(clip) + CRLF
  );
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
