import Papa from 'papaparse';

/**
 * Rows of a CSV (or tab- or semicolon-separated) text, read with papaparse:
 * BOM, quoted fields with "" escapes, separators and line breaks inside
 * quotes, CRLF, LF or CR; the separator is guessed from the text (comma, tab,
 * semicolon, pipe), as spreadsheets in some locales save that way. An
 * unclosed quote is an error with the line it starts on.
 */
export function parseCsv(text: string): { rows: string[][]; error?: { line: number } } {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(s, { delimiter: '', delimitersToGuess: [',', '\t', ';', '|'], skipEmptyLines: false });
  const rows = result.data;
  // A final line end makes an empty last row.
  while (rows.length && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  const quote = result.errors.find((e) => e.type === 'Quotes');
  if (quote) return { rows, error: { line: lineOf(s, quote.index ?? 0) } };
  return { rows };
}

/** The 1-based line number of the field starting near `index` (Papa reports the quote's offset). */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(index, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
