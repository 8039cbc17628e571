import Papa from 'papaparse';

/**
 * Rows of a CSV (or tab- or semicolon-separated) text, read with papaparse:
 * BOM, quoted fields with "" escapes, separators and line breaks inside
 * quotes, CRLF, LF or CR. The separator is the one the header row uses most
 * outside quotes (comma, tab, semicolon or pipe; comma on a tie), as
 * spreadsheets in some locales save with `;` or tabs — papaparse's own guess
 * is fooled by separators inside quoted cells. An unclosed quote is an error
 * with the line it starts on.
 */
export function parseCsv(text: string): { rows: string[][]; error?: { line: number } } {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(s, { delimiter: headerDelimiter(s), skipEmptyLines: false });
  const rows = result.data;
  // A final line end makes an empty last row.
  while (rows.length && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  const quote = result.errors.find((e) => e.type === 'Quotes');
  if (quote) return { rows, error: { line: lineOf(s, quote.index ?? 0) } };
  return { rows };
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The separator the first row uses most, counted outside quotes (comma on a tie or when there is none). */
export function headerDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The 1-based line number of the field starting near `index` (Papa reports the quote's offset). */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(index, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
