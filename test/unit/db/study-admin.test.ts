import { describe, expect, it } from 'vitest';
import type { JourneyLensDB } from '../../../lib/db/database';
import { saveDrafts } from '../../../lib/db/clips-repo';
import { setFinding } from '../../../lib/db/findings-repo';
import { getActiveStudyId } from '../../../lib/db/meta-repo';
import { addStage } from '../../../lib/db/stages-repo';
import { frameworkOf, setActiveStudy } from '../../../lib/db/active-study';
import { getActiveStudy } from '../../../lib/db/studies-repo';
import {
  NoStagesError,
  createStudy,
  deleteStudy,
  duplicateStudy,
  parseStageList,
  renameStudy,
  setStudyArchived,
  setStudyLenses,
  studyCounts,
  undoDeleteStudy,
} from '../../../lib/db/study-admin';
import { getViewPrefs, setViewPrefs } from '../../../lib/preferences/view-prefs';
import { setRubricItem } from '../../../lib/db/rubric-repo';
import { lookForKey } from '../../../lib/matrix/coverage';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from './helpers';
import { ofStudy } from '../../../lib/db/clip-reads';

/** Every table's rows, sorted by key, for exact before/after comparison. */
async function dump(db: JourneyLensDB) {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) {
    const rows = await t.toArray();
    out[t.name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

async function studyWithClips(db: JourneyLensDB, name: string) {
  const study = await createStudy(db, { name, frameworkId: 'moments-of-truth' });
  await saveDrafts(db, study.id, [
    draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot', score: 4, tags: ['price'] }),
    draft({ studyId: study.id, brandName: 'Globex', stageId: 'zmot', quote: '配送很快' }),
    draft({ studyId: study.id, brandName: 'Acme', stageId: 'tmot', sentiment: 'negative' }),
  ]);
  const acme = (await db.brands.where('studyId').equals(study.id).toArray()).find((b) => b.name === 'Acme')!;
  await setFinding(db, { studyId: study.id, brandId: acme.id, stageId: 'fmot' }, 'Clear pricing');
  await db.anchors.put({ clipId: (await ofStudy(db.clips, study.id).first())!.id, studyId: study.id, status: 'changed', foundText: 'x', checkedAt: new Date().toISOString() });
  await setViewPrefs(study.id, { order: [acme.id], hidden: [], transposed: true });
  await setRubricItem(db, { studyId: study.id, brandId: acme.id, stageId: 'zmot' }, lookForKey(MOMENTS_OF_TRUTH.stages[1]!.lookFor[0]!), true);
  const clip = (await ofStudy(db.clips, study.id).first())!;
  // Bytes stand in for the image Blob (Node's structured clone has no Blob); the table does not care.
  await db.screenshots.put({ id: `s-${clip.id}`, clipId: clip.id, mime: 'image/jpeg', data: new Uint8Array([1, 2, 3]) as unknown as Blob, width: 2, height: 1, createdAt: clip.capturedAt });
  return study;
}

describe('studies: create, rename, lenses, archive', () => {
  it('creates a custom framework from stage names, and refuses one without stages', async () => {
    const { db } = await freshDb();
    const study = await createStudy(db, { name: 'Hotels', frameworkId: 'custom', customStages: ['Dream', 'Plan → Book', '', 'dream'] });
    const fw = await frameworkOf(db, study);
    expect(fw).toMatchObject({ id: `custom-${study.id}`, builtin: false });
    expect(fw.stages.map((s) => [s.id, s.short.en])).toEqual([['custom-1', 'Dream'], ['custom-2', 'Plan'], ['custom-3', 'Book']]);
    await expect(createStudy(db, { name: 'Empty', frameworkId: 'custom', customStages: [' '] })).rejects.toBeInstanceOf(NoStagesError);
    expect(parseStageList('知晓\n搜索 > 比较;购买')).toEqual(['知晓', '搜索', '比较', '购买']);
  });

  it('renames (validated) and sets which lenses the form shows', async () => {
    const { db, study } = await freshDb();
    await renameStudy(db, study.id, '  Trail shoes 2027 ');
    expect((await db.studies.get(study.id))?.name).toBe('Trail shoes 2027');
    await expect(renameStudy(db, study.id, '   ')).rejects.toThrow();
    await setStudyLenses(db, study.id, { sentiment: true, score: false, behavior: false, servqual: true });
    expect((await db.studies.get(study.id))?.lenses).toEqual({ sentiment: true, score: false, behavior: false, servqual: true });
  });

  it('archiving the active study hands over to another; unarchiving brings it back to the list', async () => {
    const { db, study } = await freshDb();
    const other = await createStudy(db, { name: 'Other', frameworkId: 'b2b-journey' });
    await setStudyArchived(db, study.id, true);
    expect(await getActiveStudyId(db)).toBe(other.id);
    expect((await db.studies.get(study.id))?.archived).toBe(true);
    await setStudyArchived(db, study.id, false);
    expect((await db.studies.get(study.id))?.archived).toBe(false);
    expect(await getActiveStudyId(db)).toBe(other.id);
  });
});

describe('duplicating a study', () => {
  it('copies framework (own copy of custom stages), brands, lenses and arrangement, but no clips', async () => {
    const { db } = await freshDb();
    const study = await studyWithClips(db, 'Q1');
    await addStage(db, study.id, 'Loyalty');
    await setStudyLenses(db, study.id, { sentiment: false, score: true, behavior: true, servqual: false });
    const copy = await duplicateStudy(db, study.id, 'Q2');
    expect(copy).toMatchObject({ name: 'Q2', frameworkId: `custom-${copy.id}`, lenses: { sentiment: false, servqual: false }, sample: false });
    expect((await frameworkOf(db, copy)).stages.map((s) => s.id)).toEqual((await frameworkOf(db, (await db.studies.get(study.id))!)).stages.map((s) => s.id));
    const brands = await db.brands.where('studyId').equals(copy.id).toArray();
    expect(brands.map((b) => b.name).sort()).toEqual(['Acme', 'Globex']);
    expect(await ofStudy(db.clips, copy.id).count()).toBe(0);
    const prefs = await getViewPrefs(copy.id);
    expect(prefs).toMatchObject({ order: [brands.find((b) => b.name === 'Acme')!.id], hidden: [], transposed: true });
    // The original is untouched.
    expect(await ofStudy(db.clips, study.id).count()).toBe(3);
    expect((await studyCounts(db, [study.id, copy.id])).get(copy.id)).toEqual({ clips: 0, brands: 2 });
  });
});

describe('deleting a study', () => {
  it('removes everything of that study only, leaves a tombstone, and undo restores the database exactly', async () => {
    const { db } = await freshDb();
    const keep = await studyWithClips(db, 'Keep');
    const gone = await studyWithClips(db, 'Gone');
    await addStage(db, gone.id, 'Extra');
    await setActiveStudy(db, gone.id);
    const before = await dump(db);

    const deleted = await deleteStudy(db, gone.id);
    expect(deleted.clipCount).toBe(3);
    expect(deleted.wasActive).toBe(true);
    expect(await db.studies.get(gone.id)).toBeUndefined();
    expect(await ofStudy(db.clips, gone.id).count()).toBe(0);
    expect(await ofStudy(db.clips, keep.id).count()).toBeGreaterThan(0);
    for (const t of ['brands', 'cells', 'findings', 'anchors', 'rubric']) {
      expect(await db.table(t).where('studyId').equals(gone.id).count(), t).toBe(0);
      expect(await db.table(t).where('studyId').equals(keep.id).count(), t).toBeGreaterThan(0);
    }
    expect(await db.clipTerms.count()).toBe(3);
    expect(await db.screenshots.count()).toBe(1);
    expect(await db.frameworks.get(`custom-${gone.id}`)).toBeUndefined();
    // The matrix arrangement (extension storage) stays: Undo finds it again.
    expect(await getViewPrefs(gone.id)).toMatchObject({ transposed: true });
    expect(await db.tombstones.get(gone.id)).toMatchObject({ table: 'studies' });
    expect((await getActiveStudy(db, 'x')).id).not.toBe(gone.id);

    await undoDeleteStudy(db, deleted);
    expect(await dump(db)).toEqual(before);
  });

  it('deleting the last study leaves none until the defaults are made again', async () => {
    const { db, study } = await freshDb();
    await deleteStudy(db, study.id);
    expect(await db.studies.count()).toBe(0);
    const next = await getActiveStudy(db, 'Fresh');
    expect(next.name).toBe('Fresh');
  });
});
