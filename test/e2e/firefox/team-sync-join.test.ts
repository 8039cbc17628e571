// Firefox ESR joins a team study: a study shared on a loopback Hocuspocus server (by a
// Node client here) arrives through "Join a team study", and the panel shows its cells.
import 'fake-indexeddb/auto';
import '../support/node-extension-storage';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft } from '../../../lib/db/clips-repo';
import { JourneyLensDB } from '../../../lib/db/database';
import { ensureDefaults } from '../../../lib/db/studies-repo';
import { makeInvite } from '../../../lib/sync/invite';
import { SyncSession } from '../../../lib/sync/session';
import { draft } from '../../unit/db/helpers';
import { budget } from '../support/budget';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
// @ts-expect-error: plain JavaScript module (the sync server's core, which also re-exports ws's client), no types
import { startSyncServer, WebSocket } from '../../../scripts/sync-server/server.mjs';

const TOKEN = 'ff-team-token-0123456789';
let ff: FirefoxWithExtension;
let sync: { url: string; close(): Promise<void> };
let dataDir: string;
let sharer: SyncSession | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jl-sync-ff-'));
  sync = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir, tokens: [TOKEN] });
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  sharer?.stop();
  await ff?.close();
  await sync?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('team sync (Firefox ESR)', () => {
  it('joins a shared study by invite and shows its clips in the panel', async () => {
    const db = new JourneyLensDB(`ff-sharer-${Date.now()}`);
    const study = await ensureDefaults(db, 'Team study');
    await saveDraft(db, draft({ studyId: study.id, brandName: 'Acme', stageId: 'amot' }));
    await saveDraft(db, draft({ studyId: study.id, brandName: 'Acme', stageId: 'amot' }));
    const config = { server: sync.url, studyId: study.id, token: TOKEN };
    sharer = new SyncSession({ db, config, WebSocketPolyfill: WebSocket });
    await expect.poll(() => sharer!.isIdle(), { timeout: budget(20_000) }).toBe(true);

    const options = await ff.openExtensionPage('options.html');
    const field = await options.waitForSelector('form.sync-join input[type="text"]', { timeout: budget(30_000) });
    await field!.type(makeInvite(config));
    await (await options.$('form.sync-join button[type="submit"]'))!.click();
    // The study arrives and becomes active; the team line says Synced.
    await options.waitForFunction(
      () => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.startsWith('Synced')),
      { timeout: budget(30_000) },
    );
    const panel = await ff.openExtensionPage('sidepanel.html');
    await panel.waitForFunction(
      () => {
        const table = document.querySelector('table');
        const heads = [...(table?.querySelectorAll('thead th[scope="col"]') ?? [])].map((th) => th.textContent?.trim());
        const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((tr) => tr.querySelector('th')?.textContent?.trim() === 'Acme');
        return row?.querySelectorAll('td')[heads.indexOf('AMOT')]?.textContent?.trim().startsWith('2') ?? false;
      },
      { timeout: budget(30_000) },
    );
    // The panel's own sync line (it loads right after the first paint and connects) says so too.
    await panel.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((e) => /^(Synced|Syncing)/.test(e.textContent ?? '')), {
      timeout: budget(30_000),
    });
  });
});
