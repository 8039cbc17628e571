import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchSync } from '../../../lib/sync/live';
import type { SyncState } from '../../../lib/sync/session';
import { clearSyncConfig, setSyncConfig } from '../../../lib/db/sync-config';
import { freshClient, QuietWebSocket, useServer, TOKEN } from './harness';

const served = useServer();
// Pages use the browser's WebSocket; Node 20 has none.
const had = (globalThis as { WebSocket?: unknown }).WebSocket;
beforeAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket = QuietWebSocket;
});
afterAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket = had;
});

function watch(db: Parameters<typeof watchSync>[0], config: unknown) {
  const states: SyncState[] = [];
  const stop = watchSync(db, config, (s) => states.push(s));
  return { states, stop };
}

describe('live sessions of a page', () => {
  it('a status line that moves takes the same session over; leaving the team closes it at once', async () => {
    const { db, study } = await freshClient();
    const config = { server: served.server.url, studyId: study.id, token: TOKEN };
    await setSyncConfig(db, config);
    const first = watch(db, config);
    await expect.poll(() => first.states.at(-1)?.kind, { timeout: 10_000 }).toBe('synced');
    // Unmounted and mounted again (the row moved): the open session answers at once, already synced.
    first.stop();
    const second = watch(db, config);
    expect(second.states[0]?.kind).toBe('synced');

    // Left the team: the session is closed without waiting, so a watcher right after starts a new one.
    await clearSyncConfig(db, study.id);
    second.stop();
    await new Promise((r) => setTimeout(r, 300));
    const third = watch(db, config);
    expect(third.states[0]?.kind).toBe('connecting');
    third.stop();
  }, 30_000);
});
