import type { Clip } from '../model';
import { numberCell, textCell } from './csv-cell';

/**
 * The item columns that follow `captured_at` (DESIGN.md §4, since December
 * 2026): the review, post or listing a clip was taken from. One table drives
 * the header, the writer over clips and the stored rows, so they cannot drift.
 */
export const ITEM_CSV_COLUMNS: readonly (readonly [string, (clip: Clip) => string])[] = [
  ['author', (c) => textCell(c.item?.author)],
  ['published_at', (c) => textCell(c.item?.publishedAt)],
  ['item_rating', (c) => numberCell(c.item?.rating)],
  ['permalink', (c) => textCell(c.item?.permalink)],
  ['price', (c) => numberCell(c.item?.price)],
  ['currency', (c) => textCell(c.item?.currency)],
];

/** The item cells of a clip, each preceded by its comma: `,author,…,currency`. */
export function itemCsvCells(clip: Clip): string {
  let out = '';
  for (const [, cell] of ITEM_CSV_COLUMNS) out += ',' + cell(clip);
  return out;
}
