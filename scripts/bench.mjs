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
if (!run('npx', ['wxt', 'build'])) process.exit(1);
process.exit(run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=dot'], { JL_BENCH: '1' }) ? 0 : 1);
