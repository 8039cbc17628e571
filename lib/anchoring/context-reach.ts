/**
 * How far a captured prefix or suffix is still there next to a candidate:
 * the context is aligned with the text outward from the quote's edge,
 * allowing light edits (Levenshtein) and at most one inserted block (an ad,
 * a cookie banner, a new paragraph) skipped in the text.
 *
 * Both strings are read outward from the quote: for a prefix, pass both
 * reversed (`reverse` in match-quote.ts).
 *
 * Cost: banded alignments (the band is the edit budget wide), plus, for a
 * skipped block, a search for the context's next few characters past it.
 */

export interface Reach {
  /** Context characters, from the quote outward, that are there (edits within them allowed). */
  length: number;
  /** Edits within those characters (the skipped block not counted). */
  errors: number;
  /** Characters of one inserted block skipped to get there (0: none). */
  gap: number;
  /** Where in `text` (from the edge) the skipped block starts. */
  gapAt: number;
}

export interface ReachOptions {
  /** Longest inserted block skipped (default 240; 0: none). */
  maxGap?: number;
  /** Edits allowed per context character (default 1/8), plus one. */
  errorRate?: number;
  /**
   * What an edit costs against a reached character when alignments compete
   * (default 2): the one kept has the most characters less this per edit.
   */
  editWeight?: number;
}

/**
 * Context characters that must follow a skipped block verbatim for it to
 * count: SEED, or, where the context ends sooner, at least MIN_SEED.
 */
const SEED = 8;
const MIN_SEED = 6;
/** Places past a block tried for each place the block may start. */
const MAX_SEEDS = 4;

const NONE: Reach = { length: 0, errors: 0, gap: 0, gapAt: 0 };
const BIG = 1 << 28;

/**
 * The longest start of `expected` that can be aligned with the start of
 * `text` at no more than 1 + `errorRate` edits per character, with one block
 * of `text` (up to `maxGap` characters) skipped if that helps. Past a skipped
 * block the context must go on with at least 8 verbatim characters (6 where
 * it ends), and with at most `errorRate` edits per character.
 */
export function contextReach(expected: string, text: string, options: ReachOptions = {}): Reach {
  const L = expected.length;
  if (!L || !text) return NONE;
  const maxGap = options.maxGap ?? 240;
  const rate = options.errorRate ?? 1 / 8;
  const allowed = (n: number) => 1 + Math.floor(n * rate);
  const budget = allowed(L);
  const weight = options.editWeight ?? 2;
  const value = (r: Reach) => r.length - weight * r.errors;

  const head = banded(expected, 0, text, 0, budget);
  let best = NONE;
  for (let i = head.rows; i >= 1; i--) {
    if ((head.min[i] as number) <= allowed(i)) {
      best = { length: i, errors: head.min[i] as number, gap: 0, gapAt: 0 };
      break;
    }
  }
  if (!maxGap || (best.length === L && best.errors < 2)) return best;

  // A block skipped after context row r: the next characters of the
  // context, verbatim, past it. Tried where the alignment above picks up an
  // edit (a block there shows as one), and where it gives out.
  const rows = new Set<number>();
  for (let r = Math.max(0, best.length - budget - 1); r <= best.length; r++) rows.add(r);
  for (let r = 0; r < head.rows; r++) if ((head.min[r + 1] as number) > (head.min[r] as number)) rows.add(r);
  for (const r of rows) {
    if (r > head.rows) continue;
    const before = head.min[r] as number;
    if (before > budget) continue;
    const seedLength = Math.min(SEED, L - r);
    if (seedLength < MIN_SEED) continue;
    const seed = expected.slice(r, r + seedLength);
    const at = head.arg[r] as number;
    let tries = 0;
    for (let g = text.indexOf(seed, at + 1); g >= 0 && g - at <= maxGap && tries < MAX_SEEDS; g = text.indexOf(seed, g + 1), tries++) {
      const rest = banded(expected, r, text, g, 1 + Math.floor((L - r) * rate));
      for (let t = rest.rows; t >= seedLength; t--) {
        const e = rest.min[t] as number;
        if (e <= Math.floor(t * rate) && before + e <= allowed(r + t)) {
          const next = { length: r + t, errors: before + e, gap: g - at, gapAt: at };
          if (value(next) > value(best)) best = next;
          break;
        }
      }
    }
  }
  return best;
}

/**
 * Anchored alignment of `expected` (from `from`) with `text` (from `t0`):
 * for each number i of context characters, the fewest edits aligning them
 * with some start of the text (`min[i]`) and the text length that takes
 * (`arg[i]`, the shortest). Only alignments within `band` edits are tracked;
 * rows stop once even the best exceeds it.
 */
function banded(
  expected: string,
  from: number,
  text: string,
  t0: number,
  band: number,
): { min: Int32Array; arg: Int32Array; rows: number } {
  const n = expected.length - from;
  const M = text.length - t0;
  const min = new Int32Array(n + 1);
  const arg = new Int32Array(n + 1);
  let prev = new Int32Array(M + 2).fill(BIG);
  let cur = new Int32Array(M + 2).fill(BIG);
  for (let j = 0; j <= Math.min(M, band); j++) prev[j] = j;
  let rows = 0;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(0, i - band);
    const hi = Math.min(M, i + band);
    if (lo > hi) break;
    const c = expected.charCodeAt(from + i - 1);
    let rowMin = BIG;
    let rowArg = lo;
    let j = lo;
    if (lo === 0) {
      cur[0] = i;
      rowMin = i;
      rowArg = 0;
      j = 1;
    } else {
      cur[lo - 1] = BIG;
    }
    for (; j <= hi; j++) {
      let v = (prev[j - 1] as number) + (c === text.charCodeAt(t0 + j - 1) ? 0 : 1);
      const up = (prev[j] as number) + 1;
      if (up < v) v = up;
      const left = (cur[j - 1] as number) + 1;
      if (left < v) v = left;
      cur[j] = v;
      if (v < rowMin) {
        rowMin = v;
        rowArg = j;
      }
    }
    if (hi + 1 <= M + 1) cur[hi + 1] = BIG;
    min[i] = rowMin;
    arg[i] = rowArg;
    rows = i;
    if (rowMin > band) break;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return { min, arg, rows };
}
