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

const raw = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f.replace('.yml', ''), parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>]),
);
const locales = Object.fromEntries(Object.entries(raw).map(([name, messages]) => [name, flatten(messages)]));

describe('locales', () => {
  it('ships en, zh_CN, zh_TW and lv', () => {
    expect(Object.keys(locales).sort()).toEqual(expect.arrayContaining(['en', 'lv', 'zh_CN', 'zh_TW']));
  });

  it('each locale names itself in uiLocale (what uiLocale() reads to match framework texts to the UI)', () => {
    for (const [name, messages] of Object.entries(locales)) expect(messages.get('uiLocale'), name).toBe(name);
  });

  for (const name of ['zh_CN', 'zh_TW', 'lv']) {
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

  it('plural texts keep the English plural keys (0/1/n) and never contain the " | " WXT joins plural forms with', () => {
    const en = raw.en!;
    for (const [name, messages] of Object.entries(raw)) {
      for (const [key, value] of Object.entries(en)) {
        if (!value || typeof value !== 'object') continue;
        const other = messages[key];
        expect(other && typeof other === 'object', `${name}.${key} is plural`).toBe(true);
        expect(Object.keys(other as object).sort(), `${name}.${key}`).toEqual(Object.keys(value).sort());
        for (const form of Object.values(other as Record<string, unknown>)) expect(String(form), `${name}.${key}`).not.toContain(' | ');
      }
    }
  });

  it('store listing limits hold in every locale (name ≤ 45, description ≤ 132 characters)', () => {
    for (const [name, messages] of Object.entries(locales)) {
      expect([...messages.get('extName')!].length, name).toBeLessThanOrEqual(45);
      expect([...messages.get('extDescription')!].length, name).toBeLessThanOrEqual(132);
    }
  });

  it('lv is Latvian, not English left in place', () => {
    const en = locales.en!;
    const lv = locales.lv!;
    // Texts that may stay as in English: the product name and texts that are only formats or file types.
    const same = [...en.keys()].filter((k) => lv.get(k) === en.get(k) && /[a-z]{4}/i.test(en.get(k)!.replace(/Journey Lens|CSV|PNG|SVG|Markdown/g, '')));
    expect(same).toEqual([]);
    const withDiacritics = [...lv.values()].filter((v) => /[āčēģīķļņšūž]/i.test(v)).length;
    expect(withDiacritics).toBeGreaterThan(lv.size * 0.7);
  });

  it('zh_TW is Traditional, not a copy of zh_CN', () => {
    const cn = locales.zh_CN!;
    const tw = locales.zh_TW!;
    const same = [...cn.keys()].filter((k) => /[\u4e00-\u9fff]{3}/.test(cn.get(k)!) && cn.get(k) === tw.get(k));
    expect(same.length).toBeLessThan(cn.size * 0.2);
  });
});
