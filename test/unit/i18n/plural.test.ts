import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYAML } from 'confbox';
import { pickPlural, pluralIndex, type PluralKey } from '../../../lib/i18n/plural';

const KEYS: PluralKey[] = ['savedStatus', 'matrixClips', 'cellCount', 'backupReminder'];

/** A plural message as WXT ships it: the forms in key order (0, 1, n) joined by " | ". */
function joined(locale: string, key: PluralKey): string {
  const messages = parseYAML(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8')) as Record<string, Record<string, string>>;
  return Object.values(messages[key]!).join(' | ');
}

const cellCount = (locale: string, n: number) => pickPlural(joined(locale, 'cellCount'), n, locale).replace('$1', String(n));

describe('plural forms by Intl.PluralRules', () => {
  it('Latvian: 1, 21, 31, 101 are singular; 2, 22 plural; 0, 10, 11, 19, 20, 111 the zero form', () => {
    expect(cellCount('lv', 1)).toBe('1 izgriezums');
    expect(cellCount('lv', 21)).toBe('21 izgriezums');
    expect(cellCount('lv', 31)).toBe('31 izgriezums');
    expect(cellCount('lv', 101)).toBe('101 izgriezums');
    expect(cellCount('lv', 2)).toBe('2 izgriezumi');
    expect(cellCount('lv', 22)).toBe('22 izgriezumi');
    for (const n of [0, 10, 11, 12, 19, 20, 30, 111]) expect(cellCount('lv', n), String(n)).toBe(`${n} izgriezumu`);
  });

  it('English: 1 singular, 0, 2, 11, 21 plural', () => {
    expect(cellCount('en', 1)).toBe('1 clip');
    for (const n of [0, 2, 11, 21, 31]) expect(cellCount('en', n)).toBe(`${n} clips`);
  });

  it('Chinese has one form for every count (the n form), Simplified and Traditional', () => {
    for (const n of [0, 1, 2, 11, 21]) {
      expect(cellCount('zh_CN', n)).toBe(`${n} 条剪藏`);
      expect(cellCount('zh_TW', n)).toBe(`${n} 則剪輯`);
    }
    expect(pluralIndex(3, 1, 'zh-CN')).toBe(2);
  });

  it('the old 1/n rule would have been wrong for Latvian 21 (this is what the helper fixes)', () => {
    const naive = (n: number) => (n === 1 ? 1 : 2);
    expect(pluralIndex(3, 21, 'lv')).not.toBe(naive(21));
    expect(pluralIndex(3, 21, 'lv')).toBe(1);
  });

  it('every plural key in every locale has three forms, and each Latvian form is chosen by the rules', () => {
    for (const locale of ['en', 'lv', 'zh_CN', 'zh_TW']) for (const key of KEYS) expect(joined(locale, key).split(' | '), `${locale}.${key}`).toHaveLength(3);
    for (const key of KEYS) {
      const [zero, one, other] = joined('lv', key).split(' | ');
      expect(pickPlural(joined('lv', key), 11, 'lv')).toBe(zero);
      expect(pickPlural(joined('lv', key), 21, 'lv')).toBe(one);
      expect(pickPlural(joined('lv', key), 5, 'lv')).toBe(other);
      expect(new Set([zero, one, other]).size, key).toBe(3);
    }
  });

  it('a message with two forms (one | other) and a single form still work', () => {
    expect(pickPlural('a | b', 1, 'en')).toBe('a');
    expect(pickPlural('a | b', 21, 'lv')).toBe('a');
    expect(pickPlural('a | b', 11, 'lv')).toBe('b');
    expect(pickPlural('only', 5, 'lv')).toBe('only');
  });
});
