// The built manifests: only keys each browser knows, only the permissions the
// README explains, and the Firefox settings AMO requires.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './support/paths';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Top-level MV3 keys each browser documents (anything else is an "unrecognized key" warning). */
const COMMON = [
  'manifest_version', 'name', 'description', 'version', 'default_locale', 'icons', 'action', 'background',
  'content_scripts', 'permissions', 'host_permissions', 'optional_permissions', 'optional_host_permissions', 'commands', 'options_ui',
  'web_accessible_resources', 'content_security_policy',
];
const CHROME_KEYS = new Set([...COMMON, 'side_panel', 'minimum_chrome_version', 'options_page']);
const FIREFOX_KEYS = new Set([...COMMON, 'sidebar_action', 'browser_specific_settings']);

/** Permissions named in the README's table (docs/ARCHITECTURE.md, Contracts: each one justified). */
function readmePermissions(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5));
  return new Set([...section.matchAll(/`([a-zA-Z]+|<all_urls>|(?:wss?|https?):\/\/\*\/\*)`/g)].map((m) => m[1]!));
}

describe('built manifests', () => {
  it('Chromium: MV3, known keys only, permissions all explained in the README', () => {
    const m = manifest(CHROME_BUILD);
    expect(m.manifest_version).toBe(3);
    for (const key of Object.keys(m)) expect(CHROME_KEYS, `unknown key ${key}`).toContain(key);
    const documented = readmePermissions();
    for (const p of [...(m.permissions as string[]), ...(m.host_permissions as string[]), ...((m.optional_host_permissions as string[] | undefined) ?? [])]) {
      expect(documented, `permission ${p} is not explained in the README`).toContain(p);
    }
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  it('Firefox: MV3 with gecko id and data_collection_permissions, sidebar, no Chrome-only permission', () => {
    const m = manifest(FIREFOX_BUILD);
    expect(m.manifest_version).toBe(3);
    for (const key of Object.keys(m)) expect(FIREFOX_KEYS, `unknown key ${key}`).toContain(key);
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.permissions).not.toContain('sidePanel');
    expect((m.sidebar_action as { default_panel: string }).default_panel).toBe('sidepanel.html');
    const documented = readmePermissions();
    for (const p of [...(m.permissions as string[]), ...(m.host_permissions as string[]), ...((m.optional_host_permissions as string[] | undefined) ?? [])]) {
      expect(documented, `permission ${p} is not explained in the README`).toContain(p);
    }
  });
});
