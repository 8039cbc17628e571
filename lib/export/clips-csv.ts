import type { Clip } from '../model';
import { CLIPS_CSV_HEADER, contextCsvCells, ownCsvColumns, type ClipsCsvContext } from '../csv/clip-columns';
import { BOM, CRLF, csvRow } from '../csv/csv-cell';

/**
 * The header of the clips CSV (from the column table, clip-columns.ts): the 18 columns
 * docs/ARCHITECTURE.md, Contracts fixes, then the item columns `author` … `currency`.
 */
export { CLIPS_CSV_HEADER, type ClipsCsvContext };

/** One clip as a CSV line (CRLF included): every column of the table. */
export function clipCsvRow(clip: Clip, ctx: ClipsCsvContext): string {
  return contextCsvCells(clip, ctx) + ownCsvColumns(clip) + CRLF;
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
