/**
 * The last word on a quote that several places on the page could hold
 * ("twins": the same sentence in a paragraph and in two boxes, a review
 * template's first line, "Add to cart · Compare"): which place, if any, the
 * evidence singles out by more than the places have in common.
 *
 * Evidence, any one of:
 * - context: on both sides, the captured context matches here (at least
 *   MIN_SIDE of it, edits counted, and its outer half nearly whole) and by
 *   at least MIN_LEAD more than at every other place; or, at this place
 *   only, each side is verbatim but for one word right next to the quote
 *   (`wholeButOneRun`). Twins share what is the same around all copies;
 *   only what goes beyond that tells them apart, so a side that agrees equally
 *   everywhere decides nothing, and a copy whose own surroundings were
 *   edited or removed cannot lead;
 * - position: the quote is here verbatim, exactly where it was captured
 *   (the text before it kept its length), every other place is elsewhere,
 *   and the context here is nowhere worse than at another place;
 * - exactness: the quote is here verbatim and only edited elsewhere, with
 *   the context here, on both sides, matching at least as well as anywhere.
 *
 * Evidence pointing at two different places settles nothing. Otherwise
 * nothing is placed (the caller orphans the clip with the places listed,
 * for the researcher to choose).
 */
import { affixSimilarity } from './match-quote';

export interface TwinPlace {
  start: number;
  end: number;
  errors: number;
  /** Distance from the position hint (key characters); null without a hint. */
  distance: number | null;
}

export interface TwinInput {
  text: string;
  prefix?: string;
  suffix?: string;
}

/** Share of each side's captured context a place needs to be decided by context. */
export const MIN_SIDE = 0.6;
/** Similarity of each side's outer half (SideMatch.far) a place needs to be decided by context. */
export const MIN_FAR = 0.9;
/** Share of each side's context that must match here beyond every other place. */
export const MIN_LEAD = 0.25;
/** Distance from the hint (key characters) that still counts as "where it was captured". */
const AT_HINT = 2;
/** Distance from the hint beyond which another place counts as elsewhere. */
const ELSEWHERE = 16;

export interface SideMatch {
  /** Similarity of the whole captured side, in [0, 1]. */
  sim: number;
  /** Similarity of its outer half (edits in the inner half, next to the quote, not counted). */
  far: number;
}

/** How well the captured prefix and suffix match next to a place (null: not captured). */
export function sidesAt(input: TwinInput, p: { start: number; end: number }): { before: SideMatch | null; after: SideMatch | null } {
  const { text } = input;
  const prefix = input.prefix ?? '';
  const suffix = input.suffix ?? '';
  const slack = (s: string) => Math.ceil(s.length / 4);
  return {
    before: prefix ? sideMatch(prefix, text.slice(Math.max(0, p.start - prefix.length - slack(prefix)), p.start), 'before') : null,
    after: suffix ? sideMatch(suffix, text.slice(p.end, p.end + suffix.length + slack(suffix)), 'after') : null,
  };
}

/**
 * A word changed right next to the quote leaves the outer half of the
 * context whole; a twin whose surroundings merely look alike (a template's
 * "Rated 4 out of 5 · 19 February") differs all along.
 */
function sideMatch(expected: string, text: string, side: 'before' | 'after'): SideMatch {
  const sim = affixSimilarity(expected, text, side);
  const n = Math.ceil(expected.length / 2);
  const inner = side === 'before' ? expected.slice(-n) : expected.slice(0, n);
  const innerErrors = (1 - affixSimilarity(inner, text, side)) * n;
  const outer = expected.length - n;
  const far = outer > 0 ? Math.max(0, 1 - Math.max(0, (1 - sim) * expected.length - innerErrors) / outer) : sim;
  return { sim, far };
}

/** The place the evidence singles out among `places` (separate places, best first), if any. */
export function singleOut<P extends TwinPlace>(input: TwinInput, places: readonly P[]): P | undefined {
  if (places.length < 2) return places[0];
  const sides = places.map((p) => sidesAt(input, p));
  const picks = new Set<P>();
  // Context beyond what the places share, on both sides.
  places.forEach((p, i) => {
    if (byContext(sides, i, 'before') && byContext(sides, i, 'after')) picks.add(p);
  });
  // The context whole but for one word next to the quote on either side, at one place only.
  const nearlyWhole = places.filter((p) => wholeButOneRun(input, p));
  if (nearlyWhole.length === 1) picks.add(nearlyWhole[0] as P);
  places.forEach((p, i) => {
    const rivals = places.filter((_, j) => j !== i);
    const here = sides[i] as Sides;
    const notWorse = (side: 'before' | 'after') => here[side] === null || lead(sides, i, side) >= 0;
    if (p.errors > 0 || !notWorse('before') || !notWorse('after')) return;
    // Verbatim where it was captured, every other place elsewhere.
    if (p.distance !== null && p.distance <= AT_HINT && rivals.every((r) => r.distance !== null && r.distance >= ELSEWHERE)) picks.add(p);
    // Verbatim here, edited everywhere else.
    if (rivals.every((r) => r.errors > 0) && (here.before?.sim ?? 1) >= 0.5 && (here.after?.sim ?? 1) >= 0.5) picks.add(p);
  });
  // Evidence pointing at two places settles nothing.
  return picks.size === 1 ? [...picks][0] : undefined;
}

type Sides = ReturnType<typeof sidesAt>;

/** How much better the captured side matches at place `i` than at the best other place. */
function lead(sides: readonly Sides[], i: number, side: 'before' | 'after'): number {
  const others = sides.filter((_, j) => j !== i).map((o) => o[side]?.sim ?? 0);
  return (sides[i]?.[side]?.sim ?? 0) - Math.max(0, ...others);
}

function byContext(sides: readonly Sides[], i: number, side: 'before' | 'after'): boolean {
  const m = sides[i]?.[side];
  return !!m && m.sim >= MIN_SIDE && m.far >= MIN_FAR && lead(sides, i, side) >= MIN_LEAD;
}

/** Key characters next to the quote that may differ on a side (a word, a price) for `wholeButOneRun`. */
export const RUN = 12;

/**
 * Is each captured side there verbatim, but for at most one run of up to
 * RUN characters right next to the quote (a word changed beside it)? Both
 * sides must be captured, and what stays verbatim must be at least half of
 * each and 8 characters. A twin whose own neighbour differs further out (a
 * table row with another label, price and speed) is not.
 */
export function wholeButOneRun(input: TwinInput, p: { start: number; end: number }): boolean {
  const { text } = input;
  const prefix = input.prefix ?? '';
  const suffix = input.suffix ?? '';
  if (!prefix || !suffix) return false;
  const fits = (expected: string, side: 'before' | 'after'): boolean => {
    const L = expected.length;
    for (let i = 0; i <= Math.min(RUN, L); i++) {
      const rest = L - i;
      if (rest < Math.max(8, L / 2)) break;
      const kept = side === 'before' ? expected.slice(0, rest) : expected.slice(i);
      for (let j = 0; j <= RUN; j++) {
        const there = side === 'before' ? text.slice(Math.max(0, p.start - j - rest), p.start - j) : text.slice(p.end + j, p.end + j + rest);
        if (there === kept) return true;
      }
    }
    return false;
  };
  return fits(prefix, 'before') && fits(suffix, 'after');
}
