import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_AFTER, backupDue, checkCanary, requestPersistence } from '../../../lib/db/durability';
import { saveDrafts } from '../../../lib/db/clips-repo';
import { META_KEYS, setMeta } from '../../../lib/db/meta-repo';
import { draft, freshDb } from './helpers';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('durability', () => {
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
    expect(await backupDue(db)).toBe(0);
    await saveDrafts(db, study.id, [draft({ studyId: study.id })]);
    expect(await backupDue(db)).toBe(BACKUP_REMINDER_AFTER);
    await setMeta(db, META_KEYS.clipsSinceBackup, 0);
    expect(await backupDue(db)).toBe(0);
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
