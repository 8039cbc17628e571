// The always-injected content script runs on every page: it stays small (≤ 12 KB gzip) because it
// imports the message maps as types only and leaves zod, the schemas and the form to the scripts
// loaded on demand (docs/ARCHITECTURE.md, Messages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('%s build: the always-injected content script', (_name, dir) => {
  const js = readFileSync(join(dir, 'content-scripts/content.js'));

  it('is at most 12 KB gzip', () => {
    expect(gzipSync(js, { level: 9 }).length).toBeLessThanOrEqual(12 * 1024);
  });

  it('bundles no zod and no request schema (they are validated where they arrive)', () => {
    const text = js.toString();
    expect(text).not.toMatch(/_zod|ZodError|\$ZodType/);
    // Texts of the background's schema (RequestSchema) and the tab schema's zod/mini checks.
    expect(text).not.toContain('TextQuoteSelector');
    expect(text).not.toContain('invalid_type');
  });
});
