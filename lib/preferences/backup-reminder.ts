import { z } from 'zod';
import { definePreference } from './preference';

/** Clips saved since the last backup before the side panel reminds to back up. */
export const BACKUP_REMINDER_AFTER = 50;

/** The backup reminder's counters: when the last backup was saved, and clips saved since. */
export const BackupReminderSchema = z.object({
  lastBackupAt: z.iso.datetime().nullable().catch(null),
  clipsSinceBackup: z.number().int().nonnegative().catch(0),
});
export type BackupReminder = z.infer<typeof BackupReminderSchema>;

const StoredBackupReminderSchema = z.strictObject({
  lastBackupAt: z.iso.datetime().nullable(),
  clipsSinceBackup: z.number().int().nonnegative(),
});

export const backupReminderPref = definePreference<BackupReminder>({
  key: 'local:backupReminder',
  version: 1,
  read: BackupReminderSchema,
  write: StoredBackupReminderSchema,
  fallback: Object.freeze({ lastBackupAt: null, clipsSinceBackup: 0 }) as BackupReminder,
});

/** Counts clips just saved (after their transaction committed). A counter that fails to count never fails the save. */
export async function countSavedClips(n: number): Promise<void> {
  if (n <= 0) return;
  await backupReminderPref
    .update((r) => ({ ...r, clipsSinceBackup: r.clipsSinceBackup + n }))
    .catch((e: unknown) => console.warn('[journey-lens] backup reminder not counted', e));
}

/** A backup was saved: the count starts again. */
export async function markBackedUp(at: string = new Date().toISOString()): Promise<void> {
  await backupReminderPref.update(() => ({ lastBackupAt: at, clipsSinceBackup: 0 }));
}

/** Clips saved since the last backup, when it is time to remind (else 0). */
export const backupDueCount = (r: BackupReminder): number => (r.clipsSinceBackup >= BACKUP_REMINDER_AFTER ? r.clipsSinceBackup : 0);
