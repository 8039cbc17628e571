import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Matrix, MatrixCell } from '@/lib/matrix/build-matrix';
import { localize, type Locale } from '@/lib/model/locale';
import { formatDay, formatScore } from '@/lib/ui-locale';
import { coverageColor, heatColor } from '@/lib/matrix/heat';
import { coverageFraction, rubricKeyString, sumCoverage, type Coverage } from '@/lib/matrix/coverage';
import type { CellMode } from '@/lib/ui-services/shared';
import { plural } from '@/lib/i18n/plural';

export interface SelectedCell {
  brandId: string;
  stageId: string;
}

interface Props {
  matrix: Matrix;
  locale: Locale;
  selected?: SelectedCell;
  onSelect(cell: SelectedCell): void;
  /** One-line findings by `brandId/stageId`. */
  findings?: Map<string, string>;
  /** A clip dragged from a list and dropped on a cell. */
  onDropClip?(clipId: string, cell: SelectedCell): void;
  /** Stages down and brands across. */
  transposed?: boolean;
  /** What cells show: clip counts (default) or checklist coverage from `coverage`. */
  mode?: CellMode;
  /** Checklist coverage by `brandId/stageId` (used in coverage mode). */
  coverage?: Map<string, Coverage>;
  /** Walk-through summaries by `brandId/stageId` ("walk: 9 steps · 3 min 40 s · 2 friction"). */
  walks?: Map<string, string>;
  /** Findings in full inside the cells (else a mark with the finding as its tooltip). */
  showFindings?: boolean;
}

export const CLIP_DRAG_TYPE = 'application/x-journey-lens-clip';

const NO_COVERAGE: Coverage = { done: 0, total: 0 };

const coverageText = (c: Coverage) => (c.total > 0 ? `${c.done}/${c.total}` : '–');

/**
 * What a screen reader says for a cell: "Acme Shoes × FMOT: 2 clips, average 4.5, newest 2 Dec".
 * The cell's visible text still starts with its clip count.
 */
export function cellAccessibleName(brand: string, stage: string, cell: MatrixCell, coverage?: Coverage): string {
  const parts: string[] = [];
  if (cell.count === 0) parts.push(i18n.t('matrixGap'));
  else {
    parts.push(plural('cellCount', cell.count));
    if (cell.average !== null) parts.push(i18n.t('cellAverage', [formatScore(cell.average)]));
    if (cell.newest) parts.push(i18n.t('cellNewest', [formatDay(cell.newest)]));
  }
  if (coverage) parts.push(coverage.total > 0 ? i18n.t('rubricCoverageOf', [String(coverage.done), String(coverage.total)]) : i18n.t('rubricNoChecklist'));
  return i18n.t('cellName', [brand, stage, parts.join(i18n.t('listSeparator'))]);
}

function Finding({ text, full }: { text?: string; full: boolean }) {
  if (!text) return null;
  // Shown in full on demand (View menu); otherwise a quiet mark, the text in the tooltip and the drill-down.
  return full ? <span class="mx-finding-full">{text}</span> : <span class="mx-finding-mark" aria-hidden="true" title={text}>✎</span>;
}

function CellContent({ cell, mode, coverage, finding, fullFinding }: { cell: MatrixCell; mode: CellMode; coverage?: Coverage; finding?: string; fullFinding: boolean }) {
  if (mode === 'coverage' && coverage) {
    return (
      <>
        <span class="mx-count">{coverageText(coverage)}</span>
        <Finding text={finding} full={fullFinding} />
      </>
    );
  }
  if (cell.count === 0) {
    // Quiet: a dash for the eye; the text (for finders and screen readers) still starts with the count.
    return (
      <>
        <span class="sr-only">0 {i18n.t('matrixGap')}</span>
        <span class="mx-dash" aria-hidden="true">–</span>
        <Finding text={finding} full={fullFinding} />
      </>
    );
  }
  const total = cell.positive + cell.neutral + cell.negative;
  const byScore = mode === 'score';
  return (
    <>
      <span class={byScore ? 'mx-count-small' : 'mx-count'}>{cell.count}</span>
      <span class="sr-only"> {plural('matrixClips', cell.count, [])}</span>
      {byScore ? (
        <span class="mx-big-score">{cell.average !== null ? formatScore(cell.average) : '–'}</span>
      ) : (
        cell.average !== null && <span class="mx-score"> ★{formatScore(cell.average)}</span>
      )}
      {total > 0 && (
        <span class="mx-mix" aria-hidden="true">
          <span style={{ flexGrow: cell.positive, background: 'var(--pos)' }} />
          <span style={{ flexGrow: cell.neutral, background: 'var(--neu)' }} />
          <span style={{ flexGrow: cell.negative, background: 'var(--neg)' }} />
        </span>
      )}
      <span class="mx-date"> {formatDay(cell.newest)}</span>
      <Finding text={finding} full={fullFinding} />
    </>
  );
}

/**
 * The brand × stage comparison matrix: a real table, one button per cell,
 * arrow keys move between cells (one tab stop for the whole grid).
 */
export function MatrixTable({ matrix, locale, selected, onSelect, findings, onDropClip, transposed = false, mode = 'clips', coverage, showFindings = false, walks }: Props) {
  const table = useRef<HTMLTableElement>(null);
  const byCoverage = mode === 'coverage';
  const coverageOf = (brandId: string, stageId: string) => coverage?.get(rubricKeyString(brandId, stageId)) ?? NO_COVERAGE;
  // In coverage mode the totals add up ticked and checklist items ("5/12").
  const stageCoverage = matrix.stages.map((stage) => coverageText(sumCoverage(matrix.rows.map((row) => coverageOf(row.brand.id, stage.id)))));
  const brandCoverage = matrix.rows.map((row) => coverageText(sumCoverage(row.cells.map((c) => coverageOf(c.brandId, c.stageId)))));
  // The grid as shown: brands down and stages across, or the other way round.
  const stageHeads = matrix.stages.map((stage, i) => ({
    key: stage.id,
    label: localize(stage.short, locale),
    title: localize(stage.name, locale),
    color: stage.color,
    total: byCoverage ? stageCoverage[i]! : String(matrix.columnTotals[i]!),
  }));
  const brandHeads = matrix.rows.map((row, i) => ({
    key: row.brand.id,
    label: row.brand.name,
    title: row.brand.name,
    color: row.brand.color,
    total: byCoverage ? brandCoverage[i]! : String(row.total),
  }));
  const grandTotal = byCoverage
    ? coverageText(sumCoverage(matrix.rows.flatMap((row) => row.cells.map((c) => coverageOf(c.brandId, c.stageId)))))
    : String(matrix.total);
  const colHeads = transposed ? brandHeads : stageHeads;
  const rowHeads = transposed ? stageHeads : brandHeads;
  const cellAt = (r: number, c: number): MatrixCell =>
    transposed ? matrix.rows[c]!.cells[r]! : matrix.rows[r]!.cells[c]!;
  const nRows = rowHeads.length;
  const nCols = colHeads.length;

  function move(e: KeyboardEvent, row: number, col: number) {
    let r = row;
    let c = col;
    switch (e.key) {
      case 'ArrowRight': c = Math.min(nCols - 1, c + 1); break;
      case 'ArrowLeft': c = Math.max(0, c - 1); break;
      case 'ArrowDown': r = Math.min(nRows - 1, r + 1); break;
      case 'ArrowUp': r = Math.max(0, r - 1); break;
      case 'Home': c = 0; if (e.ctrlKey) r = 0; break;
      case 'End': c = nCols - 1; if (e.ctrlKey) r = nRows - 1; break;
      default: return;
    }
    e.preventDefault();
    table.current?.querySelector<HTMLButtonElement>(`button[data-r="${r}"][data-c="${c}"]`)?.focus();
  }

  const isSelected = (cell: MatrixCell) => selected?.brandId === cell.brandId && selected?.stageId === cell.stageId;
  let focusR = 0;
  let focusC = 0;
  for (let r = 0; r < nRows; r++) for (let c = 0; c < nCols; c++) if (isSelected(cellAt(r, c))) { focusR = r; focusC = c; }

  return (
    <div class="mx-wrap"><div class="mx-scroll">
      <table ref={table} class={transposed ? 'mx mx-turned' : 'mx'} aria-label={i18n.t('matrixLabel')}>
        <thead>
          <tr>
            <td class="mx-corner">
              <span class="sr-only">{i18n.t('matrixCorner')}</span>
            </td>
            {colHeads.map((h) => (
              <th key={h.key} scope="col" title={h.title} style={{ borderTopColor: h.color }}>
                <span class="mx-col-name">{h.label}</span>
              </th>
            ))}
            <th scope="col" class="mx-total">
              {/* Narrow: the word is read out but shows as Σ (CSS), keeping the column slim. */}
              <span class="mx-total-long">{i18n.t('matrixTotal')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rowHeads.map((head, r) => (
            <tr key={head.key}>
              <th scope="row" title={head.title}>
                <span class="mx-swatch" style={{ background: head.color }} aria-hidden="true" />
                <span class="mx-head-name">{head.label}</span>
              </th>
              {colHeads.map((_, c) => {
                const cell = cellAt(r, c);
                const cov = byCoverage ? coverageOf(cell.brandId, cell.stageId) : undefined;
                const tint = cov ? coverageColor(coverageFraction(cov)) : cell.count > 0 ? heatColor(cell.average) : undefined;
                const brandName = matrix.rows.find((row) => row.brand.id === cell.brandId)?.brand.name ?? '';
                const stageHead = stageHeads.find((h) => h.key === cell.stageId)?.label ?? '';
                const finding = findings?.get(`${cell.brandId}/${cell.stageId}`);
                return (
                  <td
                    key={`${cell.brandId}/${cell.stageId}`}
                    class={tint ? 'mx-cell' : 'mx-cell mx-empty'}
                    style={tint ? { background: tint } : undefined}
                    onDragOver={(e) => {
                      if (onDropClip && e.dataTransfer?.types.includes(CLIP_DRAG_TYPE)) {
                        e.preventDefault();
                        e.currentTarget.classList.add('mx-drop');
                      }
                    }}
                    onDragLeave={(e) => e.currentTarget.classList.remove('mx-drop')}
                    onDrop={(e) => {
                      e.currentTarget.classList.remove('mx-drop');
                      const id = e.dataTransfer?.getData(CLIP_DRAG_TYPE);
                      if (id && onDropClip) {
                        e.preventDefault();
                        onDropClip(id, { brandId: cell.brandId, stageId: cell.stageId });
                      }
                    }}
                  >
                    <button
                      type="button"
                      data-r={r}
                      data-c={c}
                      tabIndex={r === focusR && c === focusC ? 0 : -1}
                      aria-pressed={isSelected(cell)}
                      aria-label={cellAccessibleName(brandName, stageHead, cell, cov)}
                      title={finding || undefined}
                      onClick={() => onSelect({ brandId: cell.brandId, stageId: cell.stageId })}
                      onKeyDown={(e) => move(e, r, c)}
                    >
                      <CellContent cell={cell} mode={mode} coverage={cov} finding={finding} fullFinding={showFindings} />
                      {walks?.has(`${cell.brandId}/${cell.stageId}`) && <span class="mx-walk"> {walks.get(`${cell.brandId}/${cell.stageId}`)}</span>}
                    </button>
                  </td>
                );
              })}
              <td class="mx-total">{head.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{i18n.t('matrixTotal')}</th>
            {colHeads.map((h) => (
              <td key={h.key} class="mx-total">
                {h.total}
              </td>
            ))}
            <td class="mx-total">{grandTotal}</td>
          </tr>
        </tfoot>
      </table>
    </div></div>
  );
}
