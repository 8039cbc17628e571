#!/usr/bin/env node
// `npm test`: unit tests, then both builds, then the real-browser tests
// (Chromium through playwright-core, Firefox ESR through puppeteer-core).
// Missing browsers are installed with apt-get when possible; otherwise the
// run fails with the exact install command. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers, ensureLibreOffice } from './ensure-browsers.mjs';

const args = new Set(process.argv.slice(2));
const e2eOnly = args.has('--e2e-only');
const unitOnly = args.has('--unit-only');
const root = join(import.meta.dirname, '..');
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, cmdArgs) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

/** Runs a vitest config and adds its test counts (from the JSON report) to the totals. */
function vitest(label, config, name) {
  const out = join(reports, `${name}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // Files that failed to load have no tests to count; each counts as one failure.
    const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    failed += brokenFiles;
    if (report.numPendingTests || report.numTodoTests) {
      problems.push(`${label}: ${report.numPendingTests + report.numTodoTests} skipped tests (nothing may be skipped)`);
      failed += report.numPendingTests + report.numTodoTests;
    }
  } catch {
    failed += 1;
    problems.push(`${label}: no report was written (${out})`);
  }
  if (!ok && failed === 0) {
    failed += 1;
    problems.push(`${label}: vitest exited with an error`);
  }
}

// Generated types and the i18n module (`#i18n`) must exist before vitest loads the code.
if (!run('Prepare WXT types', 'npx', ['wxt', 'prepare'])) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

if (!e2eOnly) {
  // The linter counts as one check: its own report says what is wrong.
  if (run('Lint (ESLint with typescript-eslint)', 'npx', ['eslint', '.'])) passed += 1;
  else {
    failed += 1;
    problems.push('lint: ESLint reported errors (npm run lint)');
  }
  // The spreadsheet tests (test/unit/export/libreoffice-*.test.ts) open the exports in LibreOffice.
  try {
    ensureLibreOffice();
  } catch (error) {
    console.error(`\n✗ ${error.message}`);
    failed += 1;
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  vitest('Unit tests (vitest, fake-indexeddb, jsdom)', 'vitest.config.ts', 'unit');
}

if (!unitOnly) {
  try {
    ensureBrowsers();
  } catch (error) {
    console.error(`\n✗ ${error.message}`);
    failed += 1;
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  const built =
    run('Build for Chromium (.output/chrome-mv3)', 'npx', ['wxt', 'build']) &&
    run('Build for Firefox (.output/firefox-mv3)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
  if (!built) {
    failed += 1;
    problems.push('a build failed, so the real-browser tests could not run');
  } else {
    vitest('Real-browser tests (Chromium + Firefox ESR)', 'vitest.e2e.config.ts', 'e2e');
  }
}

for (const p of problems) console.error(`✗ ${p}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
