import { defineConfig } from 'vitest/config';

/** Real-browser tests: built extension in Debian's chromium and firefox-esr. Run by `npm test`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
