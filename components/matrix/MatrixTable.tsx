import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Matrix, MatrixCell } from '@/lib/matrix/build-matrix';
import { localize, type Locale } from '@/lib/model';
import { heatColor } from '@/lib/matrix/heat';

export interface SelectedCell {
  brandId: string;
  stageId: string;
}

interface Props {
  matrix: Matrix;
  locale: Locale;
  selected?: SelectedCell;
  onSelect(cell: SelectedCell): void;
}

function shortDate(iso: string, locale: Locale): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(locale.replace('_', '-'), { month: 'short', day: 'numeric' });
}

function CellContent({ cell, locale }: { cell: MatrixCell; locale: Locale }) {
  if (cell.count === 0) {
    return (
      <>
        <span class="mx-count">0</span>
        <span class="mx-gap"> {i18n.t('matrixGap')}</span>
      </>
    );
  }
  const total = cell.positive + cell.neutral + cell.negative;
  return (
    <>
      <span class="mx-count">{cell.count}</span>
      <span class="sr-only"> {i18n.t('matrixClips', cell.count)}</span>
      {cell.average !== null && (
        <span class="mx-score" title={i18n.t('matrixAverage')}>
          {' '}
          ★{cell.average.toFixed(1)}
        </span>
      )}
      {total > 0 && (
        <span
          class="mx-mix"
          role="img"
          aria-label={i18n.t('matrixMix', [String(cell.positive), String(cell.neutral), String(cell.negative)])}
        >
          <span style={{ flexGrow: cell.positive, background: 'var(--pos)' }} />
          <span style={{ flexGrow: cell.neutral, background: 'var(--neu)' }} />
          <span style={{ flexGrow: cell.negative, background: 'var(--neg)' }} />
        </span>
      )}
      <span class="mx-date"> {shortDate(cell.newest, locale)}</span>
    </>
  );
}

/**
 * The brand × stage comparison matrix: a real table, one button per cell,
 * arrow keys move between cells (one tab stop for the whole grid).
 */
export function MatrixTable({ matrix, locale, selected, onSelect }: Props) {
  const table = useRef<HTMLTableElement>(null);
  const cols = matrix.stages.length;

  function move(e: KeyboardEvent, row: number, col: number) {
    let r = row;
    let c = col;
    switch (e.key) {
      case 'ArrowRight': c = Math.min(cols - 1, c + 1); break;
      case 'ArrowLeft': c = Math.max(0, c - 1); break;
      case 'ArrowDown': r = Math.min(matrix.rows.length - 1, r + 1); break;
      case 'ArrowUp': r = Math.max(0, r - 1); break;
      case 'Home': c = 0; if (e.ctrlKey) r = 0; break;
      case 'End': c = cols - 1; if (e.ctrlKey) r = matrix.rows.length - 1; break;
      default: return;
    }
    e.preventDefault();
    table.current?.querySelector<HTMLButtonElement>(`button[data-r="${r}"][data-c="${c}"]`)?.focus();
  }

  const isSelected = (brandId: string, stageId: string) =>
    selected?.brandId === brandId && selected?.stageId === stageId;
  const focusRow = selected ? Math.max(0, matrix.rows.findIndex((r) => r.brand.id === selected.brandId)) : 0;
  const focusCol = selected ? Math.max(0, matrix.stages.findIndex((s) => s.id === selected.stageId)) : 0;

  return (
    <div class="mx-scroll">
      <table ref={table} class="mx" aria-label={i18n.t('matrixLabel')}>
        <thead>
          <tr>
            <td class="mx-corner">
              <span class="sr-only">{i18n.t('matrixCorner')}</span>
            </td>
            {matrix.stages.map((stage) => (
              <th key={stage.id} scope="col" title={localize(stage.name, locale)} style={{ borderTopColor: stage.color }}>
                {localize(stage.short, locale)}
              </th>
            ))}
            <th scope="col" class="mx-total">{i18n.t('matrixTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.brand.id}>
              <th scope="row">
                <span class="mx-swatch" style={{ background: row.brand.color }} aria-hidden="true" />
                {row.brand.name}
              </th>
              {row.cells.map((cell, c) => (
                <td
                  key={cell.stageId}
                  class={cell.count === 0 ? 'mx-cell mx-empty' : 'mx-cell'}
                  style={cell.count > 0 ? { background: heatColor(cell.average) } : undefined}
                >
                  <button
                    type="button"
                    data-r={r}
                    data-c={c}
                    tabIndex={r === focusRow && c === focusCol ? 0 : -1}
                    aria-pressed={isSelected(cell.brandId, cell.stageId)}
                    onClick={() => onSelect({ brandId: cell.brandId, stageId: cell.stageId })}
                    onKeyDown={(e) => move(e, r, c)}
                  >
                    <CellContent cell={cell} locale={locale} />
                  </button>
                </td>
              ))}
              <td class="mx-total">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{i18n.t('matrixTotal')}</th>
            {matrix.columnTotals.map((t, i) => (
              <td key={matrix.stages[i]!.id} class="mx-total">
                {t}
              </td>
            ))}
            <td class="mx-total">{matrix.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
