/**
 * Search terms for the free-text index over quotes and notes. Latin-script text is
 * split into lower-cased words; Han, Kana and Hangul runs become overlapping
 * bigrams (and single characters for one-character runs), so 物流 and 发货慢 are
 * found without a word segmenter. A query is matched when every one of its
 * terms is in the clip's terms.
 */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** `CJK` for one character, by its first code unit (every range is in the BMP, below the surrogates). */
function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
}
const MAX_TERMS = 1500;

function cjkBigrams(run: string, out: Set<string>): void {
  const chars = [...run];
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
}

export function searchTerms(text: string, limit = MAX_TERMS): string[] {
  const out = new Set<string>();
  const folded = text.normalize('NFKC').toLowerCase();
  for (const m of folded.matchAll(TOKEN)) {
    const token = m[0];
    // Most tokens have no CJK: one run, the whole token (what the loop below makes of them, sooner).
    if (!CJK.test(token)) {
      if (token.length >= 2 || /\d/.test(token)) out.add(token.slice(0, 40));
      if (out.size >= limit) break;
      continue;
    }
    // Split a token into CJK and non-CJK runs.
    let run = '';
    let runIsCjk = false;
    const flush = () => {
      if (!run) return;
      if (runIsCjk) cjkBigrams(run, out);
      else if (run.length >= 2 || /\d/.test(run)) out.add(run.slice(0, 40));
      run = '';
    };
    for (const ch of token) {
      const isCjk = isCjkCode(ch.charCodeAt(0));
      if (run && isCjk !== runIsCjk) flush();
      runIsCjk = isCjk;
      run += ch;
    }
    flush();
    if (out.size >= limit) break;
  }
  return [...out].slice(0, limit);
}

/** Terms of a query: the same folding, so a query term always exists in an indexed text that contains it. */
export function queryTerms(query: string): string[] {
  return searchTerms(query, 20);
}
