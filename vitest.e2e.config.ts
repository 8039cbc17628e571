import { defineConfig } from 'vitest/config';
import { budget } from './test/e2e/support/budget';

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
    fileParallelism: false,
    pool: 'forks',
  },
});
