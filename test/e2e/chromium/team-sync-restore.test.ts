import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { budget } from '../support/budget';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
// @ts-expect-error: plain JavaScript module (the sync server's core), no types
import { startSyncServer } from '../../../scripts/sync-server/server.mjs';

const TOKEN = 'e2e-restore-token-0123456789';

let sync: { url: string; close(): Promise<void> };
let dataDir: string;
const browsers: ExtensionBrowser[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jl-sync-restore-'));
  sync = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir, tokens: [TOKEN] });
});
afterAll(async () => {
  for (const b of browsers) await b.close();
  await sync?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const syncLines = (page: Page) => page.getByRole('status').filter({ hasText: /^(Synced|Syncing|Offline|Sync error)/ });

describe('a backup of a shared study (Chromium)', () => {
  it('restores as a local study, and rejoins the team only when asked, with the token', async () => {
    const alice = await launchWithExtension();
    browsers.push(alice);
    const options = await alice.context.newPage();
    await options.goto(alice.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Share with a team' }).first().click();
    await options.getByLabel('Server address').fill(sync.url);
    await options.getByLabel('Token').fill(TOKEN);
    await options.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => syncLines(options).first().innerText(), { timeout: budget(20_000) }).toMatch(/^Synced/);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Back up' }).click()]);
    const backup = await readFile((await download.path())!);
    expect(backup.toString('utf8')).not.toContain(TOKEN);

    const bob = await launchWithExtension();
    browsers.push(bob);
    const restore = await bob.context.newPage();
    await restore.goto(bob.extensionUrl('options.html'));
    await restore.getByLabel('Restore backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await restore.getByText(/Restored \d+ clips in \d+ studies/).waitFor({ timeout: budget(20_000) });
    const host = new URL(sync.url).host;
    await restore.getByText(`“My first study” was shared with a team on ${host}. It was restored as a local study`, { exact: false }).waitFor();
    // Local: no connection, no sync line.
    expect(await syncLines(restore).count()).toBe(0);

    const rejoin = restore.getByRole('form', { name: 'Rejoin the team of My first study' });
    await rejoin.getByRole('button', { name: 'Rejoin the team' }).click();
    await restore.getByRole('alert').filter({ hasText: "Enter the token your team's server accepts." }).waitFor();
    expect(await syncLines(restore).count()).toBe(0);
    await rejoin.getByLabel('Token').fill(TOKEN);
    await rejoin.getByRole('button', { name: 'Rejoin the team' }).click();
    await restore.getByText('“My first study” syncs with its team again.').waitFor();
    await expect.poll(() => syncLines(restore).first().innerText(), { timeout: budget(20_000) }).toMatch(/^Synced/);
    await expect.poll(() => restore.getByLabel(/^Invite to /).count()).toBe(1);
  });
});
