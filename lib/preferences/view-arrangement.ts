import type { Brand } from '../model';

/**
 * What each matrix cell shows big: its clip count (the default), its average score, or its checklist
 * coverage ("2/4"). The saved image follows the same choice.
 */
export type CellMode = 'clips' | 'score' | 'coverage';
export const CELL_MODES: readonly CellMode[] = ['clips', 'score', 'coverage'];

/**
 * How the researcher arranged a study's matrix: brand order, hidden brands, orientation, what cells show.
 * Kept in extension storage by study id (`viewPrefsPref`, lib/preferences/view-prefs.ts).
 */
export interface ViewPrefs {
  order: string[];
  hidden: string[];
  transposed: boolean;
  /** Absent in prefs stored before the rubric: clips. */
  cellMode?: CellMode;
  /** Findings shown in full inside the cells (absent: off). */
  showFindings?: boolean;
  /** Findings listed below the saved PNG/SVG matrix (absent: off). */
  imageFindings?: boolean;
}

/** Brands in the researcher's order (new brands last, by creation). */
export function orderBrands(brands: Brand[], prefs: ViewPrefs): Brand[] {
  const rank = new Map(prefs.order.map((id, i) => [id, i]));
  return [...brands].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9) || a.createdAt.localeCompare(b.createdAt));
}
