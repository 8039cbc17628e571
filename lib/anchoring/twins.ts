/**
 * The last word on a quote that several places on the page could hold
 * ("twins": the same sentence in a paragraph and in two boxes, a review
 * template's first line, "Add to cart · Compare"): which place, if any, the
 * evidence singles out by more than the places have in common.
 *
 * Evidence, any one of:
 * - context: on both sides, the captured context matches here (at least
 *   MIN_SIDE of it, edits counted, and its outer half nearly whole) and by
 *   at least MIN_LEAD more than at
 *   every other place. Twins share what is the same around all copies; only
 *   what goes beyond that tells them apart, so a side that agrees equally
 *   everywhere decides nothing, and a copy whose own surroundings were
 *   edited or removed cannot lead;
 * - position: the quote is here verbatim, exactly where it was captured
 *   (the text before it kept its length), every other place is elsewhere,
 *   and the context here is nowhere worse than at another place;
 * - exactness: the quote is here verbatim and only edited elsewhere, with
 *   the context here, on both sides, matching at least as well as anywhere.
 *
 * Otherwise nothing is placed (the caller orphans the clip with the places
 * listed, for the researcher to choose).
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
  for (let i = 0; i < places.length; i++) {
    const p = places[i] as P;
    const here = sides[i] as ReturnType<typeof sidesAt>;
    const others = sides.filter((_, j) => j !== i);
    const rivals = places.filter((_, j) => j !== i);
    const sim = (side: 'before' | 'after') => here[side]?.sim ?? 0;
    const lead = (side: 'before' | 'after') => sim(side) - Math.max(0, ...others.map((o) => o[side]?.sim ?? 0));
    const decides = (side: 'before' | 'after') => {
      const m = here[side];
      return !!m && m.sim >= MIN_SIDE && m.far >= MIN_FAR && lead(side) >= MIN_LEAD;
    };
    // Context beyond what the places share, on both sides.
    if (decides('before') && decides('after')) return p;
    const notWorse = (side: 'before' | 'after') => here[side] === null || lead(side) >= 0;
    if (p.errors > 0 || !notWorse('before') || !notWorse('after')) continue;
    // Verbatim where it was captured, every other place elsewhere.
    if (p.distance !== null && p.distance <= AT_HINT && rivals.every((r) => r.distance !== null && r.distance >= ELSEWHERE)) return p;
    // Verbatim here, edited everywhere else.
    if (rivals.every((r) => r.errors > 0) && (here.before?.sim ?? 1) >= 0.5 && (here.after?.sim ?? 1) >= 0.5) return p;
  }
  return undefined;
}
