/**
 * Approximate string matching: Myers' bit-vector algorithm (1999) in its
 * block form (Hyyrö), 32 pattern rows per machine word, so a search costs
 * O(n · ⌈m / 32⌉) for a text of n and a pattern of m UTF-16 code units.
 *
 * Errors are Levenshtein edits (insert, delete, substitute one code unit).
 * Everything here is plain string work; what the strings mean is anchor.ts's
 * business.
 */

export interface Match {
  /** Start offset in the text (inclusive). */
  start: number;
  /** End offset in the text (exclusive). */
  end: number;
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/**
 * `search`: `scores[j]` is the least edit distance between the pattern and any
 * substring of the text that ends at `j` (a match may start anywhere).
 * `prefix`: `scores[j]` is the edit distance between the pattern and
 * `text.slice(0, j)`.
 */
export type ScoreMode = 'search' | 'prefix';

/** A pattern prepared for repeated searches (its per-character bit masks). */
export interface CompiledPattern {
  readonly pattern: string;
  readonly blocks: number;
  readonly peq: ReadonlyMap<number, Int32Array>;
}

export function compile(pattern: string): CompiledPattern {
  const m = pattern.length;
  const blocks = Math.max(1, (m + 31) >>> 5);
  // peq[c][b]: bit r set where pattern row 32·b + r is the character c.
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let masks = peq.get(c);
    if (!masks) {
      masks = new Int32Array(blocks);
      peq.set(c, masks);
    }
    masks[i >>> 5] = (masks[i >>> 5] ?? 0) | (1 << (i & 31));
  }
  return { pattern, blocks, peq };
}

/** Last-row scores of the edit-distance table, for every text position 0..n. */
export function lastRowScores(text: string, pattern: string | CompiledPattern, mode: ScoreMode): Int32Array {
  const compiled = typeof pattern === 'string' ? compile(pattern) : pattern;
  const n = text.length;
  const m = compiled.pattern.length;
  const out = new Int32Array(n + 1);
  if (m === 0) {
    if (mode === 'prefix') for (let j = 0; j <= n; j++) out[j] = j;
    return out;
  }
  const { blocks, peq } = compiled;
  const lastBlock = blocks - 1;
  const lastBit = 1 << ((m - 1) & 31);
  const HIGH = 1 << 31;
  // Vertical deltas: +1 everywhere in column 0 (D[i][0] = i).
  const pvs = new Int32Array(blocks).fill(-1);
  const mvs = new Int32Array(blocks);
  const topDelta = mode === 'search' ? 0 : 1;
  let score = m;
  out[0] = m;
  for (let j = 0; j < n; j++) {
    const masks = peq.get(text.charCodeAt(j));
    let hin = topDelta;
    for (let b = 0; b < blocks; b++) {
      let eq = masks ? (masks[b] ?? 0) : 0;
      const pv = pvs[b] ?? 0;
      const mv = mvs[b] ?? 0;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const bit = b === lastBlock ? lastBit : HIGH;
      const hout = ph & bit ? 1 : mh & bit ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pvs[b] = mh | ~(xv | ph);
      mvs[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j + 1] = score;
  }
  return out;
}

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return b.length;
  if (!b) return a.length;
  return lastRowScores(b, a, 'prefix')[b.length] ?? Math.max(a.length, b.length);
}

/**
 * The least edit distance between `pattern` and a prefix of `text`, and the
 * length of that prefix (ties: the length nearest the pattern's).
 */
export function bestPrefix(text: string, pattern: string | CompiledPattern): { length: number; errors: number } {
  const scores = lastRowScores(text, pattern, 'prefix');
  const m = typeof pattern === 'string' ? pattern.length : pattern.pattern.length;
  let best = 0;
  let bestErr = Infinity;
  for (let j = 0; j < scores.length; j++) {
    const e = scores[j] ?? Infinity;
    if (e < bestErr || (e === bestErr && Math.abs(j - m) < Math.abs(best - m))) {
      best = j;
      bestErr = e;
    }
  }
  return { length: best, errors: bestErr };
}

/** Reverses a string by UTF-16 code unit (both sides of a comparison must be reversed alike). */
export function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

/**
 * Similarity in [0, 1] between `expected` and the text that ends exactly at
 * `text`'s end (`side: 'before'`) or starts exactly at its start (`'after'`).
 * Used to compare a quote's prefix/suffix with a candidate's surroundings.
 */
export function affixSimilarity(expected: string, text: string, side: 'before' | 'after'): number {
  if (!expected) return 1;
  const { errors } = side === 'after' ? bestPrefix(text, expected) : bestPrefix(reverse(text), reverse(expected));
  return Math.max(0, 1 - errors / expected.length);
}

/** All start offsets of `pattern` in `text` (overlapping), at most `limit`. */
export function findExact(text: string, pattern: string, limit = Infinity): number[] {
  const out: number[] = [];
  if (!pattern) return out;
  for (let i = text.indexOf(pattern); i >= 0 && out.length < limit; i = text.indexOf(pattern, i + 1)) out.push(i);
  return out;
}

/**
 * The start of the best match of `pattern` that ends at `end` in `text`,
 * looking back at most `pattern.length + slack` characters.
 */
export function matchEndingAt(text: string, pattern: string, end: number, slack: number): Match {
  const from = Math.max(0, end - pattern.length - slack);
  const { length, errors } = bestPrefix(reverse(text.slice(from, end)), reverse(pattern));
  return { start: end - length, end, errors };
}

export interface SearchOptions {
  /** Most candidates returned (best first). */
  limit?: number;
  /** Only search `text` within `[from, to)`; offsets returned are still into `text`. */
  from?: number;
  to?: number;
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors`
 * errors, fewest errors first. Overlapping candidates are reduced to the best
 * of each neighbourhood (ends closer than half the pattern length).
 */
export function searchApprox(text: string, pattern: string, maxErrors: number, options: SearchOptions = {}): Match[] {
  const m = pattern.length;
  if (!m) return [];
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (to <= from) return [];
  const limit = options.limit ?? 32;
  const scores = lastRowScores(text.slice(from, to), pattern, 'search');
  const n = scores.length - 1;
  const ends: number[] = [];
  for (let j = 1; j <= n; j++) {
    const s = scores[j] ?? Infinity;
    if (s > maxErrors) continue;
    if (s > (scores[j - 1] ?? Infinity)) continue;
    if (j < n && s >= (scores[j + 1] ?? Infinity)) continue;
    ends.push(j);
  }
  ends.sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || a - b);
  const taken: number[] = [];
  const radius = Math.max(1, m >> 1);
  const out: Match[] = [];
  for (const j of ends) {
    if (out.length >= limit) break;
    if (taken.some((t) => Math.abs(t - j) < radius)) continue;
    taken.push(j);
    const match = matchEndingAt(text, pattern, from + j, maxErrors);
    out.push(match);
  }
  out.sort((a, b) => a.errors - b.errors || a.start - b.start);
  return out;
}
