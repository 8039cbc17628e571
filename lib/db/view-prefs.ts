import type { Brand } from '../model';
import type { JourneyLensDB } from './database';
import { getMeta, setMeta } from './meta-repo';

/** What each matrix cell shows: its clips (count, score, mix — the default) or its checklist coverage ("2/4"). */
export type CellMode = 'clips' | 'coverage';

/** How the researcher arranged a study's matrix: brand order, hidden brands, orientation, what cells show. */
export interface ViewPrefs {
  order: string[];
  hidden: string[];
  transposed: boolean;
  /** Absent in prefs stored before the rubric: clips. */
  cellMode?: CellMode;
}

const key = (studyId: string) => `view:${studyId}`;

export async function getViewPrefs(db: JourneyLensDB, studyId: string): Promise<ViewPrefs> {
  const v = await getMeta<Partial<ViewPrefs>>(db, key(studyId));
  return {
    order: v?.order ?? [],
    hidden: v?.hidden ?? [],
    transposed: v?.transposed ?? false,
    cellMode: v?.cellMode === 'coverage' ? 'coverage' : 'clips',
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
