import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { platform } from '@/lib/platform';
import { scheduleCatchUp } from '@/lib/sync/catch-up-alarm';
import { clearSyncConfig, serverOrigins, setSyncConfig, SyncConfigSchema, type SyncConfig } from '@/lib/db/sync-config';

/** The background's catch-up alarm follows the team settings (set while a study is shared). */
function keepCatchUpAlarm(): Promise<unknown> {
  return scheduleCatchUp(getDb(), browser.alarms).catch((e: unknown) => console.warn('[journey-lens] catch-up alarm', e));
}

/**
 * Shares, joins or rejoins: asks for that one server's host permission, then keeps the
 * study's team settings. Call it first thing in the click, with no await before
 * (Firefox grants permissions only while the click is handled). False when refused.
 */
export function connectTeam(config: SyncConfig): Promise<boolean> {
  const valid = SyncConfigSchema.parse(config);
  return platform.requestHostPermission(serverOrigins(valid.server)).then(async (granted) => {
    if (!granted) return false;
    await setSyncConfig(getDb(), valid);
    await keepCatchUpAlarm();
    return true;
  });
}

/** Leaves a study's team: the study and its records stay as a local study. */
export async function leaveTeam(studyId: string): Promise<void> {
  await clearSyncConfig(getDb(), studyId);
  await keepCatchUpAlarm();
}
