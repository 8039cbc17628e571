import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../../lib/db/clips-repo';
import { rebuildCells } from '../../../lib/db/clip-writes';
import { createStudy } from '../../../lib/db/study-admin';
import { pullStudy } from '../../../lib/sync/sync-apply';
import { readLocalSlice } from '../../../lib/sync/study-slice';
import { draft, freshDb } from '../db/helpers';
import { ofStudy } from '../../../lib/db/clip-reads';

describe('a first load of a shared study (the bulk path)', () => {
  it('brings every clip with its cells; a clip kept here under another study is replaced, not refused', async () => {
    const alice = await freshDb();
    const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const [i, id] of ids.entries()) await saveDraft(alice.db, draft({ id, studyId: alice.study.id, stageId: i ? 'fmot' : 'zmot', quote: `q${i}` }));
    const shared = await readLocalSlice(alice.db, alice.study.id);

    // Bob has none of the study, and one of its clips in a study of his own (it was moved there).
    const bob = await freshDb();
    const elsewhere = await createStudy(bob.db, { name: 'Elsewhere', frameworkId: 'moments-of-truth' });
    await saveDraft(bob.db, draft({ id: ids[0]!, studyId: elsewhere.id, stageId: 'zmot', quote: 'q0' }));

    await expect(pullStudy(bob.db, alice.study.id, shared)).resolves.toMatchObject({ changed: expect.any(Number) });
    const here = await ofStudy(bob.db.clips, alice.study.id).primaryKeys();
    expect(new Set(here)).toEqual(new Set(ids));
    expect(await ofStudy(bob.db.clips, elsewhere.id).count()).toBe(0);
    // The cells follow: what the unit of work kept equals a rebuild from the clips.
    for (const studyId of [alice.study.id, elsewhere.id]) {
      const kept = (await bob.db.cells.where('studyId').equals(studyId).toArray()).map((c) => [c.brandId, c.stageId, c.count]);
      const rebuilt = (await rebuildCells(bob.db, studyId)).map((c) => [c.brandId, c.stageId, c.count]);
      expect(kept.sort()).toEqual(rebuilt.sort());
    }
  });
});
