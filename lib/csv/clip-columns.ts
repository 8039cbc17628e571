import type { Clip } from '../model';
import { typedCell, type CellKind } from './csv-cell';

/**
 * The columns of the clips export (CSV, stored CSV rows and .xlsx), in the
 * order docs/ARCHITECTURE.md, Contracts fixes: one table, `CLIP_COLUMNS`. Each
 * column says what kind of cell it is and where its value comes from, so the
 * CSV header, the CSV row writer, the stored rows (`clipRows`) and the
 * spreadsheet writer all read it: a new column is one new line at its end.
 *
 * The first six (`context`) are the clip's id and names that can change without
 * the clip changing (study, framework, stage, brand): they are joined at export
 * time. The rest (`own`) come from the clip alone and are pre-formatted in `clipRows`.
 */
export interface ClipsCsvContext {
  studyName: string;
  frameworkName: string;
  stageLabel(stageId: string): string;
  brandName(brandId: string): string;
}

/** What a context column reads of a clip (a stored row has these too). */
export type ClipKey = Pick<Clip, 'id' | 'stageId' | 'brandId'>;

export interface ClipContextColumn {
  name: string;
  part: 'context';
  kind: 'text';
  value(clip: ClipKey, ctx: ClipsCsvContext): string;
}

export interface ClipColumn {
  name: string;
  part?: 'own';
  kind: CellKind;
  value(clip: Clip): string | number | null | undefined;
}

const CONTEXT: readonly ClipContextColumn[] = [
  { name: 'id', part: 'context', kind: 'text', value: (c) => c.id },
  { name: 'study', part: 'context', kind: 'text', value: (_c, ctx) => ctx.studyName },
  { name: 'framework', part: 'context', kind: 'text', value: (_c, ctx) => ctx.frameworkName },
  { name: 'stage_id', part: 'context', kind: 'text', value: (c) => c.stageId },
  { name: 'stage', part: 'context', kind: 'text', value: (c, ctx) => ctx.stageLabel(c.stageId) },
  { name: 'brand', part: 'context', kind: 'text', value: (c, ctx) => ctx.brandName(c.brandId) },
];

/** The clip's own columns, `source_type` … `captured_at` (and any appended later), pre-formatted in `clipRows`. */
const OWN: readonly ClipColumn[] = [
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

/** Every column of the clips export, in order: the six context columns, then the clip's own. */
export const CLIP_COLUMNS: readonly (ClipContextColumn | ClipColumn)[] = [...CONTEXT, ...OWN];

const isContext = (c: ClipContextColumn | ClipColumn): c is ClipContextColumn => c.part === 'context';

/** The first six columns (joined at export), from the table. */
export const CLIP_CONTEXT_COLUMNS: readonly ClipContextColumn[] = CLIP_COLUMNS.filter(isContext);

/** The clip's own columns (pre-formatted in `clipRows`), from the table. */
export const CLIP_OWN_COLUMNS: readonly ClipColumn[] = CLIP_COLUMNS.filter((c): c is ClipColumn => !isContext(c));

/** The header of the clips CSV and the Clips sheet. */
export const CLIPS_CSV_HEADER: readonly string[] = CLIP_COLUMNS.map((c) => c.name);

/** Context columns from `from` on (`1`: all but the id), escaped as CSV cells, each followed by a comma. */
export function contextCsvCells(clip: ClipKey, ctx: ClipsCsvContext, from = 0): string {
  let out = '';
  for (let i = from; i < CLIP_CONTEXT_COLUMNS.length; i++) {
    const column = CLIP_CONTEXT_COLUMNS[i]!;
    out += typedCell(column.kind, column.value(clip, ctx)) + ',';
  }
  return out;
}

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
