import { defineConfig } from 'vitest/config';

/** Real-browser tests: built extension in Debian's chromium and firefox-esr. Run by `npm test`. */
export default defineConfig({
  test: {
    // JL_DOCS=1 runs the documentation screenshot instead (npm run docs:screenshot).
    include: process.env.JL_DOCS ? ['docs/*.e2e.ts'] : ['test/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
