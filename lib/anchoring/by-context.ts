/**
 * Second opinion for places the plain scores could not settle: which
 * candidate has its captured surroundings there, on both sides, clearly
 * further out than any other place has them?
 *
 * Each side of a candidate is read outward from the quote (context-reach.ts):
 * light edits and one inserted block (an ad, a banner, a new paragraph) are
 * allowed. What counts is how much further the context reaches there than at
 * every other candidate (and, for a quote with twins, than the twins could
 * have shared when captured): repeats of boilerplate ("Add to cart ·
 * Compare", "Reply · Quote · Share") all share their near context, and only
 * the words beyond it tell them apart.
 *
 * Both sides must tell: when a passage is removed from a list, the twin
 * before it inherits its old suffix verbatim (and the twin after it its old
 * prefix, past a block), but never both.
 */
import { contextReach, type Reach } from './context-reach';
import { reverse, searchApprox } from './match-quote';

interface Place {
  start: number;
  end: number;
  errors: number;
  quoteSim: number;
  score: number;
}

export interface ContextInput {
  text: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  twins?: boolean;
  sharedBound?: number;
  /** Side evidence already read, by `start:end:side` (filled in as it is read). */
  evidence?: Map<string, SideEvidence>;
}

export interface SideEvidence {
  reach: Reach;
  /** Characters reached less a penalty per edit. */
  value: number;
}

/** Longest inserted block skipped between a quote and its context. */
export const MAX_GAP = 240;
/** An edit in the context costs this many reached characters. */
const EDIT_WEIGHT = 2;
/** Characters of context each side must reach beyond every other place. */
export const MIN_LEAD = 8;
/** Candidates (best scores first) compared. */
const MAX_COMPARED = 24;

/** How far `input`'s prefix (`side: 'before'`) or suffix reaches next to [start, end). */
export function sideEvidence(input: ContextInput, start: number, end: number, side: 'before' | 'after'): SideEvidence {
  const key = `${start}:${end}:${side}`;
  const known = input.evidence?.get(key);
  if (known) return known;
  const found = readSide(input, start, end, side);
  input.evidence?.set(key, found);
  return found;
}

function readSide(input: ContextInput, start: number, end: number, side: 'before' | 'after'): SideEvidence {
  const { text, quote } = input;
  const expected = (side === 'before' ? input.prefix : input.suffix) ?? '';
  if (!expected) return { reach: { length: 0, errors: 0, gap: 0, gapAt: 0 }, value: 0 };
  const span = expected.length + MAX_GAP + Math.ceil(expected.length / 4) + 4;
  const read = (maxGap: number): Reach =>
    side === 'before'
      ? contextReach(reverse(expected), reverse(text.slice(Math.max(0, start - span), start)), { maxGap, editWeight: EDIT_WEIGHT })
      : contextReach(expected, text.slice(end, end + span), { maxGap, editWeight: EDIT_WEIGHT });
  let reach = read(MAX_GAP);
  if (reach.gap) {
    // A block holding the quote itself (or its first or last words, for a
    // place that may have lost them) is not an insertion: this place sits
    // next to another occurrence, or the passage began before it.
    const from = side === 'before' ? start - reach.gapAt - reach.gap : end + reach.gapAt;
    const skipped = text.slice(Math.max(0, from - quote.length + 1), from + reach.gap + quote.length - 1);
    const edge = Math.min(quote.length, 12);
    const piece = side === 'before' ? quote.slice(0, edge) : quote.slice(quote.length - edge);
    const block = text.slice(from, from + reach.gap);
    if (skipped.includes(quote) || block.includes(piece) || heldThere(input, block, side)) reach = read(0);
  }
  return { reach, value: reach.length - EDIT_WEIGHT * reach.errors };
}

/**
 * Does a block skipped on one side of a place hold the quote edited, or the
 * start of the context captured on the other side? Then it is not an
 * insertion: the passage stood there and is gone or changed, and this place
 * (a twin) would only inherit its surroundings.
 */
function heldThere(input: ContextInput, block: string, side: 'before' | 'after'): boolean {
  const { quote } = input;
  if (quote.length >= 8 && searchApprox(block, quote, Math.floor(quote.length / 4), { limit: 1 }).length) return true;
  // The other side's first characters, or (a word there edited since) the next ones.
  const other = side === 'before' ? (input.suffix ?? '') : reverse(input.prefix ?? '');
  for (const at of [0, OTHER_SIDE]) {
    const piece = other.slice(at, at + OTHER_SIDE);
    if (piece.length < OTHER_SIDE / 2) break;
    const look = side === 'before' ? piece : reverse(piece);
    if (searchApprox(block, look, Math.floor(look.length / 8), { limit: 1 }).length) return true;
  }
  return false;
}

/** Characters of the other side's context looked for in a skipped block. */
const OTHER_SIDE = 16;

export interface Lead<C> {
  candidate: C;
  /** Characters the prefix (suffix) reaches here beyond every other place and what twins could share. */
  prefix: number;
  suffix: number;
  /** Share of the captured prefix (suffix) there, edits counted against it (SideEvidence.value / length). */
  prefixShare: number;
  suffixShare: number;
}

/**
 * For each of the best-scored candidates: how much further its context
 * reaches, on each side, than at any other (non-overlapping) candidate and
 * than twins could have shared. Best scores first.
 */
export function contextLeads<C extends Place>(input: ContextInput, pool: readonly C[]): Lead<C>[] {
  const { text, prefix = '', suffix = '' } = input;
  const bound = input.twins ? (input.sharedBound ?? 0) : 0;
  const top = [...pool].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_COMPARED);
  const ev = top.map((c) => {
    const before = sideEvidence(input, c.start, c.end, 'before');
    const after = sideEvidence(input, c.start, c.end, 'after');
    return { c, before, after };
  });
  return ev.map((x) => {
    // Every exact occurrence is a candidate, but not every edited one: for
    // an edited place, context found verbatim elsewhere on the page too (a
    // template's "Was this review helpful?") tells nothing about it. (Its
    // own context may sit past an inserted block.)
    const edited = x.c.errors > 0;
    const own = (at: number, r: Reach, dir: 1 | -1) => (r.gap && !r.gapAt ? [at, at + dir * r.gap] : [at]);
    let p = Math.max(bound, edited && prefix ? sharedElsewhere(text, prefix, own(x.c.start, x.before.reach, -1), 'before') : 0);
    let s = Math.max(bound, edited && suffix ? sharedElsewhere(text, suffix, own(x.c.end, x.after.reach, 1), 'after') : 0);
    for (const y of ev) {
      if (y === x || overlaps(x.c, y.c)) continue;
      p = Math.max(p, y.before.value);
      s = Math.max(s, y.after.value);
    }
    return {
      candidate: x.c,
      prefix: x.before.value - p,
      suffix: x.after.value - s,
      prefixShare: prefix ? Math.max(0, x.before.value) / prefix.length : 0,
      suffixShare: suffix ? Math.max(0, x.after.value) / suffix.length : 0,
    };
  });
}

/**
 * The one candidate whose context, on both sides, reaches at least MIN_LEAD
 * characters further than at any other (non-overlapping) candidate and than
 * twins could have shared; undefined when there is none. `accept` says which
 * candidates may be placed at all (how much of the quote they must keep,
 * how much of the context). (No two candidates can both lead on a side.)
 */
export function chooseByContext<C extends Place>(
  input: ContextInput,
  pool: readonly C[],
  accept: (lead: Lead<C>) => boolean,
): C | undefined {
  if (!input.prefix || !input.suffix) return undefined;
  for (const x of contextLeads(input, pool)) {
    if (x.prefix >= MIN_LEAD && x.suffix >= MIN_LEAD && accept(x)) return x.candidate;
  }
  return undefined;
}

/**
 * The most characters of `expected` next to the quote (its end for a
 * prefix, its start for a suffix) found verbatim in `text` at a place other
 * than those in `own` (where that prefix would end, or that suffix begin).
 */
export function sharedElsewhere(text: string, expected: string, own: readonly number[], side: 'before' | 'after'): number {
  const elsewhere = (n: number): boolean => {
    const piece = side === 'before' ? expected.slice(expected.length - n) : expected.slice(0, n);
    for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) {
      if (!own.includes(side === 'before' ? i + n : i)) return true;
    }
    return false;
  };
  let lo = 0;
  let hi = expected.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (elsewhere(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}
