import { CELL_MODES, type CellMode, type ViewPrefs } from './view-arrangement';
import { definePreference, type Parser } from './preference';
import type { AllViewPrefs } from './shapes';

/** Most brand ids one study's order or hidden list keeps (as MAX_BRAND_IDS in write-schemas.ts). */
const MAX_IDS = 5000;
/** An id as `IdSchema` (lib/model/ids.ts) has it (test/unit/preferences holds the two equal). */
export const PREF_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

const idList = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((id): id is string => typeof id === 'string' && PREF_ID_RE.test(id)))].slice(0, MAX_IDS) : [];

export type { AllViewPrefs } from './shapes';

export const DEFAULT_VIEW_PREFS: ViewPrefs = Object.freeze({ order: [], hidden: [], transposed: false, cellMode: 'clips', showFindings: false, imageFindings: false }) as ViewPrefs;

/**
 * Reads any stored value as one study's view preferences, each field falling
 * back to its default on its own (never throws). Written without zod: the side
 * panel reads this at once, and its first load stays small (the write rule,
 * with zod, is `StoredAllViewPrefsSchema`).
 */
export function readViewPrefs(value: unknown): ViewPrefs {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    order: idList(v.order),
    hidden: idList(v.hidden),
    transposed: v.transposed === true,
    cellMode: CELL_MODES.includes(v.cellMode as CellMode) ? (v.cellMode as CellMode) : 'clips',
    showFindings: v.showFindings === true,
    imageFindings: v.imageFindings === true,
  };
}

/** Arrangements by study id: an entry under a key that is no id goes; a damaged one reads as the defaults. */
export function readAllViewPrefs(value: unknown): AllViewPrefs {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([id]) => PREF_ID_RE.test(id)).map(([id, v]) => [id, readViewPrefs(v)]));
}

const AllViewPrefsReader: Parser<AllViewPrefs> = { safeParse: (value) => ({ success: true, data: readAllViewPrefs(value) }) };

/**
 * How the researcher arranged each study's matrix (brand order, hidden brands,
 * orientation, what cells show). Kept by study id; entries of deleted studies
 * stay (an Undo of the deletion finds its arrangement again).
 */
export const viewPrefsPref = definePreference<AllViewPrefs>({
  key: 'local:viewPrefs',
  version: 1,
  read: AllViewPrefsReader,
  write: async () => (await import('./write-schemas')).StoredAllViewPrefsSchema,
  fallback: Object.freeze({}) as AllViewPrefs,
});

/** One study's arrangement out of all of them (the defaults when it has none). */
export const viewPrefsOf = (all: AllViewPrefs | undefined, studyId: string): ViewPrefs => all?.[studyId] ?? readViewPrefs(undefined);

export async function getViewPrefs(studyId: string): Promise<ViewPrefs> {
  return viewPrefsOf(await viewPrefsPref.get(), studyId);
}

export async function setViewPrefs(studyId: string, prefs: ViewPrefs): Promise<void> {
  await viewPrefsPref.update((all) => ({ ...all, [studyId]: prefs }));
}

/** A duplicated study's arrangement: the original's, with its brand ids mapped to the copy's (unmapped ones dropped). */
export async function copyViewPrefs(fromStudyId: string, toStudyId: string, brandIds: ReadonlyMap<string, string>): Promise<void> {
  await viewPrefsPref.update((all) => {
    const prefs = viewPrefsOf(all, fromStudyId);
    const map = (ids: string[]) => ids.map((x) => brandIds.get(x)).filter((x): x is string => !!x);
    return { ...all, [toStudyId]: { ...prefs, order: map(prefs.order), hidden: map(prefs.hidden) } };
  });
}
