import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  affixSimilarity,
  bestPrefix,
  editDistance,
  findExact,
  lastRowScores,
  matchEndingAt,
  searchApprox,
} from '../../../lib/anchoring/match-quote';

/** Textbook O(n·m) table, the reference the bit-vector code must agree with. */
function naiveScores(text: string, pattern: string, mode: 'search' | 'prefix'): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out = [m];
  for (let j = 1; j <= text.length; j++) {
    const cur = [mode === 'search' ? 0 : j];
    for (let i = 1; i <= m; i++) {
      const sub = (prev[i - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1));
    }
    out.push(cur[m] ?? 0);
    prev = cur;
  }
  return out;
}

const smallAlphabet = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '中'), maxLength: 90 });

describe('lastRowScores (Myers bit-vector)', () => {
  it('agrees with the textbook table in search and prefix modes, across block sizes', () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, (text, pattern) => {
        for (const mode of ['search', 'prefix'] as const) {
          expect(Array.from(lastRowScores(text, pattern, mode))).toEqual(naiveScores(text, pattern, mode));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles patterns spanning many 32-row blocks', () => {
    const pattern = 'the quick brown fox jumps over the lazy dog; '.repeat(5);
    const text = 'xx ' + pattern.replace('quick', 'quack').replace('lazy', 'lazzy') + ' yy';
    const scores = lastRowScores(text, pattern, 'search');
    expect(Math.min(...scores)).toBe(2);
    expect(Array.from(scores)).toEqual(naiveScores(text, pattern, 'search'));
  });
});

describe('editDistance / bestPrefix / affixSimilarity', () => {
  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('配送很快', '配送非常快')).toBe(2);
  });

  it('finds the best-aligned prefix', () => {
    expect(bestPrefix('hello world', 'hello')).toEqual({ length: 5, errors: 0 });
    expect(bestPrefix('helo world', 'hello')).toEqual({ length: 4, errors: 1 });
  });

  it('scores context on the correct side', () => {
    expect(affixSimilarity('over $50.', 'Free shipping on orders over $50.', 'before')).toBe(1);
    expect(affixSimilarity('over $50.', 'over $50. Free shipping', 'before')).toBeLessThan(0.5);
    expect(affixSimilarity('Read more', 'Read more about it', 'after')).toBe(1);
    expect(affixSimilarity('', 'anything', 'after')).toBe(1);
  });
});

describe('findExact', () => {
  it('lists overlapping occurrences up to a limit', () => {
    expect(findExact('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findExact('abcabc', 'abc', 1)).toEqual([0]);
    expect(findExact('abc', '')).toEqual([]);
  });
});

describe('searchApprox', () => {
  it('returns candidates with their error counts, best first', () => {
    const text = 'Delivery was fast. Delivery was slow and the box was damaged. Delivery was fast!';
    const found = searchApprox(text, 'Delivery was fast.', 4);
    expect(found[0]).toEqual({ start: 0, end: 18, errors: 0 });
    expect(found.map((m) => text.slice(m.start, m.end))).toContain('Delivery was fast!');
    expect(found.find((m) => text.slice(m.start, m.end) === 'Delivery was fast!')?.errors).toBe(1);
  });

  it('locates an edited passage exactly', () => {
    const pattern = 'Our support team answers every ticket within one business day.';
    const text = 'Intro text. Our support team now answers every ticket within two business days. Outro.';
    const [best] = searchApprox(text, pattern, 15);
    expect(best).toBeDefined();
    expect(text.slice(best!.start, best!.end)).toBe(
      'Our support team now answers every ticket within two business days.',
    );
  });

  it('works on CJK text', () => {
    const text = '我们提供七天无理由退货服务，运费由卖家承担。如有问题请联系客服。';
    const [best] = searchApprox(text, '提供七天无理由退换服务', 2);
    expect(best && text.slice(best.start, best.end)).toBe('提供七天无理由退货服务');
    expect(best?.errors).toBe(1);
  });

  it('respects a search window', () => {
    const text = 'abc def abc def abc';
    const found = searchApprox(text, 'abc', 0, { from: 5 });
    expect(found.map((m) => m.start)).toEqual([8, 16]);
  });

  it('matchEndingAt finds the start of a match ending at a given offset', () => {
    const text = 'xxx the lazy dog';
    expect(matchEndingAt(text, 'the lasy dog', text.length, 3)).toEqual({ start: 4, end: 16, errors: 1 });
  });
});
