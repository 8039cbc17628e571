import { availableParallelism } from 'node:os';
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
    // Every core: vitest's default (cores − 1) runs the files one at a time on a 2-core machine.
    // Each file runs in its own process (fake-indexeddb, its own LibreOffice profile, servers on port 0).
    maxWorkers: availableParallelism(),
    // Type-level tests (`*.test-d.ts`, expectTypeOf): checked by tsc as part of the unit run.
    typecheck: { enabled: true, include: ['test/unit/**/*.test-d.ts'], tsconfig: './tsconfig.type-tests.json' },
  },
});
