// The content script injected into every page stays small: it watches the
// settings through WXT's storage helper (no schema, no zod) and loads the rest on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

describe('the always-on content script', () => {
  it.each([
    ['Chromium', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: at most 12 KB gzip, and no zod in it', (_name, dir) => {
    const js = readFileSync(join(dir, 'content-scripts/content.js'));
    const kb = gzipSync(js, { level: 9 }).length / 1024;
    console.log(`content.js: ${(js.length / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzip`);
    expect(kb).toBeLessThanOrEqual(12);
    expect(js.toString('utf8')).not.toMatch(/ZodError|\$ZodType/);
  });
});
