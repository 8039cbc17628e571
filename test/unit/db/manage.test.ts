import { describe, expect, it } from 'vitest';
import { BrandNameTakenError, mergeBrands, recolorBrand, renameBrand } from '../../../lib/db/brands-repo';
import { rebuildCells as recomputeCells } from '../../../lib/db/clip-writes';
import { saveDrafts } from '../../../lib/db/clips-repo';
import { findingsOfStudy, setFinding } from '../../../lib/db/findings-repo';
import { addStage, moveStage, renameStage } from '../../../lib/db/stages-repo';
import { frameworkOf } from '../../../lib/db/active-study';
import { createStudy } from '../../../lib/db/study-admin';
import { orderBrands } from '../../../lib/preferences/view-arrangement';
import { getViewPrefs, setViewPrefs } from '../../../lib/preferences/view-prefs';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from './helpers';
import { ofStudy } from '../../../lib/db/clip-reads';

const byKey = <T extends { brandId: string; stageId: string }>(xs: T[]) => [...xs].sort((a, b) => (a.brandId + a.stageId).localeCompare(b.brandId + b.stageId));

describe('managing brands from the panel', () => {
  it('renames (old name kept as an alias), refuses a taken name, recolours', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, [draft({ studyId: study.id, brandName: 'Acme' }), draft({ studyId: study.id, brandName: 'Globex' })]);
    const all = await db.brands.toArray();
    const acme = all.find((b) => b.name === 'Acme')!;
    const globex = all.find((b) => b.name === 'Globex')!;
    await renameBrand(db, acme.id, 'Acme Corp');
    expect(await db.brands.get(acme.id)).toMatchObject({ name: 'Acme Corp', aliases: ['Acme'] });
    await expect(renameBrand(db, globex.id, 'acme corp')).rejects.toBeInstanceOf(BrandNameTakenError);
    await recolorBrand(db, globex.id, '#123456');
    expect((await db.brands.get(globex.id))?.color).toBe('#123456');
    await expect(recolorBrand(db, globex.id, 'red')).rejects.toThrow();
  });

  it('merges a brand into another: clips, cells, domains and findings move; a tombstone remains', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, [
      draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot', score: 5 }),
      draft({ studyId: study.id, brandName: 'ACME Inc', stageId: 'fmot', score: 1, brandDomain: 'acme-inc.test' }),
      draft({ studyId: study.id, brandName: 'ACME Inc', stageId: 'amot' }),
    ]);
    const brands = await db.brands.toArray();
    const into = brands.find((b) => b.name === 'Acme')!;
    const from = brands.find((b) => b.name === 'ACME Inc')!;
    await setFinding(db, { studyId: study.id, brandId: from.id, stageId: 'amot' }, 'Slow delivery');
    await mergeBrands(db, from.id, into.id);
    expect(await db.brands.get(from.id)).toBeUndefined();
    expect(await db.tombstones.get(from.id)).toBeDefined();
    expect((await db.brands.get(into.id))?.domains).toContain('acme-inc.test');
    expect(await ofStudy(db.clips, study.id).filter((c) => c.brandId === from.id).count()).toBe(0);
    const cells = byKey(await db.cells.where('studyId').equals(study.id).toArray());
    expect(cells).toEqual(byKey(await recomputeCells(db, study.id)));
    expect(cells.find((c) => c.stageId === 'fmot')).toMatchObject({ brandId: into.id, count: 2, scoreSum: 6 });
    expect((await findingsOfStudy(db, study.id)).map((f) => [f.brandId, f.text])).toEqual([[into.id, 'Slow delivery']]);
  });

  it('keeps brand order and hidden brands per study', async () => {
    const { db, study } = await freshDb();
    await saveDrafts(db, study.id, ['A', 'B', 'C'].map((n) => draft({ studyId: study.id, brandName: n })));
    const brands = await db.brands.toArray();
    const ids = brands.map((b) => b.id);
    await setViewPrefs(study.id, { order: [...ids].reverse(), hidden: [ids[0]!], transposed: true });
    const prefs = await getViewPrefs(study.id);
    expect(orderBrands(brands, prefs).map((b) => b.id)).toEqual([...ids].reverse());
    expect(prefs).toMatchObject({ hidden: [ids[0]], transposed: true });
  });
});

describe('custom stages per study', () => {
  it('add, rename and reorder make the study its own framework; the built-in and other studies are untouched', async () => {
    const { db, study } = await freshDb();
    const other = await createStudy(db, { name: 'Other', frameworkId: MOMENTS_OF_TRUTH.id });
    const id = await addStage(db, study.id, 'Renewal');
    await renameStage(db, study.id, 'zmot', 'Research');
    await moveStage(db, study.id, id, -1);
    const mine = await frameworkOf(db, (await db.studies.get(study.id))!);
    expect(mine.id).toBe(`custom-${study.id}`);
    expect(mine.builtin).toBe(false);
    expect(mine.stages.map((s) => s.id)).toEqual(['lzmot', 'zmot', 'fmot', 'amot', 'smot', id, 'tmot']);
    expect(mine.stages[1]!.short.en).toBe('Research');
    expect((await frameworkOf(db, other)).id).toBe(MOMENTS_OF_TRUTH.id);
    expect((await db.frameworks.get(MOMENTS_OF_TRUTH.id))?.stages).toHaveLength(6);
    await expect(addStage(db, study.id, '   ')).rejects.toThrow();
  });
});

describe('findings', () => {
  it('sets, replaces and clears the one-line finding of a cell (a clear leaves a tombstone)', async () => {
    const { db, study } = await freshDb();
    const key = { studyId: study.id, brandId: 'b-1', stageId: 'fmot' };
    await setFinding(db, key, '  Delivery promise vague  ');
    expect((await findingsOfStudy(db, study.id))[0]?.text).toBe('Delivery promise vague');
    await setFinding(db, key, 'No tracking');
    expect((await findingsOfStudy(db, study.id)).map((f) => f.text)).toEqual(['No tracking']);
    await setFinding(db, key, '');
    expect(await findingsOfStudy(db, study.id)).toEqual([]);
    expect(await db.tombstones.get(`${study.id}/b-1/fmot`)).toBeDefined();
  });
});
