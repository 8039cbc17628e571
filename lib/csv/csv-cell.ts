/**
 * One CSV cell, written the way docs/ARCHITECTURE.md, Contracts asks: RFC 4180 quoting, and text
 * a spreadsheet would run as a formula neutralised with a leading `'`.
 *
 * Every text cell is quoted, whatever it holds: a spreadsheet that guesses the
 * separator (desktop LibreOffice splits on Tab, Comma and Semicolon together)
 * never splits inside quotes, so a `;` or a tab cannot shift a row. Numbers and
 * ISO-8601 times are written bare. Every CSV the product writes (clips, matrix
 * summary, walks) builds its cells with `textCell`, `numberCell` and `timeCell`.
 */

/** Leading characters that make Excel, Sheets or Numbers treat a cell as a formula (full-width forms too). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefixes `'` when a spreadsheet would otherwise evaluate the text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/** Quotes a cell (RFC 4180), doubling any quote inside. Always quotes, even when empty. */
export function quoteCell(value: string): string {
  return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
}

/** First characters that can start a formula: = + - @ tab CR LF and the full-width ＝ ＋ － ＠. */
function triggers(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13 || code === 10 ||
    code === 0xff1d || code === 0xff0b || code === 0xff0d || code === 0xff20;
}

/** A text cell: neutralised, then always quoted (the hot path of a 100k-row export). Unset is `""`. */
export function textCell(value: string | null | undefined): string {
  if (!value) return '""';
  const v = triggers(value.charCodeAt(0)) ? `'${value}` : value;
  return `"${v.includes('"') ? v.replace(/"/g, '""') : v}"`;
}

/** A number cell: empty when unset. Numbers are never neutralised nor quoted. */
export function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** An ISO-8601 UTC time (`2026-03-04T05:09:10.000Z`), bare; anything else Date can read is re-formatted. Unset is empty. */
export function isoTime(value: string | null | undefined): string {
  if (!value) return '';
  // Stored times are already ISO-8601 UTC (IsoTimeSchema); re-format only anything else (throws when invalid).
  return value.length === 24 && value.endsWith('Z') ? value : new Date(value).toISOString();
}

/** A time cell: the ISO-8601 UTC time, unquoted (it holds no separator and cannot start a formula). */
export const timeCell = isoTime;

/** The kinds of cell a CSV column holds. */
export type CellKind = 'text' | 'number' | 'time';

/** A value written as a cell of `kind`. */
export function typedCell(kind: CellKind, value: string | number | null | undefined): string {
  if (kind === 'number') return numberCell(typeof value === 'number' ? value : null);
  const text = value === null || value === undefined ? '' : String(value);
  return kind === 'time' ? timeCell(text) : textCell(text);
}

export const CRLF = '\r\n';
export const BOM = '\uFEFF';

/** A row of already-formatted cells. */
export function csvRow(cells: readonly string[]): string {
  return cells.join(',') + CRLF;
}
