import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../../lib/db/clips-repo';
import { clipCountOfStudy } from '../../../lib/db/cells-store';
import { readInvite, makeInvite } from '../../../lib/sync/invite';
import { draft } from '../db/helpers';
import { connect, converged, expectDerivedConsistent, freshClient, useServer, sliceOf, TOKEN } from './harness';

const served = useServer();

describe('team sync through a Hocuspocus server on 127.0.0.1', () => {
  it('a shared study reaches a member who joins with the invite, and a clip saved there comes back', async () => {
    const alice = await freshClient();
    await saveDraft(alice.db, draft({ studyId: alice.study.id, brandName: 'Acme', stageId: 'zmot' }));
    const invite = makeInvite({ server: served.server.url, studyId: alice.study.id, token: TOKEN });
    const a = connect(alice.db, readInvite(invite)!);
    const bob = await freshClient();
    const b = connect(bob.db, readInvite(invite)!);
    try {
      await converged([{ db: alice.db, session: a }, { db: bob.db, session: b }], alice.study.id);
      expect((await bob.db.studies.get(alice.study.id))?.name).toBe('Default study');
      expect(await clipCountOfStudy(bob.db, alice.study.id)).toBe(1);
      await saveDraft(bob.db, draft({ studyId: alice.study.id, brandName: 'Globex', stageId: 'fmot' }));
      await converged([{ db: alice.db, session: a }, { db: bob.db, session: b }], alice.study.id);
      expect(await clipCountOfStudy(alice.db, alice.study.id)).toBe(2);
      await expectDerivedConsistent(alice.db, alice.study.id);
      await expectDerivedConsistent(bob.db, alice.study.id);
      expect(a.states.at(-1)?.kind).toBe('synced');
    } finally {
      a.stop();
      b.stop();
    }
  });

  it('a wrong token is refused: an error state, nothing stored on the server, nothing written locally', async () => {
    const mallory = await freshClient();
    await saveDraft(mallory.db, draft({ studyId: mallory.study.id, brandName: 'Acme' }));
    const before = await sliceOf(mallory.db, mallory.study.id);
    const filesBefore = await readdir(served.server.dataDir);
    const m = connect(mallory.db, { server: served.server.url, studyId: mallory.study.id, token: 'not-the-token' });
    const joiner = await freshClient();
    const j = connect(joiner.db, { server: served.server.url, studyId: mallory.study.id, token: 'wrong-as-well' });
    try {
      await expect.poll(() => m.state.kind, { timeout: 10_000 }).toBe('error');
      await expect.poll(() => j.state.kind, { timeout: 10_000 }).toBe('error');
      expect(m.state).toMatchObject({ kind: 'error', reason: 'auth' });
      await new Promise((r) => setTimeout(r, 500));
      expect(await sliceOf(mallory.db, mallory.study.id)).toBe(before);
      expect(await joiner.db.studies.get(mallory.study.id)).toBeUndefined();
      const filesAfter = await readdir(served.server.dataDir);
      expect(filesAfter.filter((f) => f.includes(mallory.study.id))).toEqual([]);
      expect(filesAfter.length).toBe(filesBefore.length);
    } finally {
      m.stop();
      j.stop();
    }
  });
});
