import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipCountOfStudy } from '../../../lib/db/cells-store';
import { saveDraft, saveDrafts } from '../../../lib/db/clips-repo';
import { catchUpAll, catchUpStudy, startBackgroundCatchUp, type AlarmEvents } from '../../../lib/sync/catch-up';
import { CATCH_UP_ALARM, CATCH_UP_PERIOD_MINUTES } from '../../../lib/sync/catch-up-alarm';
import { clearSyncConfig, getSyncConfig, setSyncConfig } from '../../../lib/db/sync-config';
import { partitionOf } from '../../../lib/sync/doc-names';
import { draft } from '../db/helpers';
import { connect, converged, expectDerivedConsistent, freshClient, QuietWebSocket, sliceOf, useServer, TOKEN } from './harness';
// @ts-expect-error: plain JavaScript module (the server script's core), no types
import { startSyncServer } from '../../../scripts/sync-server/server.mjs';
import { ofStudy } from '../../../lib/db/clip-reads';

const served = useServer();
const ws = { WebSocketPolyfill: QuietWebSocket };

/** A second team: its own server, its own token (the first server refuses it, and it refuses the first's). */
const OTHER_TOKEN = 'other-team-token-987654321';
let other: { url: string; close(): Promise<void> };
let otherDir: string;
beforeAll(async () => {
  otherDir = await mkdtemp(join(tmpdir(), 'jl-sync-other-'));
  other = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir: otherDir, tokens: [OTHER_TOKEN] });
});
afterAll(async () => {
  await other.close();
  await rm(otherDir, { recursive: true, force: true });
});

/** `browser.alarms` in memory: what is set, and a way to fire it. */
function fakeAlarms() {
  const set = new Map<string, { name: string; delayInMinutes?: number; periodInMinutes?: number }>();
  const listeners: ((a: { name: string }) => void)[] = [];
  const api: AlarmEvents = {
    get: async (name) => set.get(name),
    create: (name, info) => void set.set(name, { name, ...info }),
    clear: async (name) => set.delete(name),
    onAlarm: { addListener: (l) => void listeners.push(l) },
  };
  return { api, set, fire: (name: string) => listeners.forEach((l) => l({ name })) };
}

describe('background catch-up of shared studies', () => {
  it('a member with no page open receives the team\'s changes and sends their own, then disconnects', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    await saveDrafts(alice.db, studyId, [0, 1, 2].map((i) => ({ ...draft({ studyId, brandName: 'Acme', stageId: 'zmot', quote: `first ${i}` }), studyId: undefined })));
    const config = { server: served.server.url, studyId, token: TOKEN };
    const a = connect(alice.db, config);
    // Alice's open page has shared them.
    await converged([{ db: alice.db, session: a }], studyId);
    // Bob joined earlier (team settings only; the study has not arrived yet) and has no page open.
    const bob = await freshClient();
    await setSyncConfig(bob.db, config);
    try {
      const [first] = await catchUpAll(bob.db, ws);
      expect(first).toMatchObject({ studyId, outcome: 'synced', state: { kind: 'synced' } });
      expect(await clipCountOfStudy(bob.db, studyId)).toBe(3);
      await expectDerivedConsistent(bob.db, studyId);

      // Offline edits on both sides; Bob's next catch-up merges them both ways.
      await saveDraft(alice.db, draft({ studyId, brandName: 'Globex', stageId: 'fmot', quote: 'alice meanwhile' }));
      await saveDraft(bob.db, draft({ studyId, brandName: 'Initech', stageId: 'smot', quote: 'bob offline' }));
      // Alice's open page has sent hers to the server.
      await converged([{ db: alice.db, session: a }], studyId);
      const [second] = await catchUpAll(bob.db, ws);
      expect(second!.outcome).toBe('synced');
      expect(await clipCountOfStudy(bob.db, studyId)).toBe(5);
      // Alice's live session got Bob's clip from the server after he left.
      await converged([{ db: alice.db, session: a }], studyId);
      expect(await clipCountOfStudy(alice.db, studyId)).toBe(5);
      expect(await sliceOf(alice.db, studyId)).toBe(await sliceOf(bob.db, studyId));
      // Catch-up closed its connections: no client of Bob's is left on the server.
      const server = (served.server as unknown as { hocuspocus?: { getConnectionsCount(): number } }).hocuspocus;
      if (server) await expect.poll(() => server.getConnectionsCount()).toBeLessThanOrEqual(2);
    } finally {
      a.stop();
    }
  }, 60_000);

  it('each shared study talks to its own server with its own token; a refused token writes nothing; an unreachable server times out', async () => {
    const alice = await freshClient();
    const teamA = alice.study.id;
    await saveDraft(alice.db, draft({ studyId: teamA, brandName: 'Acme', quote: 'team A' }));
    // Carol's study is shared on the other server, with the other token.
    const carol = await freshClient();
    const teamB = carol.study.id;
    await saveDraft(carol.db, draft({ studyId: teamB, brandName: 'Globex', quote: 'team B' }));
    const aConfig = { server: served.server.url, studyId: teamA, token: TOKEN };
    const bConfig = { server: other.url, studyId: teamB, token: OTHER_TOKEN };
    expect((await catchUpStudy(alice.db, aConfig, ws)).outcome).toBe('synced');
    expect((await catchUpStudy(carol.db, bConfig, ws)).outcome).toBe('synced');

    // Dave is in both teams, and holds a third study whose settings name the wrong token, and a fourth on a closed port.
    const dave = await freshClient();
    await setSyncConfig(dave.db, aConfig);
    await setSyncConfig(dave.db, bConfig);
    expect(await getSyncConfig(dave.db, teamA)).toEqual(aConfig);
    expect(await getSyncConfig(dave.db, teamB)).toEqual(bConfig);
    const wrong = await freshClient();
    const wrongStudy = wrong.study.id;
    await setSyncConfig(dave.db, { server: other.url, studyId: wrongStudy, token: TOKEN });
    const closedPort = { server: 'ws://127.0.0.1:9', studyId: dave.study.id, token: TOKEN };
    await setSyncConfig(dave.db, closedPort);
    const daveOwnBefore = await sliceOf(dave.db, dave.study.id);

    const started = Date.now();
    const results = await catchUpAll(dave.db, { ...ws, timeoutMs: 8000 });
    const by = new Map(results.map((r) => [r.studyId, r]));
    expect(by.get(teamA)?.outcome).toBe('synced');
    expect(by.get(teamB)?.outcome).toBe('synced');
    expect(by.get(wrongStudy)).toMatchObject({ outcome: 'error', state: { kind: 'error', reason: 'auth' } });
    expect(by.get(dave.study.id)).toMatchObject({ outcome: 'timeout', state: { kind: 'offline' } });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await sliceOf(dave.db, teamA)).toBe(await sliceOf(alice.db, teamA));
    expect(await sliceOf(dave.db, teamB)).toBe(await sliceOf(carol.db, teamB));
    // Each team only has its own study: team A's server never got team B's records, nor the reverse.
    const aliceOnly = await freshClient();
    await setSyncConfig(aliceOnly.db, { server: served.server.url, studyId: teamB, token: TOKEN });
    await catchUpAll(aliceOnly.db, ws);
    expect(await aliceOnly.db.studies.get(teamB)).toBeUndefined();
    // The refused and the unreachable study are untouched.
    expect(await dave.db.studies.get(wrongStudy)).toBeUndefined();
    expect(await sliceOf(dave.db, dave.study.id)).toBe(daveOwnBefore);
  }, 90_000);

  it('leaving a team keeps the local copy, and the catch-up no longer sends or receives it', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', quote: 'shared' }));
    const config = { server: served.server.url, studyId, token: TOKEN };
    await setSyncConfig(alice.db, config);
    const bob = await freshClient();
    await setSyncConfig(bob.db, config);
    await catchUpAll(alice.db, ws);
    await catchUpAll(bob.db, ws);
    expect(await clipCountOfStudy(bob.db, studyId)).toBe(1);

    await clearSyncConfig(bob.db, studyId);
    expect(await clipCountOfStudy(bob.db, studyId)).toBe(1);
    await expectDerivedConsistent(bob.db, studyId);
    await saveDraft(bob.db, draft({ studyId, brandName: 'Acme', quote: 'after leaving' }));
    await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', quote: 'alice later' }));
    expect(await catchUpAll(bob.db, ws)).toEqual([]);
    await catchUpAll(alice.db, ws);
    expect(await clipCountOfStudy(alice.db, studyId)).toBe(2);
    expect(await clipCountOfStudy(bob.db, studyId)).toBe(2);
    expect((await ofStudy(alice.db.clips, studyId).toArray()).map((c) => c.quote)).not.toContain('after leaving');
  }, 60_000);

  it('the alarm exists only while a study is shared, and firing it runs a catch-up', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', quote: 'by alarm' }));
    const config = { server: served.server.url, studyId, token: TOKEN };
    await catchUpStudy(alice.db, config, ws);

    const bob = await freshClient();
    const alarms = fakeAlarms();
    startBackgroundCatchUp(bob.db, alarms.api, ws);
    await new Promise((r) => setTimeout(r, 100));
    expect(alarms.set.size).toBe(0);

    await setSyncConfig(bob.db, config);
    // A background start (or the options page after Join) sets it.
    startBackgroundCatchUp(bob.db, alarms.api, ws);
    await expect.poll(() => alarms.set.get(CATCH_UP_ALARM)?.periodInMinutes).toBe(CATCH_UP_PERIOD_MINUTES);
    alarms.fire('some-other-alarm');
    alarms.fire(CATCH_UP_ALARM);
    await expect.poll(() => clipCountOfStudy(bob.db, studyId), { timeout: 20_000 }).toBe(1);

    await clearSyncConfig(bob.db, studyId);
    alarms.fire(CATCH_UP_ALARM);
    await expect.poll(() => alarms.set.size, { timeout: 10_000 }).toBe(0);
  }, 60_000);

  it('a saved clip is not reported Synced before the server has it: a catch-up started once the line says Synced brings it in', async () => {
    const alice = await freshClient();
    const studyId = alice.study.id;
    const first = draft({ studyId, brandName: 'Acme', stageId: 'amot', quote: 'first' });
    await saveDraft(alice.db, first);
    const config = { server: served.server.url, studyId, token: TOKEN };
    const a = connect(alice.db, config);
    try {
      await converged([{ db: alice.db, session: a }], studyId);
      const bob = await freshClient();
      await setSyncConfig(bob.db, config);
      expect((await catchUpAll(bob.db, ws))[0]!.outcome).toBe('synced');
      expect(await clipCountOfStudy(bob.db, studyId)).toBe(1);
      await expect.poll(() => a.state.kind, { timeout: 10_000 }).toBe('synced');

      // The second clip goes to a partition the first did not open, as in the browser test
      // (Alice's pass then opens it before it can publish).
      const month = new Date().toISOString();
      let id = crypto.randomUUID();
      while (partitionOf(id, month) === partitionOf(first.id, month)) id = crypto.randomUUID();
      a.states.length = 0;
      await saveDraft(alice.db, { ...draft({ studyId, brandName: 'Acme', stageId: 'fmot', quote: 'second' }), id });
      // Dexie reports the write to the session as it commits: from then on the line is not Synced.
      expect(a.state.kind).toBe('syncing');
      await expect.poll(() => a.state.kind, { timeout: 10_000 }).toBe('synced');
      expect(a.states.map((s) => s.kind)).toContain('syncing');
      // Bob's catch-up, started as soon as Alice's line says Synced, finds both clips.
      expect((await catchUpAll(bob.db, ws))[0]!.outcome).toBe('synced');
      expect(await clipCountOfStudy(bob.db, studyId)).toBe(2);
      await expectDerivedConsistent(bob.db, studyId);
    } finally {
      a.stop();
    }
  }, 60_000);
});
