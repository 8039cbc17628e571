/**
 * Search terms for the free-text index over quotes and notes. Latin-script text is
 * split into lower-cased words; Han, Kana and Hangul runs become overlapping
 * bigrams (and single characters for one-character runs), so 物流 and 发货慢 are
 * found without a word segmenter. A query is matched when every one of its
 * terms is in the clip's terms.
 */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Kana, CJK ideographs (and Extension A, compatibility) and Hangul syllables: all in the BMP, below the surrogates. */
function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
}
const MAX_TERMS = 1500;

/**
 * The terms of `token[start, end)`, one run of CJK or of other characters. Every CJK
 * character is one UTF-16 code unit (all the ranges are in the BMP), so a CJK run's
 * characters and bigrams are its code units and pairs of them.
 */
function addRun(token: string, start: number, end: number, cjk: boolean, out: Set<string>): void {
  if (!cjk) {
    const run = token.slice(start, end);
    if (run.length >= 2 || /\d/.test(run)) out.add(run.slice(0, 40));
  } else if (end - start === 1) {
    out.add(token[start]!);
  } else {
    for (let i = start; i + 1 < end; i++) out.add(token.slice(i, i + 2));
  }
}

export function searchTerms(text: string, limit = MAX_TERMS): string[] {
  const out = new Set<string>();
  const folded = text.normalize('NFKC').toLowerCase();
  for (const m of folded.matchAll(TOKEN)) {
    const token = m[0];
    // Split the token into CJK and non-CJK runs (most tokens are one run).
    let start = 0;
    let cjk = isCjkCode(token.charCodeAt(0));
    for (let i = 1; i < token.length; i++) {
      const here = isCjkCode(token.charCodeAt(i));
      if (here === cjk) continue;
      addRun(token, start, i, cjk, out);
      start = i;
      cjk = here;
    }
    addRun(token, start, token.length, cjk, out);
    if (out.size >= limit) break;
  }
  return [...out].slice(0, limit);
}

/** Terms of a query: the same folding, so a query term always exists in an indexed text that contains it. */
export function queryTerms(query: string): string[] {
  return searchTerms(query, 20);
}
