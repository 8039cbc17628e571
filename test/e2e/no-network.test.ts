// The built extension contacts no server unless a study is shared: the only
// network API in any shipped script is the WebSocket of the team-sync client,
// which exists in two places — the chunk extension pages load on demand
// (import()) when a shared study is on screen, and the background, which a
// Chrome service worker must import statically (no import() there) to catch up
// shared studies on an alarm. Both connect only to the server a study's team
// settings name; neither holds a remote URL it could load code or data from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './support/paths';

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

/**
 * A file of the extension's own package, read by URL (the stage model the background loads):
 * `fetch(browser.runtime.getURL(…))` reaches no server, so it is not a network call.
 */
const OWN_PACKAGE_FETCH = /\bfetch\(\w+\.runtime\.getURL\(/g;

/**
 * URL-shaped strings in the background that no code connects to: match patterns for
 * tabs.query (`http://*\/*`), zod's JSON Schema identifiers and its IPv6 check
 * (`new URL(\`http://[${t}]\`)`), and the placeholder page of a walk without a web tab.
 */
const NOT_ADDRESSES = [/^\w+:\/\/\*\//, /^https?:\/\/json-schema\.org\//, /^http:\/\/\[\$\{\w+\}\]$/, /^https:\/\/invalid\.example\/$/];

/** papaparse's NetworkStreamer, as it appears minified: `new XMLHttpRequest` next to its own config. */
const PAPAPARSE_NETWORK_STREAMER = /new XMLHttpRequest,this\._config\.withCredentials/g;

describe('our sources', () => {
  it('read CSV with papaparse without ever asking it to download (no `download:` option)', () => {
    const parse = readFileSync(join(ROOT, 'lib/import/csv-parse.ts'), 'utf8');
    const calls = [...parse.matchAll(/Papa\.parse[^(]*\(([^;]*)\);/g)].map((m) => m[1]!);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call).not.toMatch(/download\s*:/);
  });
});

describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('%s build', (_name, dir) => {
  it('calls no network API outside the team-sync client (the pages\' on-demand chunk and the background\'s catch-up)', () => {
    const hits = new Map<string, string>();
    for (const file of scripts(dir)) {
      // papaparse (the CSV import's reader) ships a remote-file streamer that runs only with
      // `download: true`; our one call never passes it (checked below), so that code is cut out.
      const text = readFileSync(file, 'utf8').replace(PAPAPARSE_NETWORK_STREAMER, '').replace(OWN_PACKAGE_FETCH, '');
      const m = NETWORK_APIS.exec(text);
      if (m) hits.set(relative(dir, file), text.slice(Math.max(0, m.index - 60), m.index + 40));
    }
    // The sync client: the on-demand chunk for the pages, and the background (catch-up on an alarm).
    const names = [...hits.keys()].sort();
    expect(names, [...hits.values()].join('\n')).toHaveLength(2);
    const [background, chunk] = names as [string, string];
    expect(background).toBe('background.js');
    expect(chunk).toMatch(/^chunks\/live-[\w-]+\.js$/);
    for (const file of names) {
      const text = readFileSync(join(dir, file), 'utf8').replace(OWN_PACKAGE_FETCH, '');
      // WebSocket is its only network API…
      expect(text, file).not.toMatch(/\b(fetch\s*\(|XMLHttpRequest|sendBeacon|EventSource|RTCPeerConnection)/);
      // …and it has no server address of its own: it connects to the URL of a study's team settings only.
      const urls = (text.match(/["'`](wss?|https?):\/\/[^"'`]+/g) ?? []).filter((u) => !NOT_ADDRESSES.some((re) => re.test(u.slice(1))));
      expect(urls, file).toEqual([]);
    }
    // The background opens a connection only from the catch-up alarm, which exists only while a study is shared.
    const bg = readFileSync(join(dir, background), 'utf8');
    expect(bg).toContain('journey-lens-sync-catch-up');
    // The pages' chunk is never loaded by a content script or at any page's first paint: only through import().
    const base = chunk.split('/').pop()!;
    for (const file of scripts(dir)) {
      const other = readFileSync(file, 'utf8');
      if (!other.includes(base) || relative(dir, file) === chunk) continue;
      const rel = relative(dir, file);
      expect(rel, 'not the background or a content script').not.toMatch(/^(background\.js|content-scripts\/)/);
      const refs = other.split(base).length - 1;
      const dynamic = other.split(`import("./${base}")`).length - 1;
      const preloadList = other.split(`"chunks/${base}"`).length - 1;
      expect(dynamic, rel).toBeGreaterThan(0);
      expect(refs - dynamic - preloadList, `${rel} references ${base} other than by import()`).toBe(0);
    }
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
