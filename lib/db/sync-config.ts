import type { JourneyLensDB } from './database';
import { SyncConfigSchema, type SyncConfig } from '../model/team';
import { SYNC_KEY_PREFIX, syncMetaKey } from './sync-keys';

/* A study's team settings are kept in `meta` (local, never in backups); their shape is lib/model/team.ts. */

export async function getSyncConfig(db: JourneyLensDB, studyId: string): Promise<SyncConfig | undefined> {
  const parsed = SyncConfigSchema.safeParse((await db.meta.get(syncMetaKey(studyId)))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function setSyncConfig(db: JourneyLensDB, config: SyncConfig): Promise<void> {
  await db.meta.put({ key: syncMetaKey(config.studyId), value: SyncConfigSchema.parse(config) });
}

/** Leaving a team: the study and its records stay, only the connection settings go. */
export async function clearSyncConfig(db: JourneyLensDB, studyId: string): Promise<void> {
  await db.meta.delete(syncMetaKey(studyId));
}

/** Every study's team settings in this database (invalid entries skipped). */
export async function allSyncConfigs(db: JourneyLensDB): Promise<SyncConfig[]> {
  const rows = await db.meta.where(':id').startsWith(SYNC_KEY_PREFIX).toArray();
  return rows.flatMap((r) => {
    const parsed = SyncConfigSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  });
}

