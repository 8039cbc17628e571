import { describe, expect, it } from 'vitest';
import { lookForKey } from '../../../lib/matrix/coverage';
import { FrameworkSchema } from '../../../lib/model/framework';
import { BUILTIN_FRAMEWORKS } from '../../../lib/model/frameworks';
import { BEHAVIOR_LABELS, SENTIMENT_LABELS, SERVQUAL_LABELS, SOURCE_TYPE_LABELS } from '../../../lib/model/frameworks/lenses';
import { LOCALES, localize, pickLocale, type LocalizedText } from '../../../lib/model/locale';
import { LocalizedTextSchema } from '../../../lib/model/localized';

/** Every LocalizedText inside `value`, with the path it was found at. */
function localizedTexts(value: unknown, path = ''): [string, LocalizedText][] {
  if (!value || typeof value !== 'object') return [];
  if ('en' in value && 'zh_CN' in value) return [[path, value as LocalizedText]];
  return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
}

const builtins = {
  frameworks: BUILTIN_FRAMEWORKS,
  behavior: BEHAVIOR_LABELS,
  servqual: SERVQUAL_LABELS,
  sentiment: SENTIMENT_LABELS,
  sourceType: SOURCE_TYPE_LABELS,
};
const texts = localizedTexts(builtins);

describe('built-in texts in Latvian', () => {
  it('finds the texts it checks (frameworks, stages, checklists, lenses)', () => {
    const items = BUILTIN_FRAMEWORKS.flatMap((f) => f.stages.flatMap((s) => s.lookFor));
    expect(items.length).toBe(32);
    expect(texts.length).toBeGreaterThan(140);
    expect(texts.map(([p]) => p)).toEqual(expect.arrayContaining(['frameworks.0.name', 'frameworks.0.stages.1.lookFor.0', 'servqual.tangibles.hint']));
  });

  it('every built-in LocalizedText has a Latvian text', () => {
    const missing = texts.filter(([, t]) => !t.lv?.trim()).map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('the Latvian texts are translations, not English copies (only abbreviations such as ZMOT stay)', () => {
    const copies = texts.filter(([, t]) => t.lv === t.en && !/^<?[A-Z]{2,5}$/.test(t.en)).map(([p, t]) => `${p}: ${t.en}`);
    expect(copies).toEqual([]);
  });

  it('uses the terminology of the Latvian seed article', () => {
    const mot = BUILTIN_FRAMEWORKS.find((f) => f.id === 'moments-of-truth')!;
    expect(mot.name.lv).toBe('Patiesības mirkļi');
    expect(mot.stages.map((s) => s.name.lv)).toEqual([
      'Pirms nulles patiesības mirklis',
      'Nulles patiesības mirklis',
      'Pirmais patiesības mirklis',
      'Faktiskais patiesības mirklis',
      'Otrais patiesības mirklis',
      'Trešais (galīgais) patiesības mirklis',
    ]);
    // Stage short labels keep the framework's abbreviations.
    expect(mot.stages.map((s) => s.short.lv)).toEqual(['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT']);
  });

  it("the English checklist wording the rubric's ticks are keyed by is unchanged", () => {
    const keys = Object.fromEntries(BUILTIN_FRAMEWORKS.flatMap((f) => f.stages.map((s) => [`${f.id}/${s.id}`, s.lookFor.map(lookForKey)])));
    expect(keys).toEqual({
      'moments-of-truth/lzmot': ['k-428cf37119f9f16f', 'k-131dc0d08cde3066', 'k-6c8ff0c15083cac7'],
      'moments-of-truth/zmot': ['k-b75b00663553b780', 'k-4e595f56eec85b90', 'k-11fc4513be740249', 'k-13934f138f15a36d'],
      'moments-of-truth/fmot': ['k-eaaba60416a365aa', 'k-c74c4113a41d0119', 'k-d7a4f3ffc14e13cd', 'k-c1ecaed54b1dba07'],
      'moments-of-truth/amot': ['k-800c60065bb502b4', 'k-c178b54c5941d83e', 'k-a29796e799b2a91d'],
      'moments-of-truth/smot': ['k-cb75efd11eea163f', 'k-973ab2b22fd91f20', 'k-c84f8322cde692f0', 'k-d2119bd66923b3fc'],
      'moments-of-truth/tmot': ['k-6fd2212ed66cf9cc', 'k-d1dbd2118990f51b', 'k-7e94c31c25a60f76'],
      'b2c-journey/awareness': ['k-973429367f608ecc'],
      'b2c-journey/search': ['k-add21b0f0bd1c121'],
      'b2c-journey/explore': ['k-95b883d0a95976de'],
      'b2c-journey/compare': ['k-3ebe163c6779560e'],
      'b2c-journey/purchase': ['k-86146e0cc60af9ba'],
      'b2b-journey/awareness': ['k-fce309f907e45d5b'],
      'b2b-journey/consideration': ['k-582b0155107cc687'],
      'b2b-journey/decision': ['k-ec4f0b991d108ff3'],
      'b2b-journey/delivery': ['k-34ec1f659acdbc43'],
      'b2b-journey/use': ['k-3e2f374c3ba646be'],
      'b2b-journey/loyalty': ['k-56256ab0ff10c666'],
    });
  });

  it('the built-in frameworks were re-dated after the Latvian texts were added, so stored copies refresh', () => {
    for (const f of BUILTIN_FRAMEWORKS) expect(f.updatedAt > '2026-11-22T00:00:00.000Z', f.id).toBe(true);
  });
});

describe('LocalizedText schema and lookup with the optional lv', () => {
  const withoutLv = { en: 'Dream', zh_CN: '梦想', zh_TW: '夢想' };

  it('accepts texts stored before Latvian existed, and keeps lv when there is one', () => {
    expect(LocalizedTextSchema.parse(withoutLv)).toEqual(withoutLv);
    expect(LocalizedTextSchema.parse({ ...withoutLv, lv: 'Sapņot' })).toEqual({ ...withoutLv, lv: 'Sapņot' });
  });

  it('rejects an empty or non-string lv', () => {
    expect(LocalizedTextSchema.safeParse({ ...withoutLv, lv: '' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ ...withoutLv, lv: 3 }).success).toBe(false);
  });

  it('FrameworkSchema keeps the Latvian texts of the built-ins (not stripped as unknown keys)', () => {
    for (const f of BUILTIN_FRAMEWORKS) {
      const parsed = FrameworkSchema.parse(structuredClone(f));
      expect(parsed.name.lv, f.id).toBe(f.name.lv);
      expect(parsed.stages.map((s) => s.lookFor.map((i) => i.lv))).toEqual(f.stages.map((s) => s.lookFor.map((i) => i.lv)));
    }
  });

  it('localize shows lv in Latvian and falls back to English where lv is missing', () => {
    expect(localize({ ...withoutLv, lv: 'Sapņot' }, 'lv')).toBe('Sapņot');
    expect(localize(withoutLv, 'lv')).toBe('Dream');
    expect(localize({ ...withoutLv, lv: 'Sapņot' }, 'zh_TW')).toBe('夢想');
  });
});

describe('pickLocale', () => {
  it('lists lv among the UI languages', () => {
    expect(LOCALES).toContain('lv');
  });

  it.each([
    ['lv', 'lv'],
    ['lv-LV', 'lv'],
    ['lv_LV', 'lv'],
    ['LV', 'lv'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['lt', 'en'], // Lithuanian is not Latvian
    ['lvx', 'en'],
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-Hant-HK', 'zh_TW'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});
