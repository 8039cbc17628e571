import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { diffWords, tokenize, type DiffOp } from '../../../lib/anchoring/diff-words';

const side = (ops: DiffOp[], keep: 'insert' | 'delete') =>
  ops.filter((o) => o.op === 'equal' || o.op === keep).map((o) => o.text).join('');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('tokenize', () => {
  it('splits words, punctuation, white space and CJK characters', () => {
    expect(tokenize('Free shipping, $50!')).toEqual(['Free', ' ', 'shipping', ',', ' ', '$', '50', '!']);
    expect(tokenize('配送很快。')).toEqual(['配', '送', '很', '快', '。']);
    expect(tokenize('Piegāde bija ātra')).toEqual(['Piegāde', ' ', 'bija', ' ', 'ātra']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('reports a replaced word', () => {
    expect(diffWords('the quick brown fox', 'the fast brown fox')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'fast' },
      { op: 'equal', text: ' brown fox' },
    ]);
  });

  it('reports inserted and deleted words', () => {
    const ops = diffWords('Returns are free within 30 days.', 'Returns are always free within 14 days.');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toEqual(['always', '14']);
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text)).toEqual(['30']);
  });

  it('ignores white-space-only differences', () => {
    expect(diffWords('a  b\n c', 'a b c')).toEqual([{ op: 'equal', text: 'a b c' }]);
  });

  it('diffs CJK per character', () => {
    expect(diffWords('配送很快', '配送非常快')).toEqual([
      { op: 'equal', text: '配送' },
      { op: 'delete', text: '很' },
      { op: 'insert', text: '非常' },
      { op: 'equal', text: '快' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(diffWords('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('rebuilds both texts (b exactly, a up to white space)', () => {
    const word = fc.constantFrom('alpha', 'beta', 'gamma', '配', '送', ',', '.', ' ', '  ', '\n', 'ā');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (wa, wb) => {
        const a = wa.join('');
        const b = wb.join('');
        const ops = diffWords(a, b);
        expect(side(ops, 'insert')).toBe(b);
        expect(squash(side(ops, 'delete'))).toBe(squash(a));
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast and small on long texts with a few edits', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i % 977}`);
    const a = words.join(' ');
    const edited = [...words];
    edited[100] = 'CHANGED';
    edited.splice(15_000, 1);
    const b = edited.join(' ');
    const t0 = performance.now();
    const ops = diffWords(a, b);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(ops.filter((o) => o.op !== 'equal').map((o) => ({ ...o, text: o.text.trim() }))).toEqual([
      { op: 'delete', text: 'w100' },
      { op: 'insert', text: 'CHANGED' },
      { op: 'delete', text: `w${15_000 % 977}` },
    ]);
  });
});
