// Search terms: the fast path for tokens without CJK gives exactly what splitting
// every token character by character gives (the reference below), so clips
// indexed before and after it are found by the same query terms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryTerms, searchTerms } from '../../../lib/search/terms';

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
function reference(text: string, limit = 1500): string[] {
  const out = new Set<string>();
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let run = '';
    let cjk = false;
    const flush = () => {
      if (run && cjk) {
        const chars = [...run];
        if (chars.length === 1) out.add(chars[0]!);
        for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
      } else if (run && (run.length >= 2 || /\d/.test(run))) out.add(run.slice(0, 40));
      run = '';
    };
    for (const ch of m[0]) {
      const isCjk = CJK.test(ch);
      if (run && isCjk !== cjk) flush();
      cjk = isCjk;
      run += ch;
    }
    flush();
    if (out.size >= limit) break;
  }
  return [...out].slice(0, limit);
}

const piece = fc.constantFrom('Plans', 'start', 'at', '$9', 'x', '7', 'Ｆｕｌｌ', 'ﬁne', 'über', 'ąžuolas', '物流', '太慢了', 'カタカナ', '한국어', 'mix物流ed', 'a1b', ' ', ', ', '。', '\n', 'İstanbul', 'x'.repeat(45),
  // Both sides of every CJK range's ends, and a CJK character beyond the BMP (not in the ranges).
  '\u3040\u3041', '\u30fe\u30ff\u3100', '\u33ff\u3400', '\u4dbf\u4dc0\u4e00', '\u9fff\ua000', '\uf8ff\uf900', '\ufaff\ufb00', '\uabff\uac00', '\ud7af\ud7b0', '\u{20000}\u{20001}a');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('searchTerms', () => {
  it('equals the character-by-character split for any text', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 80 })), (t) => {
      expect(searchTerms(t)).toEqual(reference(t));
    }));
  });

  it('stops at the limit the same way', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 8 }), (t, limit) => {
      expect(searchTerms(t, limit)).toEqual(reference(t, limit));
    }));
  });

  it('makes words of Latin text and bigrams of CJK runs', () => {
    expect(searchTerms('Free delivery 物流太慢 a 7')).toEqual(['free', 'delivery', '物流', '流太', '太慢', '7']);
    expect(queryTerms('物')).toEqual(['物']);
  });
});
