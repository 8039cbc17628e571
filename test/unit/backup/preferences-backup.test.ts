import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackup } from '../../../lib/backup/create-backup';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { applyRestore } from '../../../lib/backup/restore-backup';
import { saveDraft } from '../../../lib/db/clips-repo';
import { hideHighlights, hiddenHighlightsPref } from '../../../lib/preferences/hidden-highlights';
import { setClipButtonForSite, settingsPref, updateSettings } from '../../../lib/preferences/settings';
import { getViewPrefs, setViewPrefs } from '../../../lib/preferences/view-prefs';
import { draft, freshDb } from '../db/helpers';

beforeEach(() => fakeBrowser.reset());

/** A device with a study, two brands and every kind of preference set. */
async function deviceWithPreferences() {
  const { db, study } = await freshDb();
  const acme = (await saveDraft(db, draft({ studyId: study.id, brandName: 'Acme' }))).clip.brandId;
  const globex = (await saveDraft(db, draft({ studyId: study.id, brandName: 'Globex' }))).clip.brandId;
  await updateSettings({ screenshotDefault: true, clipButton: false });
  await setClipButtonForSite('acme.test', false);
  await hideHighlights('https://acme.test/pricing', 'page', true);
  await setViewPrefs(study.id, { order: [globex, acme], hidden: [acme], transposed: true, cellMode: 'score', showFindings: true, imageFindings: false });
  await setViewPrefs('some-deleted-study', { order: [], hidden: [], transposed: true });
  return { db, study, acme, globex };
}

/** Through the file, as a user moves it: JSON text, parsed and validated. */
const throughFile = async (doc: unknown) => {
  const parsed = parseBackup(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
};

describe('preferences in the backup', () => {
  it('a backup carries the settings, hidden highlights and the arrangements of its studies; restoring on a new device writes them', async () => {
    const { db, study, acme, globex } = await deviceWithPreferences();
    const doc = await throughFile(await createBackup(db));
    expect(doc.preferences?.settings).toEqual({ clipButton: false, clipButtonOffSites: ['acme.test'], screenshotDefault: true });
    expect(Object.keys(doc.preferences?.viewPrefs ?? {})).toEqual([study.id]);

    fakeBrowser.reset(); // another computer: no preferences at all
    const { db: other } = await freshDb();
    await applyRestore(other, doc, 'replace');
    expect(await settingsPref.get()).toEqual({ clipButton: false, clipButtonOffSites: ['acme.test'], screenshotDefault: true });
    expect(await hiddenHighlightsPref.get()).toEqual({ all: false, pages: ['https://acme.test/pricing'] });
    expect(await getViewPrefs(study.id)).toEqual({ order: [globex, acme], hidden: [acme], transposed: true, cellMode: 'score', showFindings: true, imageFindings: false });
  });

  it('an older backup without preferences still restores, and leaves this device’s preferences as they are', async () => {
    const { db } = await deviceWithPreferences();
    const { preferences: _gone, ...old } = await createBackup(db);
    const doc = await throughFile({ ...old, version: 1 });
    expect(doc.preferences).toBeUndefined();
    const before = { settings: await settingsPref.get(), hidden: await hiddenHighlightsPref.get() };
    const { db: other } = await freshDb();
    await applyRestore(other, doc, 'replace');
    expect(await other.clips.count()).toBe(2);
    expect({ settings: await settingsPref.get(), hidden: await hiddenHighlightsPref.get() }).toEqual(before);
  });

  it('a merge overwrites none of this device’s preferences: sites and pages add up, studies without an arrangement take the file’s', async () => {
    const { db, study, acme } = await deviceWithPreferences();
    const doc = await throughFile(await createBackup(db));
    fakeBrowser.reset();
    await updateSettings({ clipButton: true, screenshotDefault: false, clipButtonOffSites: ['globex.test'] });
    await hideHighlights('https://globex.test/', 'page', true);
    const { db: other, study: mine } = await freshDb();
    await setViewPrefs(mine.id, { order: [], hidden: [], transposed: false, cellMode: 'coverage' });
    await applyRestore(other, doc, 'merge');
    expect(await settingsPref.get()).toEqual({ clipButton: true, clipButtonOffSites: ['acme.test', 'globex.test'], screenshotDefault: false });
    expect((await hiddenHighlightsPref.get()).pages.sort()).toEqual(['https://acme.test/pricing', 'https://globex.test/']);
    expect(await getViewPrefs(study.id)).toMatchObject({ hidden: [acme], transposed: true });
    expect(await getViewPrefs(mine.id)).toMatchObject({ cellMode: 'coverage', transposed: false });
  });

  it('damaged preferences in a file read field by field and never refuse the file', async () => {
    const { db } = await deviceWithPreferences();
    const doc = await createBackup(db);
    const parsed = await throughFile({ ...doc, preferences: { settings: { clipButton: 'no', clipButtonOffSites: ['<script>', 'ok.test'] }, hiddenHighlights: 7 } });
    expect(parsed.preferences?.settings).toEqual({ clipButton: true, clipButtonOffSites: ['ok.test'], screenshotDefault: false });
    // A group that is not even an object is left out: restoring keeps this device's.
    expect(parsed.preferences?.hiddenHighlights).toBeUndefined();
  });
});

describe('preferences in the backup: a file whose preferences are not even an object', () => {
  it('restores its data without them', async () => {
    const { db } = await deviceWithPreferences();
    const doc = await createBackup(db);
    const parsed = await throughFile({ ...doc, preferences: 'nonsense' });
    expect(parsed.preferences).toBeUndefined();
    expect(parsed.clips).toHaveLength(2);
  });
});
