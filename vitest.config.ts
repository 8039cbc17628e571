import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // JL_ANCHORING=1 (npm run bench:anchoring): only the anchoring benchmark, with its figures printed.
    include: process.env.JL_ANCHORING ? ['test/unit/anchoring/benchmark.test.ts'] : ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
    // Type-level tests (`*.test-d.ts`, expectTypeOf): checked by tsc as part of the unit run.
    typecheck: { enabled: true, include: ['test/unit/**/*.test-d.ts'], tsconfig: './tsconfig.type-tests.json' },
  },
});
