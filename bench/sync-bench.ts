// Team sync figures for `npm run bench` (docs/ARCHITECTURE.md, Contracts): two Chromium profiles on
// an in-process Hocuspocus server on 127.0.0.1.
//  - sync_first_load_ms.10000: a new member joins (options page → Invite → Join)
//    a shared 10k-clip study, until their database counts all 10k clips;
//  - sync_propagation_ms.median: a save in one profile until the other's open
//    side panel shows the new count (the panel watches its own table).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/support/chromium';
// @ts-expect-error: plain JavaScript module (the sync server's core), no types
import { startSyncServer } from '../scripts/sync-server/server.mjs';

const TOKEN = 'bench-team-token-0123456789';

type Hook = (panel: Page, name: string, ...args: unknown[]) => Promise<unknown>;

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`sync bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The panel's grand total for the study (the matrix footer's last cell, digits only: it may be grouped). */
function panelTotal(panel: Page): Promise<number> {
  return panel.evaluate(() => {
    const cells = document.querySelectorAll('table tfoot td.mx-total');
    const text = cells[cells.length - 1]?.textContent?.replace(/\D/g, '') ?? '';
    return text ? Number(text) : -1;
  });
}

export async function measureSync(hook: Hook, log: (...a: unknown[]) => void, saves = 15): Promise<{ firstLoad10000: number; rawGetAll10000: number; propagation: number[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jl-sync-bench-'));
  const server = await startSyncServer({ host: '127.0.0.1', port: 0, dataDir, tokens: [TOKEN] });
  const browsers: ExtensionBrowser[] = [];
  try {
    const alice = await launchWithExtension();
    browsers.push(alice);
    const alicePanel = await alice.context.newPage();
    await alicePanel.goto(alice.extensionUrl('sidepanel.html'));
    await alicePanel.getByRole('table', { name: 'Comparison matrix' }).waitFor();
    const seeded = (await hook(alicePanel, 'seedStudy', 'sync bench 10000', 10000)) as { studyId: string };
    const invite = (await hook(alicePanel, 'shareStudy', seeded.studyId, server.url, TOKEN)) as string;
    // Alice's options page keeps her session live; wait until her push is done.
    const aliceOptions = await alice.context.newPage();
    await aliceOptions.goto(alice.extensionUrl('options.html'));
    const aliceLine = aliceOptions.getByRole('status').filter({ hasText: /^Synced/ });
    await until(async () => (await aliceLine.count()) > 0, 600_000, "Alice's first push");

    const bob = await launchWithExtension();
    browsers.push(bob);
    const bobOptions = await bob.context.newPage();
    await bobOptions.goto(bob.extensionUrl('options.html'));
    const bobPanel = await bob.context.newPage();
    await bobPanel.goto(bob.extensionUrl('sidepanel.html'));
    await bobPanel.getByRole('table', { name: 'Comparison matrix' }).waitFor();
    await bobOptions.getByLabel('Invite', { exact: true }).fill(invite);
    const joinedAt = Date.now();
    await bobOptions.getByRole('button', { name: 'Join', exact: true }).click();
    await until(async () => ((await hook(bobPanel, 'clipCount', seeded.studyId)) as number) === 10000, 600_000, "Bob's first load");
    const firstLoad10000 = Date.now() - joinedAt;
    log(`sync first load of 10000 clips: ${firstLoad10000} ms`);
    // The machine's floor in the same run: one raw getAll of the 10k clips in Bob's profile; and what
    // the bulk write's cell rebuild (a cursor walk over the clips) costs against it.
    const raw = (await hook(bobPanel, 'timeRawGetAll', seeded.studyId)) as { ms: number; rows: number };
    const rebuild = (await hook(bobPanel, 'timeCellRebuild', seeded.studyId)) as { rebuildMs: number; getAllMs: number; clips: number };
    log(`raw getAll of ${raw.rows} clips ${Math.round(raw.ms)} ms; cell rebuild: rebuildCells ${Math.round(rebuild.rebuildMs)} ms, getAll ${Math.round(rebuild.getAllMs)} ms`);

    // Bob's panel shows the joined study (made active on arrival); Alice saves, Bob's table counts.
    await until(async () => (await panelTotal(bobPanel)) === 10000, 120_000, "Bob's panel on the joined study");
    const propagation: number[] = [];
    for (let k = 1; k <= saves + 2; k++) {
      const savedAt = Date.now();
      await hook(alicePanel, 'addClips', seeded.studyId, 1, 100_000 + k);
      await until(async () => (await panelTotal(bobPanel)) === 10000 + k, 60_000, `save ${k} in Bob's panel`);
      if (k > 2) propagation.push(Date.now() - savedAt); // two warm-up saves
    }
    log(`sync propagation over ${propagation.length} saves: ${propagation.join(', ')} ms`);
    return { firstLoad10000, rawGetAll10000: raw.ms, propagation };
  } finally {
    for (const b of browsers) await b.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
