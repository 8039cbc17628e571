// Opens files in real LibreOffice Calc (headless, Debian's libreoffice-calc-nogui,
// installed by scripts/ensure-browsers.mjs) and reads back what it made of them
// as flat ODS (XML): every cell's type, text, value, formula and background.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { JSDOM } from 'jsdom';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/**
 * LibreOffice's CSV import as desktop LibreOffice opens a double-clicked file:
 * separators Tab, Comma and Semicolon all on (9/44/59), `"` as text delimiter,
 * UTF-8 (76), from line 1, "quoted field as text" off, "detect special numbers" on.
 */
export const DESKTOP_CSV_FILTER = 'Text - txt - csv (StarCalc):9/44/59,34,76,1,,1033,false,true';

/** Converts `files` with soffice (one process for all), returns the paths of the results. */
export function convertWithLibreOffice(files: string[], format: string, infilter?: string): string[] {
  if (!existsSync(SOFFICE)) {
    throw new Error(`LibreOffice not found at ${SOFFICE}. Install with: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui`);
  }
  const out = mkdtempSync(join(tmpdir(), 'jl-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'jl-lo-profile-'));
  execFileSync(
    SOFFICE,
    [
      '--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to', format, '--outdir', out, ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const ext = format.split(':')[0]!;
  return files.map((f) => {
    const path = join(out, basename(f).replace(/\.[^.]+$/, '') + '.' + ext);
    if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${f}`);
    return path;
  });
}

export interface SheetCell {
  /** office:value-type: string, float, date, percentage… ('' for an empty cell). */
  type: string;
  /** The displayed text, paragraphs joined with `\n`. */
  text: string;
  /** office:value, office:date-value or office:string-value when present. */
  value?: string;
  formula?: string;
  /** fo:background-color of the cell's style (lower case `#rrggbb`), if any. */
  background?: string;
  wrap?: boolean;
}

export interface Sheet {
  name: string;
  rows: SheetCell[][];
  /** The database range with an autofilter on this sheet, if any (e.g. `Clips.A1:R3`). */
  autofilter?: string;
}

const NS = {
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
};

function paragraphText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.namespaceURI === NS.text && el.localName === 's') out += ' '.repeat(Number(el.getAttributeNS(NS.text, 'c') ?? 1) || 1);
      else if (el.namespaceURI === NS.text && el.localName === 'tab') out += '\t';
      else if (el.namespaceURI === NS.text && el.localName === 'line-break') out += '\n';
      else out += paragraphText(el);
    }
  }
  return out;
}

/** The sheets of a flat ODS file, trailing empty cells and rows dropped. */
export function readFods(path: string): Sheet[] {
  const doc = new JSDOM(readFileSync(path, 'utf8'), { contentType: 'application/xml' }).window.document;
  const styles = new Map<string, { background?: string; wrap?: boolean }>();
  for (const style of Array.from(doc.getElementsByTagNameNS(NS.style, 'style'))) {
    const props = style.getElementsByTagNameNS(NS.style, 'table-cell-properties')[0];
    const bg = props?.getAttributeNS(NS.fo, 'background-color');
    styles.set(style.getAttributeNS(NS.style, 'name') ?? '', {
      background: bg && bg !== 'transparent' ? bg.toLowerCase() : undefined,
      wrap: props?.getAttributeNS(NS.fo, 'wrap-option') === 'wrap',
    });
  }
  const filters = new Map<string, string>();
  for (const range of Array.from(doc.getElementsByTagNameNS(NS.table, 'database-range'))) {
    if (range.getAttributeNS(NS.table, 'display-filter-buttons') === 'true') {
      const target = range.getAttributeNS(NS.table, 'target-range-address') ?? '';
      filters.set(target.split('.')[0]!.replace(/^\$?'?|'$/g, ''), target);
    }
  }
  return Array.from(doc.getElementsByTagNameNS(NS.table, 'table')).map((table) => {
    const name = table.getAttributeNS(NS.table, 'name') ?? '';
    // A cell without a style of its own takes its column's default cell style.
    const columnStyles: string[] = [];
    for (const column of Array.from(table.getElementsByTagNameNS(NS.table, 'table-column'))) {
      const repeat = Math.min(1024, Number(column.getAttributeNS(NS.table, 'number-columns-repeated') ?? 1));
      for (let i = 0; i < repeat; i++) columnStyles.push(column.getAttributeNS(NS.table, 'default-cell-style-name') ?? '');
    }
    const rows: SheetCell[][] = [];
    for (const row of Array.from(table.getElementsByTagNameNS(NS.table, 'table-row'))) {
      const cells: SheetCell[] = [];
      for (const cell of Array.from(row.children)) {
        if (cell.namespaceURI !== NS.table || (cell.localName !== 'table-cell' && cell.localName !== 'covered-table-cell')) continue;
        const repeat = Number(cell.getAttributeNS(NS.table, 'number-columns-repeated') ?? 1);
        const style = styles.get(cell.getAttributeNS(NS.table, 'style-name') ?? columnStyles[cells.length] ?? '');
        const value =
          cell.getAttributeNS(NS.office, 'value') ?? cell.getAttributeNS(NS.office, 'date-value') ?? cell.getAttributeNS(NS.office, 'string-value') ?? undefined;
        const one: SheetCell = {
          type: cell.getAttributeNS(NS.office, 'value-type') ?? '',
          text: Array.from(cell.getElementsByTagNameNS(NS.text, 'p')).map(paragraphText).join('\n'),
          ...(value !== undefined ? { value } : {}),
          ...(cell.hasAttributeNS(NS.table, 'formula') ? { formula: cell.getAttributeNS(NS.table, 'formula')! } : {}),
          ...(style?.background ? { background: style.background } : {}),
          ...(style?.wrap ? { wrap: true } : {}),
        };
        for (let i = 0; i < Math.min(repeat, 1024); i++) cells.push(one);
      }
      while (cells.length && !cells[cells.length - 1]!.type && !cells[cells.length - 1]!.text) cells.pop();
      const repeatRows = Number(row.getAttributeNS(NS.table, 'number-rows-repeated') ?? 1);
      for (let i = 0; i < Math.min(repeatRows, 1024); i++) rows.push(cells);
    }
    while (rows.length && !rows[rows.length - 1]!.length) rows.pop();
    return { name, rows, autofilter: filters.get(name) };
  });
}
