import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdSchema } from '../../../lib/model/ids';
import { readBackupReminder } from '../../../lib/preferences/backup-reminder';
import { PREF_ID_RE, readAllViewPrefs, readViewPrefs } from '../../../lib/preferences/view-prefs';
import { StoredAllViewPrefsSchema, StoredBackupReminderSchema } from '../../../lib/preferences/write-schemas';

describe('the zod-free readers of the preferences the side panel loads at once', () => {
  it('take an id exactly as IdSchema does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/)), (s) => {
        expect(PREF_ID_RE.test(s)).toBe(IdSchema.safeParse(s).success);
      }),
      { numRuns: 500 },
    );
  });

  it('read any value as something the write schema accepts (so reading, changing and writing back never fails)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string({ maxLength: 8 }), fc.anything()), (x, all) => {
        expect(StoredAllViewPrefsSchema.safeParse({ s1: readViewPrefs(x) }).success).toBe(true);
        expect(StoredAllViewPrefsSchema.safeParse(readAllViewPrefs(all)).success).toBe(true);
        expect(StoredBackupReminderSchema.safeParse(readBackupReminder(x)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fall back field by field', () => {
    expect(readViewPrefs({ order: ['b-1', 'no spaces', 7, 'b-1'], transposed: 'yes', cellMode: 'score', showFindings: true })).toEqual({
      order: ['b-1'], hidden: [], transposed: false, cellMode: 'score', showFindings: true, imageFindings: false,
    });
    expect(readAllViewPrefs({ 'ok-id': { transposed: true }, 'bad id': {}, other: 'garbage' })).toEqual({
      'ok-id': { order: [], hidden: [], transposed: true, cellMode: 'clips', showFindings: false, imageFindings: false },
      other: { order: [], hidden: [], transposed: false, cellMode: 'clips', showFindings: false, imageFindings: false },
    });
    expect(readAllViewPrefs(['x'])).toEqual({});
    expect(readBackupReminder({ lastBackupAt: 'yesterday', clipsSinceBackup: 2.5 })).toEqual({ lastBackupAt: null, clipsSinceBackup: 0 });
    expect(readBackupReminder({ lastBackupAt: '2026-12-01T10:00:00.000Z', clipsSinceBackup: 12 })).toEqual({ lastBackupAt: '2026-12-01T10:00:00.000Z', clipsSinceBackup: 12 });
  });
});
