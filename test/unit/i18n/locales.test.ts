import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYAML as parse } from 'confbox';

const dir = join(__dirname, '../../../locales');

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

const locales = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f.replace('.yml', ''), flatten(parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>)]),
);

describe('locales', () => {
  it('ships en, zh_CN and zh_TW', () => {
    expect(Object.keys(locales).sort()).toEqual(expect.arrayContaining(['en', 'zh_CN', 'zh_TW']));
  });

  it('each locale names itself in uiLocale (what uiLocale() reads to match framework texts to the UI)', () => {
    for (const [name, messages] of Object.entries(locales)) expect(messages.get('uiLocale'), name).toBe(name);
  });

  for (const name of ['zh_CN', 'zh_TW']) {
    it(`${name} has every English key, no extra keys, and keeps placeholders`, () => {
      const en = locales.en!;
      const other = locales[name]!;
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort().join(',');
        expect(placeholders(other.get(key)!), key).toBe(placeholders(text));
        expect(other.get(key)!.trim(), key).not.toBe('');
      }
    });
  }

  it('zh_TW is Traditional, not a copy of zh_CN', () => {
    const cn = locales.zh_CN!;
    const tw = locales.zh_TW!;
    const same = [...cn.keys()].filter((k) => /[\u4e00-\u9fff]{3}/.test(cn.get(k)!) && cn.get(k) === tw.get(k));
    expect(same.length).toBeLessThan(cn.size * 0.2);
  });
});
