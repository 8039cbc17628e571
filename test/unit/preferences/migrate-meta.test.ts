import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { backupReminderPref } from '../../../lib/preferences/backup-reminder';
import { hiddenHighlightsPref } from '../../../lib/preferences/hidden-highlights';
import { LEGACY_META_KEYS, movePreferencesOutOfMeta } from '../../../lib/db/move-preferences-out-of-meta';
import { settingsPref } from '../../../lib/preferences/settings';
import { getViewPrefs, viewPrefsPref } from '../../../lib/preferences/view-prefs';
import { freshDb } from '../db/helpers';

beforeEach(() => fakeBrowser.reset());

/** The meta rows an extension before this change left behind (values as it wrote them). */
async function legacyDb() {
  const { db, study } = await freshDb();
  await db.meta.bulkPut([
    { key: 'settings', value: { clipButton: false, clipButtonOffSites: ['acme.test', 'globex.test'], screenshotDefault: true } },
    { key: 'highlightsHidden', value: { all: false, pages: ['https://acme.test/pricing', 'https://globex.test/'] } },
    { key: 'lastBackupAt', value: '2026-11-30T09:15:00.000Z' },
    { key: 'clipsSinceBackup', value: 37 },
    { key: `view:${study.id}`, value: { order: ['b-2', 'b-1'], hidden: ['b-3'], transposed: true, cellMode: 'coverage', showFindings: true } },
    // Before the rubric: no cellMode, no findings switches.
    { key: 'view:older-study', value: { order: ['b-9'], hidden: [], transposed: false } },
  ]);
  return { db, study };
}

describe('moving preferences out of the meta table', () => {
  it('moves every preference into its storage item, loses none, and removes only the moved rows', async () => {
    const { db, study } = await legacyDb();
    const moved = await movePreferencesOutOfMeta(db);
    expect([...moved].sort()).toEqual(['clipsSinceBackup', 'highlightsHidden', 'lastBackupAt', 'settings', `view:${study.id}`, 'view:older-study'].sort());

    expect(await settingsPref.get()).toEqual({ clipButton: false, clipButtonOffSites: ['acme.test', 'globex.test'], screenshotDefault: true });
    expect(await hiddenHighlightsPref.get()).toEqual({ all: false, pages: ['https://acme.test/pricing', 'https://globex.test/'] });
    expect(await backupReminderPref.get()).toEqual({ lastBackupAt: '2026-11-30T09:15:00.000Z', clipsSinceBackup: 37 });
    expect(await getViewPrefs(study.id)).toEqual({ order: ['b-2', 'b-1'], hidden: ['b-3'], transposed: true, cellMode: 'coverage', showFindings: true, imageFindings: false });
    expect(await getViewPrefs('older-study')).toEqual({ order: ['b-9'], hidden: [], transposed: false, cellMode: 'clips', showFindings: false, imageFindings: false });
    // Stored for real (not just read as fallbacks), under the item keys, with WXT's version meta.
    const raw = await browser.storage.local.get(null);
    expect(Object.keys(raw).sort()).toEqual(['backupReminder', 'hiddenHighlights', 'settings', 'viewPrefs', ...['backupReminder$', 'hiddenHighlights$', 'settings$', 'viewPrefs$'].filter((k) => k in raw)].sort());

    // The rows are gone; what belongs with the data stays.
    for (const key of Object.values(LEGACY_META_KEYS).filter((k) => k !== 'view:')) expect(await db.meta.get(key), key).toBeUndefined();
    expect(await db.meta.where('key').startsWith('view:').count()).toBe(0);
    expect(await db.meta.get('activeStudyId')).toMatchObject({ value: study.id });
  });

  it('runs again harmlessly, and a value written in storage since the update wins over an old row', async () => {
    const { db } = await legacyDb();
    await settingsPref.set({ clipButton: true, clipButtonOffSites: ['initech.test'], screenshotDefault: false });
    await movePreferencesOutOfMeta(db);
    expect(await settingsPref.get()).toEqual({ clipButton: true, clipButtonOffSites: ['initech.test'], screenshotDefault: false });
    expect(await db.meta.get('settings')).toBeUndefined();
    const before = await browser.storage.local.get(null);
    expect(await movePreferencesOutOfMeta(db)).toEqual([]);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('a damaged row moves as what it reads as (fields fall back one by one), never as an error', async () => {
    const { db } = await freshDb();
    await db.meta.bulkPut([
      { key: 'settings', value: { clipButton: 'yes', clipButtonOffSites: ['ok.test', '<b>x</b>', 42] } },
      { key: 'clipsSinceBackup', value: -3 },
      { key: 'highlightsHidden', value: 'garbage' },
    ]);
    await movePreferencesOutOfMeta(db);
    expect(await settingsPref.get()).toEqual({ clipButton: true, clipButtonOffSites: ['ok.test'], screenshotDefault: false });
    expect(await backupReminderPref.get()).toEqual({ lastBackupAt: null, clipsSinceBackup: 0 });
    expect(await hiddenHighlightsPref.get()).toEqual({ all: false, pages: [] });
    expect(await db.meta.count()).toBe(1); // activeStudyId only
  });

  it('a fresh install has nothing to move and writes nothing', async () => {
    const { db } = await freshDb();
    expect(await movePreferencesOutOfMeta(db)).toEqual([]);
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await viewPrefsPref.get()).toEqual({});
  });
});
