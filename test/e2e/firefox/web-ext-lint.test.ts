// `web-ext lint` (AMO's linter) on the Firefox build: no errors, and the only
// warnings are Preact's own innerHTML code path (for dangerouslySetInnerHTML,
// which Journey Lens never uses — checked below).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, ROOT } from '../support/paths';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('web-ext lint (Firefox build)', () => {
  it('has no errors; warnings are only Preact’s innerHTML path, which our code never reaches', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[]; summary: { errors: number } };
    expect(report.errors).toEqual([]);
    for (const w of report.warnings) {
      expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(w.message).toMatch(/innerHTML/);
      expect(readFileSync(join(FIREFOX_BUILD, w.file!), 'utf8')).toContain('dangerouslySetInnerHTML');
    }
    for (const file of [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'entrypoints')), ...sources(join(ROOT, 'lib'))]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/);
    }
  });
});
