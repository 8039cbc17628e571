#!/usr/bin/env node
// Makes sure the browsers the real-browser tests drive are installed:
// Debian's chromium and firefox-esr, and LibreOffice Calc (headless, Debian's
// libreoffice-calc-nogui) that the spreadsheet tests open the exports in.
// Installs them with apt-get when it can (as root; waiting for the apt/dpkg
// lock when another install holds it); otherwise fails with the exact command
// to run. Never downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

/** LibreOffice Calc without a GUI: the CSV and .xlsx exports are opened in it by the unit tests. */
export const LIBREOFFICE = { name: 'LibreOffice Calc', path: process.env.SOFFICE_PATH ?? '/usr/bin/soffice', pkg: 'libreoffice-calc-nogui' };

/** apt-get waits up to 20 minutes for a lock another install holds, instead of failing at once. */
const LOCK_WAIT = '-o DPkg::Lock::Timeout=1200';

export function missingBrowsers(tools = BROWSERS) {
  return tools.filter((b) => !existsSync(b.path));
}

/** Makes sure LibreOffice Calc (headless) is installed, like the browsers. */
export function ensureLibreOffice(options = {}) {
  ensureBrowsers({ ...options, tools: [LIBREOFFICE], why: 'needed by the spreadsheet tests' });
}

export function ensureBrowsers({ log = console.log, tools = BROWSERS, why = 'needed by the real-browser tests' } = {}) {
  const missing = missingBrowsers(tools);
  if (!missing.length) return;
  const pkgs = missing.map((b) => b.pkg);
  const command = `apt-get ${LOCK_WAIT} update && apt-get ${LOCK_WAIT} install -y --no-install-recommends ${pkgs.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `${missing.map((b) => b.name).join(' and ')} not found at ${missing.map((b) => b.path).join(', ')}.\n` +
        `Install with:  sudo sh -c '${command}'`,
    );
  }
  log(`Installing ${pkgs.join(', ')} with apt-get (${why})…`);
  // A lock held by another install makes apt-get wait (LOCK_WAIT); `update` can still fail
  // on a lock of the lists directory, so the whole command is tried a few times.
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status === 0 || attempt >= 5) break;
    log(`apt-get failed (exit ${result.status}); waiting 30 s for the apt/dpkg lock, then trying again (${attempt}/4)…`);
    execFileSync('sleep', ['30']);
  }
  const still = missingBrowsers(tools);
  if (still.length) {
    throw new Error(`apt-get finished but ${still.map((b) => b.path).join(', ')} is still missing. Run: ${command}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowsers();
    ensureLibreOffice();
    for (const b of [...BROWSERS, LIBREOFFICE]) console.log(`${b.name}: ${b.path}`);
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
}
