import { describe, expect, it } from 'vitest';
import { clipCountOfStudy } from '../../../lib/db/cells-store';
import { saveDraft, saveDrafts } from '../../../lib/db/clips-repo';
import { draft } from '../db/helpers';
import { connect, converged, expectDerivedConsistent, freshClient, useServer, TOKEN } from './harness';
import { ofStudy } from '../../../lib/db/clip-reads';

const served = useServer();

/** `count` drafts spread over several capture months (so several partitions). */
function drafts(studyId: string, count: number) {
  return Array.from({ length: count }, (_, i) =>
    draft({ studyId, brandName: ['Acme', 'Globex', 'Initech'][i % 3]!, stageId: ['zmot', 'fmot', 'smot'][i % 3]!, quote: `quote ${i}`, capturedAt: new Date(Date.UTC(2026, i % 5, 1 + (i % 27))).toISOString() }),
  ).map(({ studyId: _s, ...d }) => d);
}

describe('team sync lifetimes', () => {
  it('a server restart loses nothing: edits made while it was down arrive after, and a new member gets everything', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    await saveDrafts(alice.db, studyId, drafts(studyId, 40));
    const config = { server: served.server.url, studyId, token: TOKEN };
    const a = connect(alice.db, config);
    const bob = await freshClient();
    const b = connect(bob.db, config);
    await converged([{ db: alice.db, session: a }, { db: bob.db, session: b }], studyId);
    await served.restart(async () => {
      await expect.poll(() => a.state.kind, { timeout: 10_000 }).toBe('offline');
      expect(a.state).toMatchObject({ kind: 'offline', since: expect.any(String) });
      await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', quote: 'saved while the server was down' }));
    });
    try {
      await converged([{ db: alice.db, session: a }, { db: bob.db, session: b }], studyId, 40_000);
      expect(await clipCountOfStudy(bob.db, studyId)).toBe(41);
      const carol = await freshClient();
      const c = connect(carol.db, config);
      try {
        await converged([{ db: alice.db, session: a }, { db: carol.db, session: c }], studyId);
        expect(await clipCountOfStudy(carol.db, studyId)).toBe(41);
      } finally {
        c.stop();
      }
    } finally {
      a.stop();
      b.stop();
    }
  }, 120_000);

  it('clients stopped in the middle of a sync resume without duplicates', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    await saveDrafts(alice.db, studyId, drafts(studyId, 600));
    const config = { server: served.server.url, studyId, token: TOKEN };
    const bob = await freshClient();
    // Alice is stopped while her first push is still being sent; Bob while he is receiving.
    let a = connect(alice.db, config);
    await expect.poll(() => a.state.kind === 'syncing' && a.state.changes > 0, { timeout: 20_000, interval: 1 }).toBe(true);
    const b0 = connect(bob.db, config);
    a.stop();
    await expect.poll(() => b0.state.kind, { timeout: 20_000, interval: 1 }).toBe('syncing');
    b0.stop();
    // Both really were cut off: Bob did not have the whole study yet.
    expect(await ofStudy(bob.db.clips, studyId).count()).toBeLessThan(600);
    a = connect(alice.db, config);
    const b = connect(bob.db, config);
    try {
      await converged([{ db: alice.db, session: a }, { db: bob.db, session: b }], studyId, 60_000);
      for (const db of [alice.db, bob.db]) {
        expect(await ofStudy(db.clips, studyId).count()).toBe(600);
        expect(await clipCountOfStudy(db, studyId)).toBe(600);
        await expectDerivedConsistent(db, studyId);
      }
    } finally {
      a.stop();
      b.stop();
    }
  }, 120_000);
});
