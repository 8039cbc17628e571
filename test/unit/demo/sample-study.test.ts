import { describe, expect, it } from 'vitest';
import {
  clipsInSamples,
  isSampleClip,
  loadSampleStudy,
  removeSampleStudies,
  removeSamples,
  SAMPLE_CLIP_COUNT,
  undoRemoveSampleStudies,
  undoRemoveSamples,
} from '../../../lib/demo/sample-study';
import { getActiveStudyId, getViewedStudyId } from '../../../lib/db/meta-repo';
import { aggregateClips } from '../../../lib/matrix/cell-aggregate';
import { saveDrafts } from '../../../lib/db/clips-repo';
import { draft, freshDb } from '../db/helpers';
import { ofStudy } from '../../../lib/db/clip-reads';

describe('sample study', () => {
  it('loads three brands and every clip through the write path, with exact cell aggregates, and is viewed, not made active', async () => {
    const { db, study: mine } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    expect(sample.sample).toBe(true);
    expect(await getViewedStudyId(db)).toBe(sample.id);
    expect(await getActiveStudyId(db)).toBe(mine.id);
    const clips = await ofStudy(db.clips, sample.id).toArray();
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
    expect(await ofStudy(db.clips, sample.id).count()).toBe(0);
    for (const table of [db.brands, db.cells, db.findings] as const) {
      expect(await table.where('studyId').equals(sample.id).count()).toBe(0);
    }
    expect(await db.studies.get(mine.id)).toEqual(mine);
  });

  it('removal can be undone, clips the researcher added to the sample included', async () => {
    const { db } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    await saveDrafts(db, sample.id, [draft({ studyId: sample.id, brandName: 'Northpeak', stageId: 'amot', quote: 'my own clip' })]);
    const before = await ofStudy(db.clips, sample.id).sortBy('id');
    const removed = await removeSampleStudies(db);
    expect(removed[0]!.clipCount).toBe(SAMPLE_CLIP_COUNT + 1);
    await undoRemoveSampleStudies(db, removed);
    expect(await ofStudy(db.clips, sample.id).sortBy('id')).toEqual(before);
    expect((await db.studies.get(sample.id))?.sample).toBe(true);
  });

  it('counts the researcher\'s own clips in the sample and moves them to their study on removal; Undo puts everything back', async () => {
    const { db, study: mine } = await freshDb();
    const sample = await loadSampleStudy(db, { study: 'Sample' });
    await saveDrafts(db, sample.id, [
      draft({ studyId: sample.id, brandName: 'Northpeak', stageId: 'amot', quote: 'my own clip' }),
      draft({ studyId: sample.id, brandName: 'Brandnew', stageId: 'zmot', quote: 'another of mine' }),
    ]);
    const found = await clipsInSamples(db);
    expect(found.total).toBe(SAMPLE_CLIP_COUNT + 2);
    expect(found.own).toHaveLength(2);
    const sampleClipsBefore = await ofStudy(db.clips, sample.id).sortBy('id');

    const removal = await removeSamples(db, mine.id);
    expect(removal.moved?.before).toHaveLength(2);
    expect(await db.studies.get(sample.id)).toBeUndefined();
    const moved = await ofStudy(db.clips, mine.id).toArray();
    expect(moved.map((c) => c.quote).sort()).toEqual(['another of mine', 'my own clip']);
    const brands = await db.brands.where('studyId').equals(mine.id).toArray();
    expect(brands.map((b) => b.name).sort()).toEqual(['Brandnew', 'Northpeak']);
    expect(moved.every((c) => brands.some((b) => b.id === c.brandId))).toBe(true);
    expect((await db.cells.where('studyId').equals(mine.id).toArray()).reduce((n, c) => n + c.count, 0)).toBe(2);
    // The panel goes back to the active study.
    expect(await getViewedStudyId(db)).toBeUndefined();
    expect(await getActiveStudyId(db)).toBe(mine.id);

    await undoRemoveSamples(db, removal);
    expect(await ofStudy(db.clips, sample.id).sortBy('id')).toEqual(sampleClipsBefore);
    expect(await ofStudy(db.clips, mine.id).count()).toBe(0);
    expect(await db.brands.where('studyId').equals(mine.id).count()).toBe(0);
    expect(await db.cells.where('studyId').equals(mine.id).filter((c) => c.count > 0).count()).toBe(0);
    expect(await getViewedStudyId(db)).toBe(sample.id);
  });

  it('tells sample clips from the researcher\'s by their quote', () => {
    expect(isSampleClip({ quote: '  Chat answered in two minutes and sent a new insole the same day. ' })).toBe(true);
    expect(isSampleClip({ quote: 'Chat answered in two minutes' })).toBe(false);
  });
});
