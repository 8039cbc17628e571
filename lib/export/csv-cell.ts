/**
 * One CSV cell, written the way DESIGN.md §4 asks: RFC 4180 quoting, and text
 * a spreadsheet would run as a formula neutralised with a leading `'`.
 */

/** Leading characters that make Excel, Sheets or Numbers treat a cell as a formula (full-width forms too). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefixes `'` when a spreadsheet would otherwise evaluate the text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a cell when it holds a comma, a quote, CR or LF (RFC 4180). */
export function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** First characters that can start a formula: = + - @ tab CR LF and the full-width ＝ ＋ － ＠. */
function triggers(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13 || code === 10 ||
    code === 0xff1d || code === 0xff0b || code === 0xff0d || code === 0xff20;
}

/** A text cell: neutralised, then quoted (the hot path of a 100k-row export). */
export function textCell(value: string | null | undefined): string {
  if (!value) return '';
  const v = triggers(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A number cell: empty when unset. Numbers are never neutralised. */
export function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

export const CRLF = '\r\n';
export const BOM = '\uFEFF';

/** A row of already-formatted cells. */
export function csvRow(cells: readonly string[]): string {
  return cells.join(',') + CRLF;
}
