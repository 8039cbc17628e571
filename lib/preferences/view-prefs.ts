import { z } from 'zod';
import type { ViewPrefs } from '../db/view-prefs';
import { IdSchema } from '../model/ids';
import { definePreference } from './preference';

/** Most brand ids one study's order or hidden list keeps (far above any real study). */
const MAX_BRAND_IDS = 5000;

const CellModeSchema = z.enum(['clips', 'score', 'coverage']);

const IdListSchema = z
  .array(z.unknown())
  .catch([])
  .transform((list) => [...new Set(list.filter((id): id is string => IdSchema.safeParse(id).success))].slice(0, MAX_BRAND_IDS));

/** One study's matrix arrangement; every field falls back to its default on its own. */
export const ViewPrefsSchema = z.object({
  order: IdListSchema,
  hidden: IdListSchema,
  transposed: z.boolean().catch(false),
  cellMode: CellModeSchema.catch('clips'),
  showFindings: z.boolean().catch(false),
  imageFindings: z.boolean().catch(false),
});

const StoredViewPrefsSchema = z.strictObject({
  order: z.array(IdSchema).max(MAX_BRAND_IDS),
  hidden: z.array(IdSchema).max(MAX_BRAND_IDS),
  transposed: z.boolean(),
  cellMode: CellModeSchema.optional(),
  showFindings: z.boolean().optional(),
  imageFindings: z.boolean().optional(),
});

/** Arrangements by study id. A damaged entry reads as the defaults; the others stay. */
const AllViewPrefsSchema = z
  .record(z.string(), z.unknown())
  .transform((all) => Object.fromEntries(Object.entries(all).filter(([id]) => IdSchema.safeParse(id).success).map(([id, v]) => [id, readViewPrefs(v)])));

export type AllViewPrefs = Record<string, ViewPrefs>;

export const DEFAULT_VIEW_PREFS: ViewPrefs = Object.freeze({ order: [], hidden: [], transposed: false, cellMode: 'clips', showFindings: false, imageFindings: false }) as ViewPrefs;

/** Reads any stored value as one study's view preferences (never throws). */
export function readViewPrefs(value: unknown): ViewPrefs {
  const parsed = ViewPrefsSchema.safeParse(value && typeof value === 'object' ? value : {});
  return parsed.success ? parsed.data : { ...DEFAULT_VIEW_PREFS, order: [], hidden: [] };
}

/**
 * How the researcher arranged each study's matrix (brand order, hidden brands,
 * orientation, what cells show). Kept by study id; entries of deleted studies
 * stay (an Undo of the deletion finds its arrangement again).
 */
export const viewPrefsPref = definePreference<AllViewPrefs>({
  key: 'local:viewPrefs',
  version: 1,
  read: AllViewPrefsSchema as z.ZodType<AllViewPrefs>,
  write: z.record(IdSchema, StoredViewPrefsSchema) as unknown as z.ZodType<AllViewPrefs>,
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
