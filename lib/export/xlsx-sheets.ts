import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import type { Matrix } from '../matrix/build-matrix';
import { heatHex } from '../matrix/heat';
import type { Clip } from '../model';
import { CLIP_CONTEXT_COLUMNS, CLIP_OWN_COLUMNS, CLIPS_CSV_HEADER, type ClipsCsvContext } from '../csv/clip-columns';

/** The most characters a spreadsheet cell holds (Excel's limit; LibreOffice cuts there too). */
export const CELL_LIMIT = 32_767;

export interface XlsxLabels {
  clipsSheet: string;
  matrixSheet: string;
  findingsSheet: string;
  brand: string;
  stage: string;
  clips: string;
  average: string;
  finding: string;
  total: string;
  /** The visible mark at the end of a cut text, given how many characters were left out. */
  cut(omitted: number): string;
}

/**
 * Text as a spreadsheet cell can hold it: at most `CELL_LIMIT` characters,
 * a longer text cut (never inside a surrogate pair) and ended with the visible
 * mark; the full text stays in the CSV and the backup.
 */
export function cellText(text: string, cut: XlsxLabels['cut']): string {
  if (text.length <= CELL_LIMIT) return text;
  let keep = CELL_LIMIT - cut(text.length).length;
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + cut(text.length - keep);
}

/**
 * A string as .xlsx stores it: XML turns CR into LF when read and cannot hold
 * other control characters, so those are written as the OOXML escape
 * `_xHHHH_` (`_x000D_` for CR; a literal `_xHHHH_` in the text becomes
 * `_x005F_xHHHH_`), and the cell reads back exactly. Tab and LF stay as they are.
 */
export function ooxmlString(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // Control characters have no XML form: they are written as OOXML _xHHHH_ escapes.
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b-\x1f]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** A text cell: always a string (never a formula, whatever it starts with), empty when unset. */
function textCell(value: string | null | undefined, labels: XlsxLabels, wrap = false): Cell {
  if (!value) return null;
  return { type: String, value: ooxmlString(cellText(value, labels.cut)), ...(wrap ? { wrap: true, alignVertical: 'top' as const } : {}) };
}

const header = (names: readonly string[]): Row => names.map((value) => ({ type: String, value, fontWeight: 'bold' as const }));

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const WIDTHS: Record<string, number> = {
  id: 14, study: 18, framework: 16, stage_id: 9, stage: 9, brand: 18, source_type: 15, site: 15, url: 32, title: 30,
  quote: 60, note: 40, tags: 20, sentiment: 10, score: 7, behavior: 10, servqual: 14, captured_at: 20,
};
const WRAPPED = new Set(['quote', 'note', 'title']);

/** An A1-style range of `rows` × `cols` from A1 (`A1:R20`). */
export function rangeOf(rows: number, cols: number): string {
  let col = '';
  for (let n = cols; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `A1:${col}${Math.max(1, rows)}`;
}

export interface XlsxSheet extends Sheet<Blob> {
  /** The sheet's filtered range (`A1:R20`), when it has an autofilter. */
  autoFilter?: string;
}

/**
 * The Clips sheet: the columns of the clips CSV (same header, so the sheet
 * saved as CSV imports back), typed: text as text, scores as numbers,
 * `captured_at` as a date-time (UTC); frozen header, autofilter, wrapped quotes.
 */
export function clipsSheet(clips: readonly Clip[], ctx: ClipsCsvContext, labels: XlsxLabels): XlsxSheet {
  const names = CLIPS_CSV_HEADER;
  const data: Row[] = [header(names)];
  for (const clip of clips) {
    const row: Row = CLIP_CONTEXT_COLUMNS.map((column) => textCell(column.value(clip, ctx), labels));
    for (const column of CLIP_OWN_COLUMNS) {
      const value = column.value(clip);
      if (column.kind === 'number') row.push(typeof value === 'number' ? { type: Number, value } : null);
      else if (column.kind === 'time') row.push(value ? { type: Date, value: new Date(String(value)), format: DATE_FORMAT } : null);
      else row.push(textCell(value === null || value === undefined ? '' : String(value), labels, WRAPPED.has(column.name)));
    }
    data.push(row);
  }
  return {
    data,
    sheet: labels.clipsSheet,
    columns: names.map((n) => ({ width: WIDTHS[n] ?? 16 })),
    stickyRowsCount: 1,
    autoFilter: rangeOf(data.length, names.length),
  };
}

/**
 * The Matrix sheet: a row per brand; per stage its clip count and average
 * score coloured with the matrix heat, and the finding; then the brand total.
 */
export function matrixSheet(matrix: Matrix, findings: ReadonlyMap<string, string>, stageLabel: (stageId: string) => string, labels: XlsxLabels): XlsxSheet {
  const names = [labels.brand];
  for (const stage of matrix.stages) {
    const l = stageLabel(stage.id);
    names.push(`${l} ${labels.clips}`, `${l} ${labels.average}`, `${l} ${labels.finding}`);
  }
  names.push(labels.total);
  const data: Row[] = [header(names)];
  for (const row of matrix.rows) {
    const cells: Row = [{ ...(textCell(row.brand.name, labels) as object), fontWeight: 'bold' as const }];
    for (const cell of row.cells) {
      const heat = cell.count ? { backgroundColor: heatHex(cell.average) } : {};
      cells.push(
        { type: Number, value: cell.count, ...heat },
        cell.average === null ? (cell.count ? { type: String, value: '', ...heat } : null) : { type: Number, value: Math.round(cell.average * 100) / 100, format: '0.00', ...heat },
        textCell(findings.get(`${cell.brandId}/${cell.stageId}`), labels, true),
      );
    }
    cells.push({ type: Number, value: row.total, fontWeight: 'bold' as const });
    data.push(cells);
  }
  return {
    data,
    sheet: labels.matrixSheet,
    columns: names.map((_, i) => ({ width: i === 0 ? 22 : i === names.length - 1 ? 8 : i % 3 === 0 ? 36 : 11 })),
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
  };
}

/** The Findings sheet: one row per written finding — brand, stage, finding, clips, average score. */
export function findingsSheet(matrix: Matrix, findings: ReadonlyMap<string, string>, stageLabel: (stageId: string) => string, labels: XlsxLabels): XlsxSheet {
  const data: Row[] = [header([labels.brand, labels.stage, labels.finding, labels.clips, labels.average])];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      const text = findings.get(`${cell.brandId}/${cell.stageId}`);
      if (!text) continue;
      data.push([
        textCell(row.brand.name, labels),
        textCell(stageLabel(cell.stageId), labels),
        textCell(text, labels, true),
        { type: Number, value: cell.count },
        cell.average === null ? null : { type: Number, value: Math.round(cell.average * 100) / 100, format: '0.00' },
      ]);
    }
  }
  return {
    data,
    sheet: labels.findingsSheet,
    columns: [{ width: 22 }, { width: 12 }, { width: 60 }, { width: 8 }, { width: 12 }],
    stickyRowsCount: 1,
    autoFilter: rangeOf(data.length, 5),
  };
}
