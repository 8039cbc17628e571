import type { Table } from 'dexie';
import {
  BrandSchema,
  FrameworkSchema,
  LensSettingsSchema,
  StudyNameSchema,
  StudySchema,
  newId,
  nowIso,
  stableId,
  type Framework,
  type LensSettings,
  type Clip,
  type Study,
} from '../model';
import type { JourneyLensDB } from './database';
import { clipWriteTables, removeStudyClips, withClipWrites } from './clip-writes';
import { frameworkOf, setActiveStudy } from './active-study';
import { clipCountOfStudy } from './cells-store';
import { META_KEYS, getActiveStudyId, getViewedStudyId, setMeta } from './meta-repo';
import { customStage, sameText } from './stages-repo';
import { copyViewPrefs } from '../preferences/view-prefs';
import { AppError } from '../errors/app-error';
import { ofStudy } from './clip-reads';

/**
 * Creating, renaming, duplicating, archiving and deleting studies. Every
 * change is one transaction; a delete returns what it removed so it can be
 * undone exactly.
 */

export const CUSTOM_FRAMEWORK = 'custom';

/**
 * Creates a study on a framework; the name is validated. With
 * `frameworkId: 'custom'` the study gets its own framework made of
 * `customStages` (one name each, in journey order).
 */
export async function createStudy(
  db: JourneyLensDB,
  input: { name: string; frameworkId: string; customStages?: readonly string[]; lenses?: Partial<LensSettings> },
): Promise<Study> {
  const now = nowIso();
  const id = newId();
  let frameworkId = input.frameworkId;
  let framework: Framework | undefined;
  if (frameworkId === CUSTOM_FRAMEWORK) {
    framework = customFramework(id, input.name, input.customStages ?? []);
    frameworkId = framework.id;
  }
  const study = StudySchema.parse({
    id,
    name: input.name,
    frameworkId,
    lenses: { ...{ sentiment: true, score: true, behavior: true, servqual: true }, ...input.lenses },
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.studies, db.frameworks, async () => {
    if (framework) await db.frameworks.add(framework);
    await db.studies.add(study);
  });
  return study;
}

/** Stage names from a text box: one per line (or separated by `→`, `>` or `;`), blanks and repeats dropped. */
export function parseStageList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n|→|;|(?:\s>\s)/)) {
    const name = raw.trim().slice(0, 60);
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.slice(0, 40);
}

export class NoStagesError extends AppError {
  constructor() {
    super('no-stages', [], 'a custom framework needs at least one stage');
    this.name = 'NoStagesError';
  }
}

function customFramework(studyId: string, studyName: string, stages: readonly string[]): Framework {
  const names = parseStageList(stages.join('\n'));
  if (!names.length) throw new NoStagesError();
  const name = studyName.trim().slice(0, 200) || 'Custom';
  return FrameworkSchema.parse({
    id: `custom-${studyId}`,
    builtin: false,
    name: sameText(name),
    description: sameText(name),
    stages: names.map((n, i) => customStage(`custom-${i + 1}`, n, i)),
    updatedAt: nowIso(),
  });
}

export async function renameStudy(db: JourneyLensDB, studyId: string, name: string): Promise<void> {
  const valid = StudyNameSchema.parse(name);
  // A default study the researcher named is theirs: it is no longer removed when empty.
  const n = await db.studies.update(studyId, { name: valid, autoCreated: undefined, updatedAt: nowIso() });
  if (!n) throw new AppError('study-missing', [], 'study not found');
}

export async function setStudyLenses(db: JourneyLensDB, studyId: string, lenses: LensSettings): Promise<void> {
  const valid = LensSettingsSchema.parse(lenses);
  const n = await db.studies.update(studyId, { lenses: valid, updatedAt: nowIso() });
  if (!n) throw new AppError('study-missing', [], 'study not found');
}

/** The first study (by creation) that is not archived, not a sample and not `except`. */
async function firstOpenStudy(db: JourneyLensDB, except: string): Promise<Study | undefined> {
  const all = (await db.studies.toArray()).filter((s) => !s.archived && !s.sample && s.id !== except);
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
}

/** Archives (hides from the side panel and clipping) or brings back a study. An archived active study hands over. */
export async function setStudyArchived(db: JourneyLensDB, studyId: string, archived: boolean): Promise<void> {
  await db.transaction('rw', db.studies, db.meta, async () => {
    const n = await db.studies.update(studyId, { archived, updatedAt: nowIso() });
    if (!n) throw new AppError('study-missing', [], 'study not found');
    if (archived && (await getActiveStudyId(db)) === studyId) {
      const next = await firstOpenStudy(db, studyId);
      if (next) await setActiveStudy(db, next.id);
    }
  });
}

/**
 * A new study with the same set-up — framework (its own copy when the
 * original has custom stages), brands with their domains, aliases and
 * colours, lenses, matrix arrangement — and no clips.
 */
export async function duplicateStudy(db: JourneyLensDB, studyId: string, name: string): Promise<Study> {
  const { copy, newIds } = await db.transaction('rw', [db.studies, db.frameworks, db.brands], async () => {
    const original = await db.studies.get(studyId);
    if (!original) throw new AppError('study-missing', [], 'study not found');
    const now = nowIso();
    const id = newId();
    let frameworkId = original.frameworkId;
    const framework = await frameworkOf(db, original);
    if (!framework.builtin) {
      frameworkId = `custom-${id}`;
      await db.frameworks.put(FrameworkSchema.parse({ ...structuredClone(framework), id: frameworkId, updatedAt: now }));
    }
    const copy = StudySchema.parse({
      ...original,
      id,
      name,
      frameworkId,
      archived: false,
      sample: false,
      createdAt: now,
      updatedAt: now,
    });
    await db.studies.add(copy);
    const brands = await db.brands.where('studyId').equals(studyId).toArray();
    const newIds = new Map<string, string>();
    for (const b of brands) newIds.set(b.id, stableId('b', `${id}\u0000${b.nameKey}`));
    await db.brands.bulkAdd(
      brands.map((b) => BrandSchema.parse({ ...b, id: newIds.get(b.id), studyId: id, createdAt: now, updatedAt: now })),
    );
    return { copy, newIds };
  });
  // The matrix arrangement lives in extension storage: copied once the study is.
  await copyViewPrefs(studyId, copy.id, newIds);
  return copy;
}

/** Everything a study deletion removed, enough to put it back exactly. */
export interface DeletedStudy {
  study: Study;
  /** Its clips (their search terms, CSV rows and cells are derived again when they come back). */
  clips: Clip[];
  /** Rows of the other tables, by table name. */
  rows: Record<string, unknown[]>;
  /** Keys of the meta records that belonged to the study. */
  meta: { key: string; value: unknown }[];
  wasActive: boolean;
  /** It was the study the side panel showed without being active (a sample study). */
  wasViewed?: boolean;
  clipCount: number;
}

/**
 * Tables whose rows belong to one study through a `studyId` index, other than
 * the clips and what derives from them (the clip-write unit of work's) and the
 * tombstones (they carry deletions to merges).
 */
function studyTables(db: JourneyLensDB): Table[] {
  const clipTables = new Set(clipWriteTables(db).map((t) => t.name));
  return db.tables.filter(
    (t) => !clipTables.has(t.name) && t.name !== 'studies' && t.schema.indexes.some((i) => i.name === 'studyId'),
  );
}

/** Per-study meta rows: view preferences from before they moved to extension storage (lib/db/move-preferences-out-of-meta.ts). */
const metaKeysOf = (studyId: string) => [`view:${studyId}`];

/**
 * Deletes a study and everything in it (brands, clips, their search terms and
 * screenshots, cells, findings, highlight states, its own framework) in one
 * transaction, leaving a tombstone so a team merge deletes it too. Returns
 * what was removed, for `undoDeleteStudy`.
 */
export async function deleteStudy(db: JourneyLensDB, studyId: string): Promise<DeletedStudy> {
  return db.transaction('rw', db.tables, async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new AppError('study-missing', [], 'study not found');
    const rows: Record<string, unknown[]> = {};
    for (const t of studyTables(db)) {
      rows[t.name] = await t.where('studyId').equals(studyId).toArray();
      await t.where('studyId').equals(studyId).delete();
    }
    const clips = await removeStudyClips(db, studyId);
    const clipIds = clips.map((c) => c.id);
    rows.screenshots = clipIds.length ? await db.screenshots.where('clipId').anyOf(clipIds).toArray() : [];
    await db.screenshots.bulkDelete((rows.screenshots as { id: string }[]).map((s) => s.id));
    rows.frameworks = [];
    const fw = await db.frameworks.get(study.frameworkId);
    if (fw && !fw.builtin && !(await db.studies.filter((s) => s.id !== studyId && s.frameworkId === fw.id).count())) {
      rows.frameworks.push(fw);
      await db.frameworks.delete(fw.id);
    }
    const meta = (await db.meta.bulkGet(metaKeysOf(studyId))).filter((m) => m !== undefined);
    await db.meta.bulkDelete(metaKeysOf(studyId));
    await db.studies.delete(studyId);
    await db.tombstones.put({ id: studyId, table: 'studies', studyId, deletedAt: nowIso() });
    const wasActive = (await getActiveStudyId(db)) === studyId;
    if (wasActive) {
      const next = await firstOpenStudy(db, studyId);
      if (next) await setActiveStudy(db, next.id);
    }
    // The panel goes back to the active study, the one it showed before this one was opened.
    const wasViewed = (await getViewedStudyId(db)) === studyId;
    if (wasViewed) await db.meta.delete(META_KEYS.viewedStudyId);
    return { study, clips, rows, meta, wasActive, wasViewed, clipCount: clipIds.length };
  });
}

/** Puts a deleted study back exactly as it was (same ids, same cells), active again if it was. */
export async function undoDeleteStudy(db: JourneyLensDB, deleted: DeletedStudy): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.studies.put(deleted.study);
    for (const [name, rows] of Object.entries(deleted.rows)) {
      if (rows.length) await db.table(name).bulkPut(rows);
    }
    const current = await db.clips.bulkGet(deleted.clips.map((c) => c.id));
    await withClipWrites(db, (w) => {
      for (const [i, clip] of deleted.clips.entries()) {
        const now = current[i];
        if (now) w.replace(now, clip);
        else w.add(clip);
      }
    });
    if (deleted.meta.length) await db.meta.bulkPut(deleted.meta);
    await db.tombstones.delete(deleted.study.id);
    if (deleted.wasActive) await setActiveStudy(db, deleted.study.id);
    if (deleted.wasViewed) await setMeta(db, META_KEYS.viewedStudyId, deleted.study.id);
  });
}

/**
 * Removes the study a fresh install made by itself (`autoCreated`) while it is
 * still empty — no clips, brands, findings or ticks — once the researcher has
 * a study of their own (`keep`). A default study with anything in it stays.
 * Returns the ids removed.
 */
export async function dropEmptyDefaultStudies(db: JourneyLensDB, keep: string): Promise<string[]> {
  return db.transaction('rw', db.tables, async () => {
    const defaults = (await db.studies.toArray()).filter((s) => s.autoCreated && !s.sample && s.id !== keep);
    const dropped: string[] = [];
    for (const s of defaults) {
      const used = await Promise.all([ofStudy(db.clips, s.id), ...[db.brands, db.findings, db.rubric].map((t) => t.where('studyId').equals(s.id))].map((c) => c.count()));
      if (used.some((n) => n > 0)) continue;
      await deleteStudy(db, s.id);
      dropped.push(s.id);
    }
    return dropped;
  });
}

/** Clip and brand counts per study, for the studies list (clips from the cell aggregates, not a count of the clips). */
export async function studyCounts(db: JourneyLensDB, studyIds: string[]): Promise<Map<string, { clips: number; brands: number }>> {
  const out = new Map<string, { clips: number; brands: number }>();
  await db.transaction('r', db.cells, db.brands, async () => {
    for (const id of studyIds) {
      const [clips, brands] = await Promise.all([clipCountOfStudy(db, id), db.brands.where('studyId').equals(id).count()]);
      out.set(id, { clips, brands });
    }
  });
  return out;
}
