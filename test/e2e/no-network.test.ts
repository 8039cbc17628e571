// The built extension contacts no server: no network API in any shipped
// script, and no remote URL it could load code or data from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

function scripts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...scripts(p));
    else if (/\.(js|html)$/.test(name)) out.push(p);
  }
  return out;
}

const NETWORK_APIS = /\b(fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts\s*\(\s*['"]https?:)/;

describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('%s build', (_name, dir) => {
  it('calls no network API', () => {
    const hits: string[] = [];
    for (const file of scripts(dir)) {
      const text = readFileSync(file, 'utf8');
      const m = NETWORK_APIS.exec(text);
      if (m) hits.push(`${relative(dir, file)}: …${text.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
    }
    expect(hits).toEqual([]);
  });

  it('loads nothing from a remote URL (no <script src=http…>, no remote import)', () => {
    for (const file of scripts(dir)) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(dir, file)).not.toMatch(/<script[^>]+src=["']https?:|import\(\s*["']https?:|from\s*["']https?:/);
    }
  });

  it('has no test or bench hooks (they exist only in the bench build)', () => {
    for (const file of scripts(dir)) {
      expect(readFileSync(file, 'utf8'), relative(dir, file)).not.toMatch(/journeyLensBench|seedStudy|setDbForTests/);
    }
  });
});
