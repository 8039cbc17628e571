import type { JourneyLensDB } from '../db/database';
import { allSyncConfigs, setSyncConfig } from '../db/sync-config';
import { SyncConfigSchema, type SyncConfig, type TeamRef } from '../model/team';

/**
 * After a restore: a backup's shared studies come back as local studies (a backup
 * never holds a token, and nothing connects by itself). These are the ones the
 * restore flow offers to rejoin: in the database now and not shared here already.
 */
export async function teamsToRejoin(db: JourneyLensDB, teams: readonly TeamRef[] | undefined): Promise<(TeamRef & { name: string })[]> {
  if (!teams?.length) return [];
  const shared = new Set((await allSyncConfigs(db)).map((c) => c.studyId));
  const studies = await db.studies.bulkGet(teams.map((t) => t.studyId));
  return teams.flatMap((t, i) => {
    const study = studies[i];
    return study && !study.archived && !shared.has(t.studyId) ? [{ ...t, name: study.name }] : [];
  });
}

/** Rejoins a restored study's team with the token the user typed; throws (zod) on an empty token. */
export async function rejoinTeam(db: JourneyLensDB, team: TeamRef, token: string): Promise<SyncConfig> {
  const config = SyncConfigSchema.parse({ studyId: team.studyId, server: team.server, token: token.trim() });
  await setSyncConfig(db, config);
  return config;
}
