import { describe, expect, it } from 'vitest';
import { mergeBrands } from '../../../lib/db/brands-repo';
import { saveDraft } from '../../../lib/db/clips-repo';
import { clearRubric, rubricOfCell, rubricOfStudy, setRubricItem } from '../../../lib/db/rubric-repo';
import { browser } from 'wxt/browser';
import { getViewPrefs, setViewPrefs, viewPrefsPref } from '../../../lib/preferences/view-prefs';
import { loadSampleStudy, removeSampleStudies } from '../../../lib/demo/sample-study';
import { loadMatrixView } from '../../../lib/ui-services/matrix-view';
import { checklistKeys, lookForKey } from '../../../lib/matrix/coverage';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from './helpers';

const zmot = MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'zmot')!;
const [k0, k1, k2, k3] = checklistKeys(zmot.lookFor) as [string, string, string, string];

async function withBrands(names: string[]) {
  const { db, study } = await freshDb();
  const ids: string[] = [];
  for (const n of names) ids.push((await saveDraft(db, draft({ studyId: study.id, brandName: n, stageId: 'zmot' }))).clip.brandId);
  return { db, study, ids };
}

describe('rubric repository', () => {
  it('ticks, unticks and clears items of a brand at a stage, keeping untick times', async () => {
    const { db, study, ids } = await withBrands(['Acme']);
    const cell = { studyId: study.id, brandId: ids[0]!, stageId: 'zmot' };
    expect(await rubricOfCell(db, cell)).toBeUndefined();
    await setRubricItem(db, cell, k0, true);
    await setRubricItem(db, cell, k2, true);
    await setRubricItem(db, cell, k2, true); // idempotent
    expect((await rubricOfCell(db, cell))?.items).toEqual([k0, k2].sort());
    await setRubricItem(db, cell, k0, false);
    const after = (await rubricOfCell(db, cell))!;
    expect(after.items).toEqual([k2]);
    expect(Object.keys(after.changed).sort()).toEqual([k0, k2].sort());
    await clearRubric(db, cell);
    const cleared = (await rubricOfCell(db, cell))!;
    expect(cleared.items).toEqual([]);
    expect(Object.keys(cleared.changed).sort()).toEqual([k0, k2].sort());
    expect(await rubricOfStudy(db, study.id)).toHaveLength(1);
    db.close();
  });

  it('saves two quick ticks on two items without losing one', async () => {
    const { db, study, ids } = await withBrands(['Acme']);
    const cell = { studyId: study.id, brandId: ids[0]!, stageId: 'zmot' };
    await Promise.all([setRubricItem(db, cell, k1, true), setRubricItem(db, cell, k3, true)]);
    expect((await rubricOfCell(db, cell))?.items).toEqual([k1, k3].sort());
    db.close();
  });

  it('refuses a brand of another study and a malformed item key', async () => {
    const { db, study, ids } = await withBrands(['Acme']);
    await expect(setRubricItem(db, { studyId: 'other', brandId: ids[0]!, stageId: 'zmot' }, k0, true)).rejects.toThrow(/brand/);
    await expect(setRubricItem(db, { studyId: study.id, brandId: ids[0]!, stageId: 'zmot' }, '<b>x</b>', true)).rejects.toThrow();
    expect(await db.rubric.count()).toBe(0);
    db.close();
  });
});

describe('matrix view with the rubric', () => {
  it('reads coverage per visible cell, live from the rubric table, and keeps the cell mode in view prefs (clips by default)', async () => {
    const { db, study, ids } = await withBrands(['Acme', 'Globex']);
    const v0 = (await loadMatrixView(db, await viewPrefsPref.get()))!;
    expect(v0.prefs.cellMode).toBe('clips');
    expect(v0.coverage.get(`${ids[0]}/zmot`)).toEqual({ done: 0, total: 4 });
    await setRubricItem(db, { studyId: study.id, brandId: ids[0]!, stageId: 'zmot' }, lookForKey(zmot.lookFor[1]!), true);
    await setRubricItem(db, { studyId: study.id, brandId: ids[0]!, stageId: 'zmot' }, lookForKey(zmot.lookFor[3]!), true);
    const v1 = (await loadMatrixView(db, await viewPrefsPref.get()))!;
    expect(v1.coverage.get(`${ids[0]}/zmot`)).toEqual({ done: 2, total: 4 });
    expect(v1.coverage.get(`${ids[1]}/zmot`)).toEqual({ done: 0, total: 4 });
    expect(v1.ticks.get(`${ids[0]}/zmot`)).toEqual([k1, k3].sort());
    // The matrix itself still counts clips.
    expect(v1.matrix.rows[0]!.cells.find((c) => c.stageId === 'zmot')!.count).toBe(1);

    await setViewPrefs(study.id, { ...v1.prefs, cellMode: 'coverage' });
    expect((await getViewPrefs(study.id)).cellMode).toBe('coverage');
    // Prefs written without a mode (as before the rubric) read as clips.
    await setViewPrefs(study.id, { order: [], hidden: [], transposed: true });
    expect(await getViewPrefs(study.id)).toEqual({ order: [], hidden: [], transposed: true, cellMode: 'clips', showFindings: false, imageFindings: false });
    // The average-score view and the findings switches are kept; an unknown mode reads as clips.
    await setViewPrefs(study.id, { order: [], hidden: [], transposed: false, cellMode: 'score', showFindings: true, imageFindings: true });
    expect(await getViewPrefs(study.id)).toMatchObject({ cellMode: 'score', showFindings: true, imageFindings: true });
    // A wrong mode is refused before it is written; one stored anyway (an older or damaged value) reads as clips.
    await expect(setViewPrefs(study.id, { order: [], hidden: [], transposed: false, cellMode: 'bogus' as never })).rejects.toThrow();
    expect((await getViewPrefs(study.id)).cellMode).toBe('score');
    await browser.storage.local.set({ viewPrefs: { [study.id]: { order: [], hidden: [], transposed: false, cellMode: 'bogus' } } });
    expect((await getViewPrefs(study.id)).cellMode).toBe('clips');
    db.close();
  });
});

describe('brand merge moves the rubric', () => {
  it('unions the merged brand’s ticks into the target at every stage and leaves no rows of the merged brand', async () => {
    const { db, study, ids } = await withBrands(['Acme', 'Acme Inc', 'Globex']);
    const [acme, acmeInc, globex] = ids as [string, string, string];
    const fmot = MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'fmot')!;
    const f0 = lookForKey(fmot.lookFor[0]!);
    await setRubricItem(db, { studyId: study.id, brandId: acme, stageId: 'zmot' }, k0, true);
    await setRubricItem(db, { studyId: study.id, brandId: acmeInc, stageId: 'zmot' }, k1, true);
    await setRubricItem(db, { studyId: study.id, brandId: acmeInc, stageId: 'zmot' }, k0, true);
    await setRubricItem(db, { studyId: study.id, brandId: acmeInc, stageId: 'fmot' }, f0, true);
    await setRubricItem(db, { studyId: study.id, brandId: globex, stageId: 'zmot' }, k3, true);

    await mergeBrands(db, acmeInc, acme);
    expect((await rubricOfCell(db, { studyId: study.id, brandId: acme, stageId: 'zmot' }))?.items).toEqual([k0, k1].sort());
    expect((await rubricOfCell(db, { studyId: study.id, brandId: acme, stageId: 'fmot' }))?.items).toEqual([f0]);
    expect(await db.rubric.where('studyId').equals(study.id).filter((r) => r.brandId === acmeInc).count()).toBe(0);
    expect((await rubricOfCell(db, { studyId: study.id, brandId: globex, stageId: 'zmot' }))?.items).toEqual([k3]);
    const v = (await loadMatrixView(db, await viewPrefsPref.get()))!;
    expect(v.coverage.get(`${acme}/zmot`)).toEqual({ done: 2, total: 4 });
    db.close();
  });
});

describe('sample study rubric', () => {
  it('has ticks to show in the coverage view, and removing the sample removes them', async () => {
    const { db } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    const rows = await rubricOfStudy(db, sample.id);
    expect(rows.length).toBeGreaterThan(5);
    const v = (await loadMatrixView(db, await viewPrefsPref.get()))!;
    expect([...v.coverage.values()].some((c) => c.total > 0 && c.done === c.total)).toBe(true);
    await removeSampleStudies(db);
    expect(await db.rubric.where('studyId').equals(sample.id).count()).toBe(0);
    db.close();
  });
});
