import { describe, expect, it } from 'vitest';
import { mergeBrands, renameBrand, restoreBrand, undoMergeBrands } from '../../../lib/db/brands-repo';
import { rebuildCells as recomputeCells } from '../../../lib/db/clip-writes';
import { revertPatch, saveDrafts, updateClip } from '../../../lib/db/clips-repo';
import { setFinding } from '../../../lib/db/findings-repo';
import { setRubricItem } from '../../../lib/db/rubric-repo';
import { META_KEYS, getActiveStudyId, getViewedStudyId, setMeta } from '../../../lib/db/meta-repo';
import { setActiveStudy, shownStudy } from '../../../lib/db/active-study';
import { getActiveStudy } from '../../../lib/db/studies-repo';
import { StageInUseError, addStage, moveStage, renameStage, restoreStages, snapshotStages } from '../../../lib/db/stages-repo';
import { createStudy, deleteStudy, dropEmptyDefaultStudies, renameStudy, undoDeleteStudy } from '../../../lib/db/study-admin';
import { createStudyWithBrands } from '../../../lib/db/study-setup';
import { moveClipsToStudy, undoMoveClips } from '../../../lib/db/move-to-study';
import { loadSampleStudy } from '../../../lib/demo/sample-study';
import { dropDraft, keepDraft, keptDrafts, parseKeptDrafts } from '../../../lib/drafts/kept-drafts';
import { frameworkOf } from '../../../lib/db/active-study';
import { createDraftHandlers } from '../../../lib/background/draft-handlers';
import { draft, freshDb } from './helpers';
import { ofStudy } from '../../../lib/db/clip-reads';

const sorted = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
const cellKey = (c: { brandId: string; stageId: string }) => c.brandId + c.stageId;

describe('the study clips go to and the study the panel shows', () => {
  it('a sample study is only viewed: never the active study, even when asked', async () => {
    const { db, study: mine } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    await setActiveStudy(db, sample.id);
    expect(await getActiveStudyId(db)).toBe(mine.id);
    expect(await getViewedStudyId(db)).toBe(sample.id);
    // Choosing a study of the researcher's makes it active and ends the viewing.
    const other = await createStudy(db, { name: 'Other', frameworkId: 'moments-of-truth' });
    await setActiveStudy(db, other.id);
    expect(await getActiveStudyId(db)).toBe(other.id);
    expect(await getViewedStudyId(db)).toBeUndefined();
  });

  it('an active pointer left on a sample (older versions) is not where clips go', async () => {
    const { db, study: mine } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    await setMeta(db, META_KEYS.activeStudyId, sample.id);
    expect((await getActiveStudy(db, 'Default')).id).toBe(mine.id);
  });

  it('shows the viewed study while it is open, else the active one, else the first', () => {
    const studies = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(shownStudy(studies, 'b', 'c')?.id).toBe('c');
    expect(shownStudy(studies, 'b', 'gone')?.id).toBe('b');
    expect(shownStudy(studies, undefined, undefined)?.id).toBe('a');
    expect(shownStudy([], 'b')).toBeUndefined();
  });

  it('deleting the viewed study hands the panel back; its Undo views it again', async () => {
    const { db } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    const deleted = await deleteStudy(db, sample.id);
    expect(deleted.wasViewed).toBe(true);
    expect(await getViewedStudyId(db)).toBeUndefined();
    await undoDeleteStudy(db, deleted);
    expect(await getViewedStudyId(db)).toBe(sample.id);
  });
});

describe('the default study a fresh install makes', () => {
  it('is marked, and removed while empty once the researcher creates a study', async () => {
    const { db, study: dflt } = await freshDb();
    expect(dflt.autoCreated).toBe(true);
    const id = await createStudyWithBrands(db, { name: 'Shoes', frameworkId: 'moments-of-truth', brands: [] });
    expect(await db.studies.get(dflt.id)).toBeUndefined();
    expect(await getActiveStudyId(db)).toBe(id);
  });

  it('stays when it holds anything, or once the researcher named it', async () => {
    const used = await freshDb();
    await saveDrafts(used.db, used.study.id, [draft({ studyId: used.study.id })]);
    await createStudyWithBrands(used.db, { name: 'Shoes', frameworkId: 'moments-of-truth', brands: [] });
    expect(await used.db.studies.get(used.study.id)).toBeDefined();

    const named = await freshDb();
    await renameStudy(named.db, named.study.id, 'Hotels');
    expect((await named.db.studies.get(named.study.id))?.autoCreated).toBeUndefined();
    await createStudyWithBrands(named.db, { name: 'Shoes', frameworkId: 'moments-of-truth', brands: [] });
    expect(await named.db.studies.get(named.study.id)).toBeDefined();
    expect(await dropEmptyDefaultStudies(named.db, 'none')).toEqual([]);
  });
});

describe('moving clips to another study', () => {
  it('files them under the target\'s brand of the same name at the same stage, and undoes exactly', async () => {
    const { db, study: from } = await freshDb();
    const to = await createStudy(db, { name: 'To', frameworkId: 'moments-of-truth' });
    await saveDrafts(db, to.id, [draft({ studyId: to.id, brandName: 'acme' })]);
    const saved = await saveDrafts(db, from.id, [draft({ studyId: from.id, brandName: 'Acme', stageId: 'amot' }), draft({ studyId: from.id, brandName: 'Zed' })]);
    const before = await ofStudy(db.clips, from.id).sortBy('id');
    const moved = await moveClipsToStudy(db, saved.saved.map((c) => c.id), to.id);
    expect(moved.createdBrandIds).toHaveLength(1);
    expect(await ofStudy(db.clips, from.id).count()).toBe(0);
    expect(await db.brands.where('studyId').equals(to.id).count()).toBe(2);
    expect(sorted(await db.cells.where('studyId').equals(to.id).toArray(), cellKey)).toEqual(sorted(await recomputeCells(db, to.id), cellKey));
    await undoMoveClips(db, moved);
    expect(await ofStudy(db.clips, from.id).sortBy('id')).toEqual(before);
    expect(await db.brands.where('studyId').equals(to.id).count()).toBe(1);
    expect(sorted(await db.cells.where('studyId').equals(from.id).toArray(), cellKey)).toEqual(sorted(await recomputeCells(db, from.id), cellKey));
  });

  it('refuses a target whose framework lacks the clip\'s stage, moving nothing', async () => {
    const { db, study: from } = await freshDb();
    const b2b = await createStudy(db, { name: 'B2B', frameworkId: 'b2b-journey' });
    const saved = await saveDrafts(db, from.id, [draft({ studyId: from.id, stageId: 'amot' })]);
    await expect(moveClipsToStudy(db, [saved.saved[0]!.id], b2b.id)).rejects.toThrow(/stage/);
    expect(await ofStudy(db.clips, from.id).count()).toBe(1);
  });
});

describe('undo of panel edits', () => {
  it('a rename is undone to the brand as it was; a name taken since is refused', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, [draft({ studyId: study.id, brandName: 'Acme' })]);
    const acme = (await db.brands.toArray())[0]!;
    const before = await renameBrand(db, acme.id, 'Acme Shoes');
    expect(before).toEqual(acme);
    await restoreBrand(db, before);
    expect(await db.brands.get(acme.id)).toMatchObject({ name: 'Acme', nameKey: acme.nameKey, aliases: acme.aliases });
    // Renaming to the same name changes nothing.
    const same = await renameBrand(db, acme.id, 'Acme');
    expect(same.updatedAt).toBe((await db.brands.get(acme.id))!.updatedAt);
  });

  it('a merge is undone: both brands, their clips, cells, findings and ticks as before, no tombstone', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, [
      draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot' }),
      draft({ studyId: study.id, brandName: 'Acme Inc', stageId: 'fmot' }),
      draft({ studyId: study.id, brandName: 'Acme Inc', stageId: 'amot' }),
    ]);
    const [acme, inc] = sorted(await db.brands.toArray(), (b) => b.name);
    await setFinding(db, { studyId: study.id, brandId: inc!.id, stageId: 'amot' }, 'slow');
    await setFinding(db, { studyId: study.id, brandId: acme!.id, stageId: 'fmot' }, 'clear');
    await setRubricItem(db, { studyId: study.id, brandId: inc!.id, stageId: 'fmot' }, 'k1', true);
    const snapshot = async () => ({
      brands: sorted(await db.brands.toArray(), (b) => b.id),
      clips: sorted(await db.clips.toArray(), (c) => c.id).map((c) => ({ id: c.id, brandId: c.brandId })),
      cells: sorted(await db.cells.toArray(), cellKey).filter((c) => c.count > 0).map((c) => [c.brandId, c.stageId, c.count]),
      findings: sorted(await db.findings.toArray(), cellKey).map((f) => [f.brandId, f.stageId, f.text]),
      rubric: sorted(await db.rubric.toArray(), cellKey).map((r) => [r.brandId, r.stageId, r.items]),
    });
    const before = await snapshot();
    const merged = await mergeBrands(db, inc!.id, acme!.id);
    expect(await db.brands.get(inc!.id)).toBeUndefined();
    await undoMergeBrands(db, merged!);
    const after = await snapshot();
    expect({ ...after, brands: after.brands.map(({ updatedAt: _u, ...b }) => b) }).toEqual({
      ...before,
      brands: before.brands.map(({ updatedAt: _u, ...b }) => b),
    });
    expect(await db.tombstones.get(inc!.id)).toBeUndefined();
  });

  it('stage edits are undone to the study\'s stages as they were; an added stage holding clips is not taken away', async () => {
    const { db, study } = await freshDb();
    const first = await snapshotStages(db, study.id);
    await renameStage(db, study.id, 'amot', 'Delivery');
    await moveStage(db, study.id, 'amot', -1);
    await restoreStages(db, first);
    expect((await db.studies.get(study.id))?.frameworkId).toBe('moments-of-truth');
    expect(await db.frameworks.get(`custom-${study.id}`)).toBeUndefined();

    await renameStage(db, study.id, 'amot', 'Delivery');
    const renamed = await snapshotStages(db, study.id);
    const added = await addStage(db, study.id, 'Repair');
    await saveDrafts(db, study.id, [draft({ studyId: study.id, stageId: added })]);
    await expect(restoreStages(db, renamed)).rejects.toBeInstanceOf(StageInUseError);
    const fw = await frameworkOf(db, (await db.studies.get(study.id))!);
    expect(fw.stages.map((s) => s.id)).toContain(added);
  });

  it('a clip patch is reverted field by field', async () => {
    const { db, study } = await freshDb();
    const { saved } = await saveDrafts(db, study.id, [draft({ studyId: study.id, stageId: 'fmot', note: 'n', score: 2 })]);
    const clip = saved[0]!;
    const patch = { stageId: 'amot', score: 5, tags: ['x'] };
    const revert = revertPatch(clip, patch);
    expect(revert).toEqual({ stageId: 'fmot', score: 2, tags: [] });
    await updateClip(db, clip.id, patch);
    const back = await updateClip(db, clip.id, revert);
    expect({ ...back, updatedAt: '' }).toEqual({ ...clip, updatedAt: '' });
  });
});

describe('kept clip drafts', () => {
  it('are kept, listed newest first, validated, and dropped', async () => {
    const { db, study } = await freshDb();
    const base = draft({ studyId: study.id, stageId: '', brandName: '' });
    await keepDraft(db, { draft: base, studyName: 'Mine', savedAt: '2026-12-01T10:00:00.000Z' });
    const newer = draft({ studyId: study.id, note: 'later' });
    await keepDraft(db, { draft: newer, studyName: 'Mine', savedAt: '2026-12-02T10:00:00.000Z' });
    await db.meta.put({ key: 'draft:junk', value: { draft: { id: 'x' } } });
    const list = await keptDrafts(db);
    expect(list.map((k) => k.draft.id)).toEqual([newer.id, base.id]);
    await dropDraft(db, newer.id);
    expect((await keptDrafts(db)).map((k) => k.draft.id)).toEqual([base.id]);
    expect(parseKeptDrafts([null, 3, { draft: base }])).toEqual([]);
  });

  it('are found again by their page (the same page under another tracking link), through the background handlers', async () => {
    const { db, study } = await freshDb();
    const handlers = createDraftHandlers(db);
    const onPage = draft({ studyId: study.id, url: 'https://www.acme.test/pricing?utm_source=x', note: 'mine' });
    const elsewhere = draft({ studyId: study.id, url: 'https://globex.test/' });
    for (const d of [onPage, elsewhere]) await handlers['draft/keep']({ type: 'draft/keep', kept: { draft: d, studyName: '', savedAt: '2026-12-02T00:00:00.000Z' } }, {});
    const found = await handlers['draft/for-page']({ type: 'draft/for-page', url: 'https://www.acme.test/pricing?utm_campaign=y' }, {});
    expect(found.ok && found.kept.map((k) => k.draft.id)).toEqual([onPage.id]);
    await handlers['draft/drop']({ type: 'draft/drop', id: onPage.id }, {});
    const after = await handlers['draft/for-page']({ type: 'draft/for-page', url: onPage.url }, {});
    expect(after.ok && after.kept).toEqual([]);
  });
});
