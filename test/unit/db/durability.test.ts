import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkCanary, requestPersistence } from '../../../lib/db/durability';
import { saveDraft, saveDrafts } from '../../../lib/db/clips-repo';
import { BACKUP_REMINDER_AFTER, backupDueCount, backupReminderPref, markBackedUp } from '../../../lib/preferences/backup-reminder';
import { draft, freshDb } from './helpers';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

const backupDue = async () => backupDueCount(await backupReminderPref.get());

describe('durability', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the canary reports first run, then ok, then a wiped database', async () => {
    const { db } = await freshDb();
    const mirror = memoryStorage();
    expect(await checkCanary(db, mirror)).toBe('first-run');
    expect(await checkCanary(db, mirror)).toBe('ok');
    await db.meta.clear(); // what a wiped or replaced database looks like
    expect(await checkCanary(db, mirror)).toBe('wiped');
    expect(await checkCanary(db, mirror)).toBe('ok');
  });

  it('reminds to back up after 50 new clips, and not after a backup', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, Array.from({ length: BACKUP_REMINDER_AFTER - 1 }, () => draft({ studyId: study.id })));
    expect(await backupDue()).toBe(0);
    const one = draft({ studyId: study.id });
    await saveDraft(db, one);
    expect(await backupDue()).toBe(BACKUP_REMINDER_AFTER);
    // The same draft again is a duplicate: not counted.
    await saveDraft(db, one);
    await saveDrafts(db, study.id, [one]);
    expect(await backupDue()).toBe(BACKUP_REMINDER_AFTER);
    await markBackedUp('2026-12-01T10:00:00.000Z');
    expect(await backupDue()).toBe(0);
    expect(await backupReminderPref.get()).toEqual({ lastBackupAt: '2026-12-01T10:00:00.000Z', clipsSinceBackup: 0 });
  });

  it('asks for persistent storage once and reports the answer', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => (asked++, true) } as unknown as StorageManager;
    expect(await requestPersistence(storage)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false } as unknown as StorageManager)).toBe(true);
    expect(await requestPersistence(undefined)).toBeNull();
  });
});
