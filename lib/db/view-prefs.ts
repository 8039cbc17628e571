import type { Brand } from '../model';
import type { JourneyLensDB } from './database';
import { getMeta, setMeta } from './meta-repo';

/** How the researcher arranged a study's matrix: brand order, hidden brands, orientation. */
export interface ViewPrefs {
  order: string[];
  hidden: string[];
  transposed: boolean;
}

const key = (studyId: string) => `view:${studyId}`;

export async function getViewPrefs(db: JourneyLensDB, studyId: string): Promise<ViewPrefs> {
  const v = await getMeta<Partial<ViewPrefs>>(db, key(studyId));
  return { order: v?.order ?? [], hidden: v?.hidden ?? [], transposed: v?.transposed ?? false };
}

export async function setViewPrefs(db: JourneyLensDB, studyId: string, prefs: ViewPrefs): Promise<void> {
  await setMeta(db, key(studyId), prefs);
}

/** Brands in the researcher's order (new brands last, by creation). */
export function orderBrands(brands: Brand[], prefs: ViewPrefs): Brand[] {
  const rank = new Map(prefs.order.map((id, i) => [id, i]));
  return [...brands].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9) || a.createdAt.localeCompare(b.createdAt));
}
