// `npm run bench` (scripts/bench.mjs builds first): measures docs/ARCHITECTURE.md, Contracts in
// headless Chromium with the built extension, writes bench/results.json and
// prints a table with each target. Not part of `npm test`.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, selectText } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { CHROME_BUILD, ROOT } from '../test/e2e/support/paths';
import { measureSync } from './sync-bench';

const SIZES = [1000, 10000, 100000] as const;
const RUNS = Number(process.env.JL_BENCH_RUNS ?? 7);
const SAVES = Number(process.env.JL_BENCH_SAVES ?? 100);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...a: unknown[]) => console.log('[bench]', ...a);

type Hooks = typeof import('../lib/bench/bench-hooks');
function hook<K extends keyof Hooks>(panel: Page, name: K, ...args: Parameters<Hooks[K]>): Promise<Awaited<ReturnType<Hooks[K]>>> {
  return panel.evaluate(
    async ({ name, args }) => {
      const mod = await (globalThis as unknown as { journeyLensBench(): Promise<Record<string, (...a: unknown[]) => unknown>> }).journeyLensBench();
      return mod[name]!(...args);
    },
    { name, args },
  ) as never;
}

/** Runs `work` after a garbage collection and samples the page's JS heap every 20 ms meanwhile: its result and the peak (bytes). */
async function withPeakHeap<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      peak = Math.max(peak, usedSize);
      await new Promise((res) => setTimeout(res, 20));
    }
  })();
  let result: T;
  try {
    result = await work();
  } finally {
    sampling = false;
    await sampler;
  }
  return { result, peak };
}

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function bundleSizes() {
  const html = readFileSync(join(CHROME_BUILD, 'sidepanel.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const all: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) all.push(p);
    }
  };
  walk(CHROME_BUILD);
  return {
    content: round(gz(join(CHROME_BUILD, 'content-scripts/content.js')) / 1024, 2),
    sidepanel: round(initial.reduce((s, f) => s + gz(join(CHROME_BUILD, f)), 0) / 1024, 2),
    total: round(all.reduce((s, f) => s + gz(f), 0) / 1024, 2),
    sidepanelFiles: initial,
    totalFiles: all.map((f) => relative(CHROME_BUILD, f)).length,
  };
}

/** The shipped stage model as packaged (docs/ARCHITECTURE.md, Contracts: ≤ 300 KB gzip). */
function stageModelKb(): number {
  return round(gz(join(CHROME_BUILD, 'stage-model.json')) / 1024, 1);
}

/** The stage suggestion in the extension's own page: p95 over varied passages with a taught study model (≤ 20 ms). */
async function stageSuggestMs(panel: Page): Promise<{ p95: number; median: number }> {
  const r = await hook(panel, 'timeStageSuggestions', 400);
  log(`stage suggestion over ${r.runs} passages: median ${round(r.median, 2)} ms, p95 ${round(r.p95, 2)} ms (model loaded in ${round(r.loadMs)} ms)`);
  return { p95: round(r.p95, 2), median: round(r.median, 2) };
}

/**
 * JL_BENCH_STAGE_ONLY=1: the stage suggestion figures alone (speed and model
 * size), printed, nothing written: JL_BENCH=1 JL_BENCH_STAGE_ONLY=1 npx vitest run -c vitest.e2e.config.ts bench
 */
const STAGE_ONLY = !!process.env.JL_BENCH_STAGE_ONLY;

it.runIf(STAGE_ONLY)('stage suggestion only', async () => {
  const browser = await launchWithExtension();
  try {
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    const ms = await stageSuggestMs(panel);
    log(`stage_suggest_ms.p95 ${ms.p95} (≤ 20), stage_model_kb_gzip ${stageModelKb()} (≤ 300)`);
  } finally {
    await browser.close();
  }
});

/**
 * JL_BENCH_EXPORT_ONLY=1: the CSV export alone, on a profile kept in
 * bench/tmp/export-profile (seeded with 100k clips once, reused after), so
 * the export can be measured repeatedly without re-seeding. Prints the raw
 * getAll of the same clips and the export's median; writes nothing. Run it with
 *   JL_OUTPUT_DIR=.output-perf npx wxt build &&
 *   JL_OUTPUT_DIR=.output-perf JL_BENCH=1 JL_BENCH_EXPORT_ONLY=1 npx vitest run -c vitest.e2e.config.ts
 * (the profile belongs to that build's extension id: keep building into the same folder).
 */
const EXPORT_ONLY = !!process.env.JL_BENCH_EXPORT_ONLY;

it.runIf(EXPORT_ONLY)('export only (kept profile)', async () => {
  const n = 100000;
  const browser = await launchWithExtension(undefined, join(ROOT, 'bench/tmp/export-profile'));
  try {
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await panel.getByRole('table', { name: 'Comparison matrix' }).waitFor();
    let studyId = await hook(panel, 'findStudy', `bench ${n}`);
    if (!studyId) {
      const seeded = await hook(panel, 'seedStudy', `bench ${n}`, n);
      log(`seeded ${n} clips in ${round(seeded.ms / 1000)} s`);
      studyId = seeded.studyId;
    }
    const cdp = await browser.context.newCDPSession(panel);
    const runs = Number(process.env.JL_BENCH_RUNS ?? 4);
    const times: number[] = [];
    const peaks: number[] = [];
    const g: number[] = [];
    const legacy: number[] = [];
    await hook(panel, 'timeRawGetAll', studyId);
    for (let k = 0; k < runs; k++) {
      // The raw getAll of the same clips, interleaved with the exports: the machine's floor right now.
      const got = await hook(panel, 'timeRawGetAll', studyId);
      g.push(got.ms);
      const { result: ex, peak } = await withPeakHeap(cdp, () => hook(panel, 'timeExport', studyId));
      if (ex.rows !== n) throw new Error(`export wrote ${ex.rows} rows`);
      times.push(ex.ms);
      peaks.push(peak / 1024 / 1024);
      // The export from clip objects (the path before pre-formatted rows), same run, for comparison.
      await cdp.send('HeapProfiler.collectGarbage');
      const old = await hook(panel, 'timeExport', studyId, 'clips');
      if (old.bytes !== ex.bytes) throw new Error(`exports differ in size: ${ex.bytes} (${ex.via}) vs ${old.bytes} (clips)`);
      legacy.push(old.ms);
      log(`run ${k}: export ${round(ex.ms)} ms via ${ex.via}, ${round(ex.bytes / 1024 / 1024)} MB file, peak heap ${round(peak / 1024 / 1024)} MB; from clips ${round(old.ms)} ms; raw getAll ${round(got.ms)} ms`);
    }
    log(`export median ${round(median(times))} ms, peak heap median ${round(median(peaks))} MB; from clips median ${round(median(legacy))} ms; raw getAll median ${round(median(g))} ms (${runs} runs)`);
  } finally {
    await browser.close();
  }
});

/**
 * JL_BENCH_SYNC_ONLY=1: the team-sync figures alone (two more profiles on a loopback server);
 * merges `sync_first_load_ms` and `sync_propagation_ms` into bench/results.json, keeping its other keys:
 *   JL_OUTPUT_DIR=.output-bench VITE_JL_BENCH=1 npx wxt build &&
 *   JL_OUTPUT_DIR=.output-bench JL_BENCH=1 JL_BENCH_SYNC_ONLY=1 npx vitest run -c vitest.e2e.config.ts
 */
const SYNC_ONLY = !!process.env.JL_BENCH_SYNC_ONLY;

type SyncFigures = { firstLoad10000: number; rawGetAll10000: number; propagation: number[] };
function syncResults(sync: SyncFigures) {
  return {
    sync_first_load_ms: { '10000': sync.firstLoad10000 },
    // The same run's raw IndexedDB getAll of those 10k clips in the new member's profile (the machine's floor, for a ratio).
    sync_raw_getall_ms: { '10000': round(sync.rawGetAll10000) },
    sync_propagation_ms: { median: round(median(sync.propagation)), p95: round(p95(sync.propagation)) },
  };
}
const measureTeamSync = () => measureSync((page, name, ...args) => hook(page, name as keyof Hooks, ...(args as never)), log, Number(process.env.JL_BENCH_SYNC_SAVES ?? 15));

it.runIf(SYNC_ONLY)('team sync only', async () => {
  const figures = syncResults(await measureTeamSync());
  mergeResults(figures);
  log(`sync_first_load_ms.10000 ${figures.sync_first_load_ms['10000']} (≤ 10000), sync_propagation_ms.median ${figures.sync_propagation_ms.median} (≤ 1000); merged into bench/results.json`);
});

/**
 * JL_BENCH_WRITE_ONLY=1: the bulk write path alone — 100k synthetic clips into a
 * fresh study through the clip-write unit of work (`bulk_write_ms`), then a
 * plain `bulkPut` of the same clip objects into a bare table (`raw_bulkput_ms`);
 * the two keys are merged into bench/results.json (other keys kept):
 *   JL_BENCH_WRITE_ONLY=1 npm run bench
 */
const WRITE_ONLY = !!process.env.JL_BENCH_WRITE_ONLY;

it.runIf(WRITE_ONLY)('bulk write only', async () => {
  const n = Number(process.env.JL_BENCH_WRITE_COUNT ?? 100000);
  // The bench's usual clips (short phrases), then long varied text (≈ 3 × the search terms per clip),
  // each in a fresh profile (a database already holding the first 100k clips slows the second);
  // JL_BENCH_WRITE_TEXT=phrases|varied measures one of them.
  for (const text of (process.env.JL_BENCH_WRITE_TEXT ? [process.env.JL_BENCH_WRITE_TEXT as 'varied'] : (['phrases', 'varied'] as const))) {
    const browser = await launchWithExtension();
    try {
      const panel = await browser.context.newPage();
      await panel.goto(browser.extensionUrl('sidepanel.html'));
      await panel.getByRole('table', { name: 'Comparison matrix' }).waitFor();
      const written = await hook(panel, 'timeBulkWrite', n, text);
      if (written.clips !== n) throw new Error(`the bulk write left ${written.clips} clips in the cells, expected ${n}`);
      const raw = await hook(panel, 'timeRawBulkPut', written.studyId);
      if (raw.rows !== n) throw new Error(`the raw bulkPut stored ${raw.rows} rows, expected ${n}`);
      const ratio = written.ms / raw.ms;
      log(`bulk write ${n} (${text}): ${round(written.ms)} ms (${written.cells} cells); raw bulkPut ${round(raw.ms)} ms; ×${round(ratio, 2)} (target ≤ 4)`);
      log(`  JavaScript (terms, blocks, rows) alone ≈ ${round(written.jsMs)} ms (overlapped with the writes: a chunk's runs while the one before is written)`);
      for (const q of await hook(panel, 'timeSearches', written.studyId)) {
        log(`  search "${q.text}": ${q.hits} clips in ${round(q.ms)} ms (again ${round(q.againMs)} ms)`);
      }
      const suffix = text === 'phrases' ? '' : '_varied';
      mergeResults({ [`bulk_write${suffix}_ms`]: { [n]: round(written.ms) }, [`raw_bulkput${suffix}_ms`]: { [n]: round(raw.ms) } });
    } finally {
      await browser.close();
    }
  }
});

/** Writes `keys` into bench/results.json, keeping every other key (and other sizes of the same key). */
function mergeResults(keys: Record<string, unknown>): void {
  const file = join(ROOT, 'bench/results.json');
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // No results yet: start from these keys.
  }
  for (const [key, value] of Object.entries(keys)) {
    const old = current[key];
    const both = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
    current[key] = both(old) && both(value) ? { ...old, ...value } : value;
  }
  writeFileSync(file, JSON.stringify(current, null, 2) + '\n');
}

it.skipIf(EXPORT_ONLY || STAGE_ONLY || SYNC_ONLY || WRITE_ONLY)('bench', async () => {
  const started = Date.now();
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  try {
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await panel.getByRole('table', { name: 'Comparison matrix' }).waitFor();

    // 1. Save → count visible in an open side panel.
    const site = await browser.context.newPage();
    await site.goto(server.url('acme.test'));
    const latencies: number[] = [];
    for (let i = 1; i <= SAVES + 3; i++) {
      await selectText(site, '#promise');
      const clip = site.getByRole('button', { name: 'Clip', exact: true });
      await clip.click();
      const dialog = site.getByRole('dialog', { name: 'Clip evidence' });
      await dialog.waitFor();
      await dialog.getByLabel('Stage').selectOption('amot');
      if (!(await dialog.getByLabel('Brand').inputValue())) await dialog.getByLabel('Brand').fill('Acme');
      // The panel waits for the AMOT count of Acme to read i, and notes when it does.
      await panel.evaluate((n) => {
        const w = window as unknown as { __seen?: Promise<number> };
        w.__seen = new Promise<number>((resolve) => {
          const check = () => {
            const table = document.querySelector('table');
            if (!table) return false;
            const heads = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim());
            const col = heads.indexOf('AMOT');
            const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === 'Acme');
            const text = row?.querySelectorAll('td')[col]?.textContent?.trim() ?? '';
            if (text.startsWith(String(n)) && !/^\d/.test(text.slice(String(n).length))) {
              resolve(performance.timeOrigin + performance.now());
              return true;
            }
            return false;
          };
          if (check()) return;
          const mo = new MutationObserver(() => check() && mo.disconnect());
          mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      }, i);
      const clickedAt = await site.evaluate(() => {
        const save = document.querySelector('journey-lens-ui')!.shadowRoot!.querySelector<HTMLButtonElement>('[role="dialog"] button[type="submit"]')!;
        const t = performance.timeOrigin + performance.now();
        save.click();
        return t;
      });
      const seenAt = await panel.evaluate(() => (window as unknown as { __seen: Promise<number> }).__seen);
      await dialog.waitFor({ state: 'detached' });
      if (i > 3) latencies.push(seenAt - clickedAt); // three warm-up saves
    }
    log(`capture→panel over ${latencies.length} saves: median ${round(median(latencies))} ms, p95 ${round(p95(latencies))} ms`);

    // 2. Matrix refresh vs raw getAll, 3. CSV export.
    const refresh: Record<string, number> = {};
    const raw: Record<string, number> = {};
    let exportMs = 0;
    let exportHeap = 0;
    for (const n of SIZES) {
      const seeded = await hook(panel, 'seedStudy', `bench ${n}`, n);
      log(`seeded ${n} clips in ${round(seeded.ms / 1000)} s`);
      const r: number[] = [];
      const g: number[] = [];
      await hook(panel, 'timeRefresh', seeded.studyId);
      await hook(panel, 'timeRawGetAll', seeded.studyId);
      for (let k = 0; k < RUNS; k++) {
        r.push(await hook(panel, 'timeRefresh', seeded.studyId));
        const got = await hook(panel, 'timeRawGetAll', seeded.studyId);
        if (got.rows !== n) throw new Error(`raw getAll read ${got.rows} rows, expected ${n}`);
        g.push(got.ms);
      }
      refresh[n] = round(median(r), 2);
      raw[n] = round(median(g), 2);
      log(`${n}: refresh ${refresh[n]} ms, raw getAll ${raw[n]} ms`);

      if (n === 100000) {
        const cdp = await browser.context.newCDPSession(panel);
        const times: number[] = [];
        const peaks: number[] = [];
        for (let k = 0; k < 4; k++) {
          const { result: ex, peak } = await withPeakHeap(cdp, () => hook(panel, 'timeExport', seeded.studyId));
          if (ex.rows !== n) throw new Error(`export wrote ${ex.rows} rows`);
          if (k > 0) {
            times.push(ex.ms);
            peaks.push(peak / 1024 / 1024);
          }
          log(`export ${n}: ${round(ex.ms)} ms, ${round(ex.bytes / 1024 / 1024)} MB file, peak heap ${round(peak / 1024 / 1024)} MB`);
        }
        exportMs = round(median(times));
        exportHeap = round(median(peaks));
      }
    }

    const stageSuggest = await stageSuggestMs(panel);
    // 4. Team sync on a loopback server (two more profiles).
    const sync = await measureTeamSync();
    const syncMedian = round(median(sync.propagation));

    const sizes = bundleSizes();
    const results = {
      capture_to_panel_ms: { median: round(median(latencies)), p95: round(p95(latencies)) },
      matrix_refresh_ms: { '1000': refresh[1000]!, '10000': refresh[10000]!, '100000': refresh[100000]! },
      raw_getall_ms: { '1000': raw[1000]!, '10000': raw[10000]!, '100000': raw[100000]! },
      csv_export_ms: { '100000': exportMs },
      csv_export_heap_mb: exportHeap,
      bundle_gzip_kb: { content: sizes.content, sidepanel: sizes.sidepanel, total: sizes.total },
      stage_suggest_ms: stageSuggest,
      stage_model_kb_gzip: stageModelKb(),
      ...syncResults(sync),
    };
    mergeResults(results);

    const ok = (b: boolean) => (b ? 'met' : 'MISSED');
    const rows: [string, string, string, string][] = [
      ['capture → panel (median)', `${results.capture_to_panel_ms.median} ms`, '≤ 150 ms', ok(results.capture_to_panel_ms.median <= 150)],
      ['capture → panel (p95)', `${results.capture_to_panel_ms.p95} ms`, '—', ''],
      ...SIZES.map((n): [string, string, string, string] => {
        // docs/ARCHITECTURE.md, Contracts sets targets at 10k and 100k; 1k is reported for the curve.
        const limit = n === 10000 ? 50 : n === 100000 ? 150 : undefined;
        const ratio = refresh[n]! / raw[n]!;
        return [
          `matrix refresh @ ${n.toLocaleString('en')}`,
          `${refresh[n]} ms (raw getAll ${raw[n]} ms, ×${round(ratio, 3)})`,
          limit === undefined ? '—' : `≤ ${limit} ms and ≤ 0.25 × getAll`,
          limit === undefined ? '' : ok(refresh[n]! <= limit && ratio <= 0.25),
        ];
      }),
      ['CSV export 100k', `${exportMs} ms, peak heap ${exportHeap} MB`, '≤ 3000 ms, bounded', ok(exportMs <= 3000)],
      ['stage suggestion (p95)', `${results.stage_suggest_ms.p95} ms`, '≤ 20 ms', ok(results.stage_suggest_ms.p95 <= 20)],
      ['stage model', `${results.stage_model_kb_gzip} KB gz`, '≤ 300 KB', ok(results.stage_model_kb_gzip <= 300)],
      ['sync: 10k-clip study to a new member', `${sync.firstLoad10000} ms`, '≤ 10000 ms', ok(sync.firstLoad10000 <= 10000)],
      ['sync: save → teammate\'s panel (median)', `${syncMedian} ms`, '≤ 1000 ms', ok(syncMedian <= 1000)],
      ['content script', `${sizes.content} KB gz`, '≤ 12 KB', ok(sizes.content <= 12)],
      ['side panel initial JS', `${sizes.sidepanel} KB gz`, '≤ 60 KB', ok(sizes.sidepanel <= 60)],
      ['all extension code', `${sizes.total} KB gz`, '—', ''],
    ];
    const w = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
    console.log('\n' + rows.map((r) => `${r[0].padEnd(w[0]!)}  ${r[1].padEnd(w[1]!)}  ${r[2].padEnd(w[2]!)}  ${r[3]}`).join('\n'));
    console.log(`\nbench/results.json written in ${round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
});
