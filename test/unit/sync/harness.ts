import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { canonical } from '../../../lib/backup/merge-backups';
import { rebuildCells as recomputeCells, termsRow } from '../../../lib/db/clip-writes';
import { clipIdsWithTerm } from '../../../lib/db/search-index';
import { JourneyLensDB } from '../../../lib/db/database';
import { ensureDefaults } from '../../../lib/db/studies-repo';
import { SyncSession, type SyncState } from '../../../lib/sync/session';
import { readLocalSlice, type StudySlice } from '../../../lib/sync/study-slice';
import type { SyncConfig } from '../../../lib/model/team';
// @ts-expect-error: plain JavaScript module (the server script's core, which also re-exports ws's client), no types
import { startSyncServer, WebSocket } from '../../../scripts/sync-server/server.mjs';
import { clipRowBatches } from '../../../lib/db/clip-batches';
import { ofStudy } from '../../../lib/db/clip-reads';

export const TOKEN = 'team-token-0123456789';

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  close(): Promise<void>;
}

export async function startServer(dataDir?: string, port = 0): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'jl-sync-')));
  const server = await startSyncServer({ host: '127.0.0.1', port, dataDir: dir, tokens: [TOKEN] });
  return { url: server.url, port: server.port, dataDir: dir, close: () => server.close() };
}

/** One server for a test file (started before its tests, closed and removed after); `restart` keeps its data and port. */
export function useServer() {
  const holder: { server: TestServer; restart(down?: () => Promise<void>): Promise<void> } = {
    server: undefined as unknown as TestServer,
    async restart(down) {
      const { dataDir, port } = holder.server;
      await holder.server.close();
      await down?.();
      holder.server = await startServer(dataDir, port);
    },
  };
  beforeAll(async () => {
    holder.server = await startServer();
  });
  afterAll(async () => {
    await holder.server.close();
    await rm(holder.server.dataDir, { recursive: true, force: true });
  });
  return holder;
}

let n = 0;
export async function freshClient() {
  const db = new JourneyLensDB(`sync-${Date.now()}-${n++}`);
  const study = await ensureDefaults(db, 'Default study');
  return { db, study };
}

/**
 * Node's `ws` throws when a socket still connecting is closed and nobody listens for
 * 'error' (a browser WebSocket just reports it): a test stopping a session mid-connect
 * must not crash the run.
 */
export class QuietWebSocket extends WebSocket {
  constructor(...args: unknown[]) {
    super(...args);
    (this as unknown as { on(event: string, listener: () => void): void }).on('error', () => undefined);
  }
}

export function connect(db: JourneyLensDB, config: SyncConfig): SyncSession & { states: SyncState[] } {
  const states: SyncState[] = [];
  const session = new SyncSession({ db, config, WebSocketPolyfill: QuietWebSocket, onState: (s) => states.push(s) });
  return Object.assign(session, { states });
}

/** A slice compared as data: sorted and canonical. */
export function canonicalSlice(slice: StudySlice): string {
  const sortBy = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const cell = (r: { studyId: string; brandId: string; stageId: string }) => `${r.studyId}/${r.brandId}/${r.stageId}`;
  return canonical({
    studies: sortBy(slice.studies, (s) => s.id),
    frameworks: sortBy(slice.frameworks, (s) => s.id),
    brands: sortBy(slice.brands, (s) => s.id),
    clips: sortBy(slice.clips, (s) => s.id),
    findings: sortBy(slice.findings, cell),
    rubric: sortBy(slice.rubric, cell),
    tombstones: sortBy(slice.tombstones, (s) => s.id),
  });
}

export async function sliceOf(db: JourneyLensDB, studyId: string): Promise<string> {
  return canonicalSlice(await readLocalSlice(db, studyId));
}

/** Waits until every session is idle and every database holds the same study. */
export async function converged(clients: { db: JourneyLensDB; session: SyncSession }[], studyId: string, timeout = 20_000): Promise<string> {
  const until = Date.now() + timeout;
  let last: string[] = [];
  for (;;) {
    if (clients.every((c) => c.session.isIdle())) {
      last = await Promise.all(clients.map((c) => sliceOf(c.db, studyId)));
      // Still idle after reading (no change arrived meanwhile) and all equal: done.
      if (clients.every((c) => c.session.isIdle()) && last.every((s) => s === last[0])) return last[0]!;
    }
    if (Date.now() > until) {
      throw new Error(`no convergence in ${timeout} ms: ${clients.map((c) => JSON.stringify(c.session.state)).join(' ')}; equal=${last.every((s) => s === last[0])}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The derived tables agree with the clips: cells recomputed from scratch, one CSV row and one terms row per clip. */
export async function expectDerivedConsistent(db: JourneyLensDB, studyId: string): Promise<void> {
  const cellsBefore = await db.cells.where('studyId').equals(studyId).toArray();
  const recomputed = await recomputeCells(db, studyId);
  const key = (c: { brandId: string; stageId: string }) => `${c.brandId}/${c.stageId}`;
  expect(canonical([...cellsBefore].sort((a, b) => (key(a) < key(b) ? -1 : 1)))).toBe(canonical([...recomputed].sort((a, b) => (key(a) < key(b) ? -1 : 1))));
  const ids = (await ofStudy(db.clips, studyId).primaryKeys()).sort();
  // The rows the export reads: clipRows records merged with row blocks.
  const rows: string[] = [];
  for await (const batch of clipRowBatches(db, studyId)) rows.push(...batch.map((r) => r.id));
  expect(rows.sort()).toEqual(ids);
  // Every clip is found by each of its search terms (clipTerms rows or term blocks).
  for (const clip of await db.clips.bulkGet(ids)) {
    for (const term of termsRow(clip!).terms) expect((await clipIdsWithTerm(db, studyId, term)).has(clip!.id)).toBe(true);
  }
}
