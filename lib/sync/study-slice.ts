import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDoc } from '../backup/backup-schema';
import { fromStored, ofStudy } from '../db/clip-reads';
import type { JourneyLensDB, StoredClip, Tombstone } from '../db/database';
import { BUILTIN_FRAMEWORKS, type Brand, type Clip, type Finding, type Framework, type Study } from '../model';
import type { RubricRecord } from '../matrix/coverage';

const BUILTIN_IDS = new Set(BUILTIN_FRAMEWORKS.map((f) => f.id));

/**
 * Everything of one study that team sync carries: the records a backup holds,
 * minus screenshots (they stay local), the activeStudyId (personal) and the
 * study's own deletion (deleting a shared study locally is leaving it).
 */
export interface StudySlice {
  studies: Study[];
  frameworks: Framework[];
  brands: Brand[];
  clips: Clip[];
  findings: Finding[];
  rubric: RubricRecord[];
  tombstones: Tombstone[];
}

export const syncedTombstone = (t: Tombstone, studyId: string): boolean => t.studyId === studyId && t.table !== 'studies';

/**
 * Which clips a read takes: all of the study's, the given ids, or those edited at or after
 * a time (through the `updatedAt` index). The other tables are always read whole: they
 * are small (brands, findings, rubric rows, tombstones of one study).
 */
export type ClipScope = { all: true } | { ids: readonly string[]; since?: string } | { since: string };

async function clipsIn(db: JourneyLensDB, studyId: string, scope: ClipScope): Promise<StoredClip[]> {
  if ('all' in scope) return ofStudy(db.clips, studyId).toArray();
  const out = new Map<string, StoredClip>();
  // toArray then filter: Dexie's filter() walks a cursor, many times slower than getAll.
  if (scope.since !== undefined) for (const c of await db.clips.where('updatedAt').aboveOrEqual(scope.since).toArray()) out.set(c.id, c);
  if ('ids' in scope) for (const c of await db.clips.bulkGet([...scope.ids])) if (c) out.set(c.id, c);
  return [...out.values()].filter((c) => c.studyId === studyId);
}

/** The study's records in this database. Call inside a transaction (or not, for a read-only look). */
export async function readLocalSlice(db: JourneyLensDB, studyId: string, scope: ClipScope = { all: true }): Promise<StudySlice> {
  const [study, brands, clips, findings, rubric, tombstones] = await Promise.all([
    db.studies.get(studyId),
    db.brands.where('studyId').equals(studyId).toArray(),
    clipsIn(db, studyId, scope),
    db.findings.where('studyId').equals(studyId).toArray(),
    db.rubric.where('studyId').equals(studyId).toArray(),
    db.tombstones.where('studyId').equals(studyId).toArray(),
  ]);
  const framework = study && !BUILTIN_IDS.has(study.frameworkId) ? await db.frameworks.get(study.frameworkId) : undefined;
  return {
    studies: study ? [study] : [],
    frameworks: framework ? [framework] : [],
    brands,
    clips: clips.map(fromStored),
    findings,
    rubric,
    tombstones: tombstones.filter((t) => syncedTombstone(t, studyId)),
  };
}

/** A slice as a backup document, so `mergeBackups` resolves it exactly as it resolves files. */
export function sliceAsBackup(slice: StudySlice): BackupDoc {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '1970-01-01T00:00:00.000Z',
    activeStudyId: null,
    // Walk-throughs stay on the researcher's machine for now (not synced).
    walks: [],
    walkSteps: [],
    ...slice,
    screenshots: [],
  } as BackupDoc;
}

/** The slice of one study out of a (merged) backup document. */
export function sliceOfBackup(doc: BackupDoc, studyId: string): StudySlice {
  const study = doc.studies.find((s) => s.id === studyId);
  return {
    studies: study ? [study] : [],
    frameworks: study ? doc.frameworks.filter((f) => f.id === study.frameworkId) : [],
    brands: doc.brands.filter((b) => b.studyId === studyId),
    clips: doc.clips.filter((c) => c.studyId === studyId),
    findings: doc.findings.filter((f) => f.studyId === studyId),
    rubric: doc.rubric.filter((r) => r.studyId === studyId),
    tombstones: doc.tombstones.filter((t) => syncedTombstone(t, studyId)),
  };
}
