import type { Clip } from '../model';
import { typedCell, type CellKind } from './csv-cell';

/**
 * The columns of the clips export (CSV and .xlsx), in the order docs/ARCHITECTURE.md, Contracts
 * fixes. Each says what kind of cell it is and where its value comes from, so
 * the CSV writer, the stored rows (`clipRows`) and the spreadsheet writer all
 * read one table: a new column is one new line at the end of `CLIP_OWN_COLUMNS`.
 */
export interface ClipColumn {
  name: string;
  kind: CellKind;
  value(clip: Clip): string | number | null | undefined;
}

/** The first six columns: the clip's id, then names that can change without the clip changing (joined at export). */
export const CLIP_CONTEXT_COLUMNS = ['id', 'study', 'framework', 'stage_id', 'stage', 'brand'] as const;

/** The clip's own columns, `source_type` … `captured_at` (and any appended later), pre-formatted in `clipRows`. */
export const CLIP_OWN_COLUMNS: readonly ClipColumn[] = [
  { name: 'source_type', kind: 'text', value: (c) => c.sourceType },
  { name: 'site', kind: 'text', value: (c) => c.site },
  { name: 'url', kind: 'text', value: (c) => c.url },
  { name: 'title', kind: 'text', value: (c) => c.title },
  { name: 'quote', kind: 'text', value: (c) => c.quote },
  { name: 'note', kind: 'text', value: (c) => c.note },
  { name: 'tags', kind: 'text', value: (c) => c.tags.join('; ') },
  { name: 'sentiment', kind: 'text', value: (c) => c.sentiment },
  { name: 'score', kind: 'number', value: (c) => c.score },
  { name: 'behavior', kind: 'text', value: (c) => c.behavior },
  { name: 'servqual', kind: 'text', value: (c) => c.servqual },
  { name: 'captured_at', kind: 'time', value: (c) => c.capturedAt },
  // The review, post or listing the clip was taken from (docs/ARCHITECTURE.md, Contracts, since December 2026).
  { name: 'author', kind: 'text', value: (c) => c.item?.author },
  { name: 'published_at', kind: 'text', value: (c) => c.item?.publishedAt },
  { name: 'item_rating', kind: 'number', value: (c) => c.item?.rating },
  { name: 'permalink', kind: 'text', value: (c) => c.item?.permalink },
  { name: 'price', kind: 'number', value: (c) => c.item?.price },
  { name: 'currency', kind: 'text', value: (c) => c.item?.currency },
];

/** The clip's own CSV columns, `source_type,…,captured_at`, escaped as every clips CSV writes them (no line end). */
export function ownCsvColumns(clip: Clip): string {
  let out = '';
  for (let i = 0; i < CLIP_OWN_COLUMNS.length; i++) {
    const column = CLIP_OWN_COLUMNS[i]!;
    if (i) out += ',';
    out += typedCell(column.kind, column.value(clip));
  }
  return out;
}
