/**
 * Where a study's team settings live in `meta` (local only: never synced, never in a backup).
 * Schema-free, so the side panel's first paint can check for them without loading zod.
 */
export const SYNC_KEY_PREFIX = 'sync.';

export function syncMetaKey(studyId: string): string {
  return SYNC_KEY_PREFIX + studyId;
}
