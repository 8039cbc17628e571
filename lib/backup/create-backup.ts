import { fromStored } from '../db/clips-repo';
import type { JourneyLensDB } from '../db/database';
import { getActiveStudyId } from '../db/meta-repo';
import { BUILTIN_FRAMEWORKS, nowIso } from '../model';
import { allSyncConfigs } from '../db/sync-config';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDoc, type ScreenshotRecord } from './backup-schema';
import { findingId } from './merge-backups';
import { collectPreferences } from '../preferences/backup-preferences';

const BUILTIN_IDS = new Set(BUILTIN_FRAMEWORKS.map((f) => f.id));

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBlob(data: string, mime: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Everything in the database as one backup document (sorted by id, so equal data gives equal files). */
export async function createBackup(db: JourneyLensDB): Promise<BackupDoc> {
  // Preferences live in extension storage: read before the database transaction (no other await may run inside it).
  const preferences = await collectPreferences(new Set((await db.studies.toCollection().primaryKeys()) as string[]));
  return db.transaction('r', [db.studies, db.frameworks, db.brands, db.clips, db.findings, db.rubric, db.screenshots, db.tombstones, db.meta, db.walks, db.walkSteps, db.stageModels], async () => {
    const [studies, frameworks, brands, stored, findings, rubric, shots, tombstones, activeStudyId, walks, walkSteps, stageModels] = await Promise.all([
      db.studies.toArray(),
      db.frameworks.toArray(),
      db.brands.toArray(),
      db.clips.toArray(),
      db.findings.toArray(),
      db.rubric.toArray(),
      db.screenshots.toArray(),
      db.tombstones.toArray(),
      getActiveStudyId(db),
      db.walks.toArray(),
      db.walkSteps.toArray(),
      db.stageModels.toArray(),
    ]);
    // Shared studies: where their team is (the token stays out of files).
    const teams = (await allSyncConfigs(db)).map(({ studyId, server }) => ({ studyId, server })).sort((x, y) => (x.studyId < y.studyId ? -1 : 1));
    const screenshots: ScreenshotRecord[] = [];
    for (const s of shots) {
      screenshots.push({ id: s.id, clipId: s.clipId, mime: s.mime as ScreenshotRecord['mime'], data: await blobToBase64(s.data), width: s.width, height: s.height, createdAt: s.createdAt });
    }
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: nowIso(),
      activeStudyId: activeStudyId ?? null,
      studies: studies.sort(byId),
      // Built-in frameworks ship with the extension; only custom ones travel.
      frameworks: frameworks.filter((f) => !BUILTIN_IDS.has(f.id)).sort(byId),
      brands: brands.sort(byId),
      clips: stored.map(fromStored).sort(byId),
      findings: findings.sort((x, y) => (findingId(x) < findingId(y) ? -1 : 1)),
      screenshots: screenshots.sort(byId),
      tombstones: tombstones.sort(byId),
      rubric: rubric.sort((x, y) => (findingId(x) < findingId(y) ? -1 : 1)),
      // A walk being recorded travels as it is; its tab id means nothing elsewhere.
      walks: walks.map((w) => ({ ...w, tabId: -1, status: w.status === 'stopped' ? w.status : 'paused' })).sort(byId),
      walkSteps: walkSteps.sort(byId),
      ...(teams.length ? { teams } : {}),
      ...(stageModels.length ? { stageModels: stageModels.map(({ id: _id, ...m }) => m).sort((x, y) => (x.studyId < y.studyId ? -1 : 1)) } : {}),
      preferences,
    } as BackupDoc;
  });
}
