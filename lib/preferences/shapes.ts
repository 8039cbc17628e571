import type { ViewPrefs } from './view-arrangement';

/**
 * The shapes of stored preference groups, apart from their readers and their
 * zod write schemas (`write-schemas.ts`), which both name them.
 */

/** The backup reminder's counters: when the last backup was saved, and clips saved since. */
export interface BackupReminder {
  lastBackupAt: string | null;
  clipsSinceBackup: number;
}

/** Every study's matrix arrangement, by study id. */
export type AllViewPrefs = Record<string, ViewPrefs>;
