import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../lib/backup/create-backup';
import { canonical, mergeBackups } from '../../../lib/backup/merge-backups';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { applyRestore } from '../../../lib/backup/restore-backup';
import { mergeBrands } from '../../../lib/db/brands-repo';
import { saveDraft } from '../../../lib/db/clips-repo';
import { setFinding } from '../../../lib/db/findings-repo';
import { setRubricItem } from '../../../lib/db/rubric-repo';
import { checklistKeys } from '../../../lib/matrix/coverage';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from '../db/helpers';

const [k0, k1] = checklistKeys(MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'zmot')!.lookFor) as [string, string];
const strip = (doc: Awaited<ReturnType<typeof createBackup>>) => canonical({ ...doc, exportedAt: '' });

describe('team merge after a brand merge on one side', () => {
  it("moves the other side's clips, findings and ticks on the merged brand to the brand it went into", async () => {
    // Alice and Bob start from the same study with Acme and "ACME Inc".
    const { db: alice, study } = await freshDb();
    const acme = (await saveDraft(alice, draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot' }))).clip.brandId;
    const inc = (await saveDraft(alice, draft({ studyId: study.id, brandName: 'ACME Inc', stageId: 'fmot' }))).clip.brandId;
    const start = await createBackup(alice);
    const { db: bob } = await freshDb();
    await applyRestore(bob, start, 'replace');

    // Alice merges ACME Inc into Acme; Bob, meanwhile, clips, writes a finding and ticks on ACME Inc.
    await mergeBrands(alice, inc, acme);
    const bobClip = (await saveDraft(bob, draft({ studyId: study.id, brandName: 'ACME Inc', stageId: 'amot', quote: 'Parcel came a week late' }))).clip;
    expect(bobClip.brandId).toBe(inc);
    await setFinding(bob, { studyId: study.id, brandId: inc, stageId: 'amot' }, 'Late deliveries');
    await setRubricItem(bob, { studyId: study.id, brandId: inc, stageId: 'zmot' }, k0, true);
    await setRubricItem(alice, { studyId: study.id, brandId: acme, stageId: 'zmot' }, k1, true);

    const a = await createBackup(alice);
    const b = await createBackup(bob);
    const merged = mergeBackups(a, b);
    expect(strip(mergeBackups(b, a))).toBe(strip(merged));
    expect(strip(mergeBackups(merged, merged))).toBe(strip(merged));
    expect(merged.brands.map((x) => x.id)).toEqual([acme]);
    expect(merged.clips.find((c) => c.id === bobClip.id)).toMatchObject({ brandId: acme, quote: 'Parcel came a week late' });
    expect(merged.clips).toHaveLength(3);
    expect(merged.findings).toEqual([expect.objectContaining({ brandId: acme, stageId: 'amot', text: 'Late deliveries' })]);
    expect(merged.rubric.find((r) => r.brandId === acme && r.stageId === 'zmot')?.items.sort()).toEqual([k0, k1].sort());
    expect(parseBackup(JSON.stringify(merged)).ok).toBe(true);

    // Restoring Bob's file into Alice's database (merge) gives the same.
    await applyRestore(alice, b, 'merge');
    expect((await alice.clips.get(bobClip.id))?.brandId).toBe(acme);
    expect((await alice.cells.get([study.id, acme, 'amot']))?.count).toBe(1);
  });

  it('a finding that moved with the merge stays deleted when its new cell\'s finding was deleted after its last edit', async () => {
    // Bob writes a finding on ACME Inc; everyone has it. Alice merges ACME Inc into Acme (the finding
    // moves to Acme's cell) and then deletes that finding. Carol still has it on ACME Inc.
    const { db: alice, study } = await freshDb();
    const acme = (await saveDraft(alice, draft({ studyId: study.id, brandName: 'Acme', stageId: 'fmot' }))).clip.brandId;
    const inc = (await saveDraft(alice, draft({ studyId: study.id, brandName: 'ACME Inc', stageId: 'fmot' }))).clip.brandId;
    await setFinding(alice, { studyId: study.id, brandId: inc, stageId: 'zmot' }, 'Ads everywhere');
    const start = await createBackup(alice);
    await new Promise((r) => setTimeout(r, 5));
    await mergeBrands(alice, inc, acme);
    await setFinding(alice, { studyId: study.id, brandId: acme, stageId: 'zmot' }, '');
    const a = await createBackup(alice);
    // In any order, and with the older copy merged in again, the deletion holds.
    for (const merged of [mergeBackups(a, start), mergeBackups(start, a), mergeBackups(mergeBackups(start, a), start)]) {
      expect(merged.findings).toEqual([]);
      expect(merged.brands.map((x) => x.id)).toEqual([acme]);
    }
  });
});
