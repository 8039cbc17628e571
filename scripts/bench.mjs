#!/usr/bin/env node
// `npm run bench`: builds the Chromium extension, makes sure Chromium is
// installed, then runs bench/run-bench.ts (see it for what is measured).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = join(import.meta.dirname, '..');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

try {
  ensureBrowsers();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
// The bench drives the side panel through a hook that only a build made with
// VITE_JL_BENCH=1 has; it goes to its own folder so .output stays a production build.
const env = { VITE_JL_BENCH: '1', JL_OUTPUT_DIR: process.env.JL_OUTPUT_DIR ?? '.output-bench' };
if (!run('npx', ['wxt', 'build'], env)) process.exit(1);
process.exit(run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=dot'], { ...env, JL_BENCH: '1' }) ? 0 : 1);
