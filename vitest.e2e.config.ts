import { defineConfig } from 'vitest/config';

/** Real-browser tests: built extension in Debian's chromium and firefox-esr. Run by `npm test`. */
export default defineConfig({
  test: {
    // JL_DOCS=1 runs the documentation screenshot instead (npm run docs:screenshot).
    include: process.env.JL_BENCH ? ['bench/run-bench.ts'] : process.env.JL_DOCS ? ['docs/*.e2e.ts'] : ['test/e2e/**/*.test.ts'],
    testTimeout: process.env.JL_BENCH ? 900_000 : 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
