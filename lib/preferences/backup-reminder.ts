import { definePreference } from './preference';

/** Clips saved since the last backup before the side panel reminds to back up. */
export const BACKUP_REMINDER_AFTER = 50;

import type { BackupReminder } from './shapes';
export type { BackupReminder } from './shapes';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * Reads any stored value, each field falling back on its own (never throws).
 * Without zod: the side panel reads it at once (the write rule, with zod, is
 * `StoredBackupReminderSchema`).
 */
export function readBackupReminder(value: unknown): BackupReminder {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const n = v.clipsSinceBackup;
  return {
    lastBackupAt: typeof v.lastBackupAt === 'string' && ISO_UTC.test(v.lastBackupAt) && !Number.isNaN(Date.parse(v.lastBackupAt)) ? v.lastBackupAt : null,
    clipsSinceBackup: typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0,
  };
}

export const backupReminderPref = definePreference<BackupReminder>({
  key: 'local:backupReminder',
  version: 1,
  read: { safeParse: (value) => ({ success: true, data: readBackupReminder(value) }) },
  write: async () => (await import('./write-schemas')).StoredBackupReminderSchema,
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
