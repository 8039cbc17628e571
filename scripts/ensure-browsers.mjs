#!/usr/bin/env node
// Makes sure the browsers the real-browser tests drive are installed:
// Debian's chromium and firefox-esr. Installs them with apt-get when it can
// (as root); otherwise fails with the exact command to run. Never downloads
// a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

export function missingBrowsers() {
  return BROWSERS.filter((b) => !existsSync(b.path));
}

export function ensureBrowsers({ log = console.log } = {}) {
  const missing = missingBrowsers();
  if (!missing.length) return;
  const pkgs = missing.map((b) => b.pkg);
  const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `${missing.map((b) => b.name).join(' and ')} not found at ${missing.map((b) => b.path).join(', ')}.\n` +
        `Install with:  sudo sh -c '${command}'`,
    );
  }
  log(`Installing ${pkgs.join(', ')} with apt-get (needed by the real-browser tests)…`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missingBrowsers();
  if (still.length) {
    throw new Error(`apt-get finished but ${still.map((b) => b.path).join(', ')} is still missing. Run: ${command}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowsers();
    for (const b of BROWSERS) console.log(`${b.name}: ${b.path}`);
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
}
