import { addClips, clearAllClips, clipWriteTables } from '../db/clip-writes';
import type { JourneyLensDB } from '../db/database';
import { META_KEYS, setMeta } from '../db/meta-repo';
import type { BackupDoc } from './backup-schema';
import { createBackup, base64ToBlob } from './create-backup';
import { canonical, findingId, mergeBackups } from './merge-backups';
import { restorePreferences } from '../preferences/backup-preferences';

export type RestoreMode = 'merge' | 'replace';

export interface RestorePreview {
  studies: number;
  clips: number;
  /** Records in the file that this database does not have. */
  added: number;
  /** Records in the file that are newer than this database's copy. */
  updated: number;
  /** Records that differ but where this database's copy is newer (it is kept in a merge). */
  conflicting: number;
  unchanged: number;
  /** Records a merge deletes because the file carries their deletion. */
  deleted: number;
}

type Keyed = { id: string; updatedAt?: string };

function keyedRecords(doc: BackupDoc): Map<string, Keyed & { canon: string }> {
  const out = new Map<string, Keyed & { canon: string }>();
  const put = (table: string, id: string, r: object & { updatedAt?: string }) =>
    out.set(`${table}:${id}`, { id, updatedAt: r.updatedAt, canon: canonical(r) });
  doc.studies.forEach((r) => put('studies', r.id, r));
  doc.frameworks.forEach((r) => put('frameworks', r.id, r));
  doc.brands.forEach((r) => put('brands', r.id, r));
  doc.clips.forEach((r) => put('clips', r.id, r));
  doc.findings.forEach((r) => put('findings', findingId(r), r));
  doc.rubric.forEach((r) => put('rubric', findingId(r), r));
  return out;
}

/** What restoring `incoming` would do to this database. Reads only. */
export async function previewRestore(db: JourneyLensDB, incoming: BackupDoc): Promise<RestorePreview> {
  const local = keyedRecords(await createBackup(db));
  const theirs = keyedRecords(incoming);
  const preview: RestorePreview = { studies: incoming.studies.length, clips: incoming.clips.length, added: 0, updated: 0, conflicting: 0, unchanged: 0, deleted: 0 };
  for (const [key, r] of theirs) {
    const mine = local.get(key);
    if (!mine) preview.added++;
    else if (mine.canon === r.canon) preview.unchanged++;
    else if ((r.updatedAt ?? '') >= (mine.updatedAt ?? '')) preview.updated++;
    else preview.conflicting++;
  }
  const tomb = new Map(incoming.tombstones.map((t) => [t.id, t.deletedAt]));
  for (const [key, mine] of local) {
    const at = tomb.get(key.slice(key.indexOf(':') + 1));
    if (at !== undefined && (mine.updatedAt ?? '') <= at) preview.deleted++;
  }
  return preview;
}

/** The study stage models after a restore: the file's (the newer one per study in a merge), for the studies kept. */
function restoredStageModels(local: BackupDoc | undefined, incoming: BackupDoc, studies: ReadonlySet<string>): NonNullable<BackupDoc['stageModels']> {
  const out = new Map((local?.stageModels ?? []).map((m) => [m.studyId, m]));
  for (const m of incoming.stageModels ?? []) {
    const mine = out.get(m.studyId);
    if (!mine || m.updatedAt >= mine.updatedAt) out.set(m.studyId, m);
  }
  return [...out.values()].filter((m) => studies.has(m.studyId));
}

/**
 * Restores a validated backup in one transaction: `replace` makes the
 * database equal to the file; `merge` combines them (see mergeBackups).
 * The clips go through the clip-write unit of work, which derives their cell
 * aggregates, search terms and CSV rows; the file's preferences follow
 * (`restorePreferences`). Returns the study to land in.
 */
export async function applyRestore(db: JourneyLensDB, incoming: BackupDoc, mode: RestoreMode): Promise<string | null> {
  const local = mode === 'replace' ? undefined : await createBackup(db);
  const target = local ? mergeBackups(local, incoming) : incoming;
  const stageModels = restoredStageModels(local, incoming, new Set(target.studies.map((s) => s.id)));
  const tables = [...clipWriteTables(db), db.studies, db.frameworks, db.brands, db.findings, db.rubric, db.screenshots, db.meta, db.walks, db.walkSteps, db.stageModels];
  const land = await db.transaction('rw', tables, async () => {
    await Promise.all([clearAllClips(db), db.studies.clear(), db.brands.clear(), db.findings.clear(), db.rubric.clear(), db.screenshots.clear(), db.tombstones.clear(), db.walks.clear(), db.walkSteps.clear(), db.stageModels.clear()]);
    await db.stageModels.bulkPut(stageModels.map((m) => ({ id: m.studyId, ...m })));
    await db.frameworks.bulkPut(target.frameworks);
    await db.studies.bulkAdd(target.studies);
    await db.brands.bulkAdd(target.brands);
    // Through the clip-write unit of work: search terms, CSV rows and cell aggregates follow.
    await addClips(db, target.clips);
    await db.findings.bulkAdd(target.findings);
    await db.rubric.bulkAdd(target.rubric);
    await db.screenshots.bulkAdd(
      target.screenshots.map((s) => ({ id: s.id, clipId: s.clipId, mime: s.mime, data: base64ToBlob(s.data, s.mime), width: s.width, height: s.height, createdAt: s.createdAt })),
    );
    await db.tombstones.bulkAdd(target.tombstones);
    await db.walks.bulkAdd(target.walks);
    await db.walkSteps.bulkAdd(target.walkSteps);
    const land = incoming.activeStudyId && target.studies.some((s) => s.id === incoming.activeStudyId)
      ? incoming.activeStudyId
      : (target.studies[0]?.id ?? null);
    if (land) await setMeta(db, META_KEYS.activeStudyId, land);
    return land;
  });
  // Preferences live in extension storage: written once the data is in.
  await restorePreferences(incoming.preferences, mode);
  return land;
}
