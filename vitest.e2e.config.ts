import { availableParallelism, loadavg } from 'node:os';
import { defineConfig } from 'vitest/config';
import { budget } from './test/e2e/support/budget';

/**
 * How many real-browser test files run at once. JL_E2E_WORKERS sets it; otherwise half the
 * cores when there are at least 4 and the machine is not busy (one-minute load below half a
 * core per core), else 1 (a 2-core machine runs the files one after another). Files can run side
 * by side because each launches its own browser on a fresh temporary profile (Chromium over a
 * pipe, Firefox with its own profile, debugging port 0 and downloads folder) and serves its
 * fixture, demo and sync servers on port 0 (test/e2e/support/*). The bench and the docs
 * screenshot always run alone: they measure or picture an otherwise idle browser.
 */
export function e2eWorkers(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0]!): number {
  if (env.JL_BENCH || env.JL_DOCS) return 1;
  const asked = Number(env.JL_E2E_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return cores >= 4 && load / cores < 0.5 ? Math.max(1, Math.floor(cores / 2)) : 1;
}

const workers = e2eWorkers();

/** Real-browser tests: built extension in Debian's chromium and firefox-esr. Run by `npm test`. */
export default defineConfig({
  test: {
    // JL_DOCS=1 runs the documentation screenshot instead (npm run docs:screenshot).
    include: process.env.JL_BENCH ? ['bench/run-bench.ts'] : process.env.JL_DOCS ? ['docs/*.e2e.ts'] : ['test/e2e/**/*.test.ts'],
    // Bounds for a hung test, scaled to the machine's load; tests themselves wait on conditions.
    testTimeout: process.env.JL_BENCH ? 900_000 : budget(120_000),
    hookTimeout: budget(120_000),
    // expect.poll waits for a condition; its default (1 s) is too short for a busy 2-core machine.
    expect: { poll: { timeout: budget(10_000), interval: 50 } },
    fileParallelism: workers > 1,
    maxWorkers: workers,
    pool: 'forks',
  },
});
