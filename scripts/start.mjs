#!/usr/bin/env node
// `npm start`: builds both browsers' extensions, then — with a display —
// opens Chromium on a fresh profile with Journey Lens loaded and a page to
// clip from. Without a display it prints how to load the builds by hand.
// The demo pages (scripts/demo-server.mjs) are served from 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from './demo-server.mjs';

const root = join(import.meta.dirname, '..');
const chrome = join(root, '.output/chrome-mv3');
const firefox = join(root, '.output/firefox-mv3');

for (const [label, args] of [
  ['Chromium', ['wxt', 'build']],
  ['Firefox', ['wxt', 'build', '-b', 'firefox', '--mv3']],
]) {
  console.log(`Building for ${label}…`);
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';

const manual = `
Journey Lens is built. A fresh install starts with a default study on the
Moments of Truth framework, so you can clip straight away.

  Chrome / Chromium / Edge: open chrome://extensions, turn on Developer mode,
    "Load unpacked" → ${chrome}
  Firefox: open about:debugging#/runtime/this-firefox,
    "Load Temporary Add-on…" → ${join(firefox, 'manifest.json')}

Then select text on any web page and press the Clip button.`;

if (!hasDisplay || !chromium) {
  console.log(manual);
  if (!chromium) console.log('\n(No Chromium found: install it with `apt-get install chromium` to have `npm start` open it for you.)');
  process.exit(0);
}

const demo = await startDemoServer();
const profile = mkdtempSync(join(tmpdir(), 'journey-lens-'));
console.log(`Opening Chromium with Journey Lens (profile ${profile})…`);
const child = spawn(
  chromium,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${chrome}`,
    `--load-extension=${chrome}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    demo.url('northwind.test'),
  ],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
