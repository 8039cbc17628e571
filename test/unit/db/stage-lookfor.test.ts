import { describe, expect, it } from 'vitest';
import { frameworkOf } from '../../../lib/db/active-study';
import { setStageLookFor } from '../../../lib/db/stages-repo';
import { createStudy } from '../../../lib/db/study-admin';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { lookForKey } from '../../../lib/matrix/coverage';
import { freshDb } from './helpers';

describe("editing a stage's what-to-look-for checklist", () => {
  it('gives a custom stage its checklist; blanks and repeats dropped', async () => {
    const { db } = await freshDb();
    const study = await createStudy(db, { name: 'Hotels', frameworkId: 'custom', customStages: ['Dream', 'Book'] });
    await setStageLookFor(db, study.id, 'custom-2', ['Price for the whole stay', '', ' Free cancellation ', 'price for the whole stay'], 'en');
    const fw = await frameworkOf(db, (await db.studies.get(study.id))!);
    expect(fw.stages[1]!.lookFor).toEqual([
      { en: 'Price for the whole stay', zh_CN: 'Price for the whole stay', zh_TW: 'Price for the whole stay' },
      { en: 'Free cancellation', zh_CN: 'Free cancellation', zh_TW: 'Free cancellation' },
    ]);
    expect(fw.stages[0]!.lookFor).toEqual([]);
  });

  it('on a built-in stage, edited in Chinese: kept items keep their translations and rubric keys; the built-in framework is untouched', async () => {
    const { db, study } = await freshDb();
    const zmot = MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'zmot')!;
    const keep = zmot.lookFor[1]!;
    await setStageLookFor(db, study.id, 'zmot', [keep.zh_CN, '价格页写明运费'], 'zh_CN');
    const fw = await frameworkOf(db, (await db.studies.get(study.id))!);
    expect(fw.id).toBe(`custom-${study.id}`);
    const items = fw.stages.find((s) => s.id === 'zmot')!.lookFor;
    expect(items[0]).toEqual(keep);
    expect(lookForKey(items[0]!)).toBe(lookForKey(keep));
    expect(items[1]).toEqual({ en: '价格页写明运费', zh_CN: '价格页写明运费', zh_TW: '价格页写明运费' });
    expect((await db.frameworks.get(MOMENTS_OF_TRUTH.id))!.stages.find((s) => s.id === 'zmot')!.lookFor).toHaveLength(zmot.lookFor.length);
  });
});
