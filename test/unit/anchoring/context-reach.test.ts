import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { contextReach } from '../../../lib/anchoring/context-reach';

/** Reference without skipped blocks: the longest i whose best anchored alignment needs at most 1 + i/8 edits. */
function naiveReach(expected: string, text: string): { length: number; errors: number } {
  let prev = Array.from({ length: text.length + 1 }, (_, j) => j);
  let best = { length: 0, errors: 0 };
  for (let i = 1; i <= expected.length; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (expected[i - 1] === text[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    const min = Math.min(...cur);
    if (min <= 1 + Math.floor(i / 8)) best = { length: i, errors: min };
    prev = cur;
  }
  return best;
}

const CONTEXT = 'Ridge Hiker Mid GTX £159.00 · 4.7 stars'.replace(/\s/g, '');

describe('contextReach', () => {
  it('reaches a whole context that is there verbatim', () => {
    expect(contextReach(CONTEXT, CONTEXT + 'Addtocart')).toEqual({ length: CONTEXT.length, errors: 0, gap: 0, gapAt: 0 });
  });

  it('allows a light edit', () => {
    const edited = CONTEXT.replace('4.7', '4.9');
    expect(contextReach(CONTEXT, edited)).toMatchObject({ length: CONTEXT.length, errors: 1, gap: 0 });
  });

  it('skips one inserted block right next to the quote, or inside the context', () => {
    const ad = 'Advertisement·Compareenergypricesinyourarea';
    expect(contextReach(CONTEXT, ad + CONTEXT)).toEqual({ length: CONTEXT.length, errors: 0, gap: ad.length, gapAt: 0 });
    const at = CONTEXT.indexOf('£');
    const split = CONTEXT.slice(0, at) + ad + CONTEXT.slice(at);
    expect(contextReach(CONTEXT, split)).toEqual({ length: CONTEXT.length, errors: 0, gap: ad.length, gapAt: at });
  });

  it('takes an inserted word as a skipped block rather than as many edits', () => {
    const text = 'areview,Tom.Wearesorryitwasnottherightreallyfit,andglad';
    const expected = 'areview,Tom.Wearesorryitwasnottherightfit,andglad';
    expect(contextReach(expected, text)).toMatchObject({ length: expected.length, errors: 0, gap: 6 });
  });

  it('needs the context to go on verbatim for a while past a skipped block', () => {
    const ad = 'Sponsored·Save20%onyourfirstorder';
    // Only "ars" (3 characters) of the context would follow the block: not
    // skipped (they count as missing, within the edit budget).
    const text = CONTEXT.slice(0, CONTEXT.length - 3) + ad + CONTEXT.slice(-3);
    expect(contextReach(CONTEXT, text)).toMatchObject({ gap: 0, errors: 3 });
    // Blocks longer than maxGap, or any block with maxGap 0, are not skipped.
    expect(contextReach(CONTEXT, ad + CONTEXT, { maxGap: 10 }).length).toBeLessThan(8);
    expect(contextReach(CONTEXT, ad + CONTEXT, { maxGap: 0 }).gap).toBe(0);
  });

  it('stops where a twin’s context parts from this one', () => {
    // Read outward from the quote (reversed prefixes): both read
    // "… £1x9.00 · 4.7 stars", then the product names differ.
    const expected = 'srats7.4·00.951£XTGdiMrekiHegdiR';
    const twin = 'srats7.4·00.421£3rennuRliarTsdaeh';
    const r = contextReach(expected, twin, { maxGap: 0 });
    expect(r.length).toBeGreaterThanOrEqual(12);
    expect(r.length).toBeLessThan(20);
  });

  it('agrees with the textbook table when no block is skipped', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '中'), maxLength: 40 });
    fc.assert(
      fc.property(s, s, (expected, text) => {
        const r = contextReach(expected, text, { maxGap: 0 });
        const n = naiveReach(expected, text);
        expect({ length: r.length, errors: r.errors }).toEqual(expected && text ? n : { length: 0, errors: 0 });
      }),
      { numRuns: 300 },
    );
  });
});
