/**
 * A small RFC 4180 reader for clips edited in a spreadsheet: BOM, quoted
 * fields with "" escapes, commas and line breaks inside quotes, CRLF or LF.
 * A header without commas but with `;` or tabs switches to that delimiter
 * (spreadsheets in some locales save that way).
 */
export function parseCsv(text: string): { rows: string[][]; error?: { line: number } } {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = s.slice(0, s.search(/\r?\n|$/));
  const delim = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let quoteLine = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c === '"' && field === '' ) {
      // A quoted field: read to the closing quote.
      quoteLine = line;
      i++;
      let start = i;
      let value = '';
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) return { rows, error: { line: quoteLine } };
        value += s.slice(start, q);
        for (let k = start; k < q; k++) if (s.charCodeAt(k) === 10) line++;
        if (s[q + 1] === '"') {
          value += '"';
          i = start = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = value;
      // Anything between the closing quote and the delimiter is kept as text.
      while (i < n && s[i] !== delim && s[i] !== '\n' && s[i] !== '\r') field += s[i++];
      continue;
    }
    if (c === delim) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    // Plain text up to the next special character.
    let j = i;
    while (j < n && s[j] !== delim && s[j] !== '\n' && s[j] !== '\r') j++;
    field += s.slice(i, j);
    i = j;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  s = '';
  return { rows };
}
