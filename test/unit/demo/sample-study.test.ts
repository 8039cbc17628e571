import { describe, expect, it } from 'vitest';
import { loadSampleStudy, removeSampleStudies, SAMPLE_CLIP_COUNT, undoRemoveSampleStudies } from '../../../lib/demo/sample-study';
import { META_KEYS, getMeta } from '../../../lib/db/meta-repo';
import { aggregateClips } from '../../../lib/matrix/cell-aggregate';
import { saveDrafts } from '../../../lib/db/clips-repo';
import { draft, freshDb } from '../db/helpers';

describe('sample study', () => {
  it('loads three brands and every clip through the write path, with exact cell aggregates, and becomes active', async () => {
    const { db, study: mine } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    expect(sample.sample).toBe(true);
    expect(await getMeta(db, META_KEYS.activeStudyId)).toBe(sample.id);
    const clips = await db.clips.where('studyId').equals(sample.id).toArray();
    expect(clips).toHaveLength(SAMPLE_CLIP_COUNT);
    expect(clips.some((c) => /[\u4e00-\u9fff]/.test(c.quote))).toBe(true);
    const brands = await db.brands.where('studyId').equals(sample.id).toArray();
    expect(brands.map((b) => b.name).sort()).toEqual(['Northpeak', 'Trailwise', '森途'].sort());
    expect(brands.find((b) => b.name === 'Northpeak')?.domains).toContain('northpeak.example');
    const stages = new Set(clips.map((c) => c.stageId));
    expect([...stages].sort()).toEqual(['amot', 'fmot', 'lzmot', 'smot', 'tmot', 'zmot']);
    const cells = await db.cells.where('studyId').equals(sample.id).toArray();
    const expected = aggregateClips(clips);
    expect(cells).toHaveLength(expected.size);
    for (const cell of cells) {
      const e = [...expected.values()].find((x) => x.brandId === cell.brandId && x.stageId === cell.stageId);
      expect(cell).toEqual(e);
    }
    expect(await db.findings.where('studyId').equals(sample.id).count()).toBe(3);
    // The researcher's own study is untouched.
    expect(await db.studies.get(mine.id)).toEqual(mine);
  });

  it('removes every trace of the sample and nothing else', async () => {
    const { db, study: mine } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    expect(await removeSampleStudies(db)).toHaveLength(1);
    expect(await db.studies.get(sample.id)).toBeUndefined();
    for (const table of [db.clips, db.brands, db.cells, db.findings] as const) {
      expect(await table.where('studyId').equals(sample.id).count()).toBe(0);
    }
    expect(await db.studies.get(mine.id)).toEqual(mine);
  });

  it('removal can be undone, clips the researcher added to the sample included', async () => {
    const { db } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    await saveDrafts(db, sample.id, [draft({ studyId: sample.id, brandName: 'Northpeak', stageId: 'amot', quote: 'my own clip' })]);
    const before = await db.clips.where('studyId').equals(sample.id).sortBy('id');
    const removed = await removeSampleStudies(db);
    expect(removed[0]!.clipCount).toBe(SAMPLE_CLIP_COUNT + 1);
    await undoRemoveSampleStudies(db, removed);
    expect(await db.clips.where('studyId').equals(sample.id).sortBy('id')).toEqual(before);
    expect((await db.studies.get(sample.id))?.sample).toBe(true);
  });
});
