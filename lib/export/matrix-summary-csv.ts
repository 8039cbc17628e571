import type { Matrix } from '../matrix/build-matrix';
import { localize, type Locale } from '../model/locale';
import { BOM, csvRow, numberCell, textCell } from '../csv/csv-cell';

/**
 * The matrix summary: a row per brand; per stage its clip count, average
 * score (2 decimals) and the researcher's finding; then the brand's total.
 * Same CSV rules as the clips export (BOM, CRLF, RFC 4180, formula-safe).
 */
export function matrixSummaryCsv(matrix: Matrix, findings: ReadonlyMap<string, string>, locale: Locale, totalLabel = 'total'): string {
  const header = ['brand'];
  for (const stage of matrix.stages) {
    const label = localize(stage.short, locale);
    header.push(`${label} clips`, `${label} avg score`, `${label} finding`);
  }
  header.push(`${totalLabel} clips`);
  let out = BOM + csvRow(header.map(textCell));
  for (const row of matrix.rows) {
    const cells = [textCell(row.brand.name)];
    row.cells.forEach((cell) => {
      cells.push(
        numberCell(cell.count),
        numberCell(cell.average === null ? null : Math.round(cell.average * 100) / 100),
        textCell(findings.get(`${cell.brandId}/${cell.stageId}`) ?? ''),
      );
    });
    cells.push(numberCell(row.total));
    out += csvRow(cells);
  }
  return out;
}
