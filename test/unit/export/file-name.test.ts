import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, localDate, slugify } from '../../../lib/export/file-name';

// Built from local components so the expected date holds in any time zone.
const day = new Date(2026, 10, 22, 15, 30);

describe('slugify', () => {
  it.each([
    ['Coffee Study', 'coffee-study'],
    ['  Hello,   World!!  ', 'hello-world'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['--Q4 // 2026 -- review--', 'q4-2026-review'],
    ['咖啡研究', '咖啡研究'],
    ['日本 市場・調査', '日本-市場-調査'],
    ['한국 시장', '한국-시장'],
    ['Ｆｕｌｌ　Ｗｉｄｔｈ１２', 'full-width12'],
    ['Café Déjà-vu', 'café-déjà-vu'],
    ['', 'study'],
    ['   ', 'study'],
    ['!!!---???', 'study'],
    ['😀🎉', 'study'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('caps the slug at 60 characters without a trailing dash', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(60));
    expect(slugify(`${'a'.repeat(59)} bcd`)).toBe('a'.repeat(59));
  });

  it('only ever yields letters, digits and single inner dashes (ASCII/BMP input)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 120 }), (name) => {
        const s = slugify(name);
        expect(s).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect(s.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('localDate', () => {
  it('pads month and day in the local calendar', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('exportFileName', () => {
  it('is journey-lens-<slug>-<yyyy-mm-dd>.csv', () => {
    expect(exportFileName('Coffee Study', day, 'csv')).toBe('journey-lens-coffee-study-2026-11-22.csv');
  });

  it('keeps CJK study names', () => {
    expect(exportFileName('咖啡研究 2026', day, 'csv')).toBe('journey-lens-咖啡研究-2026-2026-11-22.csv');
    expect(exportFileName('顧客の声', day, 'csv')).toBe('journey-lens-顧客の声-2026-11-22.csv');
  });

  it('collapses punctuation', () => {
    expect(exportFileName('Acme vs. Beta: "Q4" (draft)', day, 'csv')).toBe(
      'journey-lens-acme-vs-beta-q4-draft-2026-11-22.csv',
    );
  });

  it('uses "study" for an empty or punctuation-only name', () => {
    expect(exportFileName('', day, 'csv')).toBe('journey-lens-study-2026-11-22.csv');
    expect(exportFileName('...', day, 'csv')).toBe('journey-lens-study-2026-11-22.csv');
  });

  it('inserts the kind before the date', () => {
    expect(exportFileName('Coffee Study', day, 'svg', 'matrix')).toBe('journey-lens-coffee-study-matrix-2026-11-22.svg');
    expect(exportFileName('', day, 'json', 'backup')).toBe('journey-lens-study-backup-2026-11-22.json');
    expect(exportFileName('咖啡', day, 'html', 'report')).toBe('journey-lens-咖啡-report-2026-11-22.html');
  });

  it('always matches the documented shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (name, d) => {
        expect(exportFileName(name, d, 'csv')).toMatch(/^journey-lens-[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*-\d{4}-\d{2}-\d{2}\.csv$/u);
      }),
    );
  });
});

describe('slugify keeps every script whole', () => {
  it('does not cut a character outside the basic plane in half', () => {
    const slug = slugify('a'.repeat(59) + '\u{20000}' + 'b');
    expect(slug.isWellFormed()).toBe(true);
    expect(Array.from(slug)).toHaveLength(60);
  });
  it('keeps vowel signs and other combining marks', () => {
    expect(slugify('हिन्दी')).toBe('हिन्दी');
    expect(slugify('สวัสดี')).toBe('สวัสดี');
  });
});
