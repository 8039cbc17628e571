import type { Brand } from '../model';
import type { JourneyLensDB } from './database';
import { getMeta, setMeta } from './meta-repo';

/**
 * What each matrix cell shows big: its clip count (the default), its average score, or its checklist
 * coverage ("2/4"). The saved image follows the same choice.
 */
export type CellMode = 'clips' | 'score' | 'coverage';
export const CELL_MODES: readonly CellMode[] = ['clips', 'score', 'coverage'];

/** How the researcher arranged a study's matrix: brand order, hidden brands, orientation, what cells show. */
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

const key = (studyId: string) => `view:${studyId}`;

export async function getViewPrefs(db: JourneyLensDB, studyId: string): Promise<ViewPrefs> {
  const v = await getMeta<Partial<ViewPrefs>>(db, key(studyId));
  return {
    order: v?.order ?? [],
    hidden: v?.hidden ?? [],
    transposed: v?.transposed ?? false,
    cellMode: CELL_MODES.includes(v?.cellMode as CellMode) ? v!.cellMode! : 'clips',
    showFindings: v?.showFindings === true,
    imageFindings: v?.imageFindings === true,
  };
}

export async function setViewPrefs(db: JourneyLensDB, studyId: string, prefs: ViewPrefs): Promise<void> {
  await setMeta(db, key(studyId), prefs);
}

/** Brands in the researcher's order (new brands last, by creation). */
export function orderBrands(brands: Brand[], prefs: ViewPrefs): Brand[] {
  const rank = new Map(prefs.order.map((id, i) => [id, i]));
  return [...brands].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9) || a.createdAt.localeCompare(b.createdAt));
}
