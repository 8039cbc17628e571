/**
 * Where a quote is in a page's text: the anchoring strategy, on plain strings.
 *
 * All strings are "keys" (normalize.ts: white space removed), so re-flowed
 * pages compare equal. Candidates come from exact search first, and from
 * approximate search when no exact occurrence is convincing on its own; each
 * is scored by how much of the quote it keeps, how well the text around it
 * matches the captured prefix and suffix, and its distance from the position
 * hint.
 *
 * The rule is: never place a highlight on the wrong text. A candidate is
 * accepted only when it is convincing by itself (thresholds in `convincing`)
 * and clearly better than any other place (`MARGIN`, `decisive`); otherwise
 * the result is an orphan with a reason. Short quotes in particular need
 * their surroundings on both sides: boilerplate such as "Reply · Quote ·
 * Share" is only ever identified by what is around it.
 *
 * When that fails, the context gets a second, closer reading (`orByContext`,
 * by-context.ts): each side is followed outward from the quote past light
 * edits and one inserted block (an ad, a new paragraph), and a place is
 * taken when its context, on both sides, reaches clearly further than at any
 * other place and than twins could share. An edited short quote is looked
 * for between where its prefix ends and its suffix begins (`bracketed`).
 */
import { chooseByContext, sideEvidence, type ContextInput, type SideEvidence } from './by-context';
import { estimateErrors, searchLongQuote } from './long-quote';
import { affixSimilarity, compile, editDistance, findExact, lastRowScores, searchApprox, type Match } from './match-quote';
import { refineBounds } from './refine';
import { sidesAt, singleOut } from './twins';

export interface LocateInput {
  /** Page text (key). */
  text: string;
  /** Quote (key); must not be empty. */
  quote: string;
  /** Text captured before / after the quote (key), possibly empty. */
  prefix?: string;
  suffix?: string;
  /** Where the quote was expected to start (key offset), if known. */
  hint?: number;
  /**
   * The quote occurred more than once on the page when captured (describe.ts
   * then keeps a longer context). Such a quote is placed only where its
   * surroundings match on both sides.
   */
  twins?: boolean;
  /**
   * For a quote with twins: how many context characters next to the quote
   * (key) the twins may share; the context beyond them is what tells this
   * occurrence apart, and must be there nearly verbatim.
   */
  prefixShared?: number;
  suffixShared?: number;
  /**
   * For a quote with twins: an upper bound on the context characters (key)
   * next to the quote that any twin shared with this occurrence, on either
   * side, when captured.
   */
  sharedBound?: number;
}

export interface LocateOptions {
  /** Quotes longer than this are matched by segments only (default 1024). */
  longQuote?: number;
  /** Most errors searched for, as a fraction of the quote length (default 0.25). */
  maxErrorRate?: number;
  /** Diagnostics: called with every scored candidate before the choice. */
  onCandidates?: (candidates: readonly Candidate[]) => void;
}

export type Located =
  | { ok: true; start: number; end: number; errors: number; confidence: number }
  | {
      ok: false;
      reason: string;
      /** With reason SEVERAL_PLACES: the places that could hold the quote, best first. */
      places?: Match[];
    };

/** Orphan reason: the quote (exact or edited) is at several places and nothing singles one out. */
export const SEVERAL_PLACES = 'several places match';
/** Places listed with a SEVERAL_PLACES orphan, at most (the messages allow MAX_ANCHOR_CANDIDATES, model/selectors.ts). */
const MAX_PLACES = 8;

export interface Candidate extends Match {
  /** Share of the quote still there: 1 − (edits not explained by inserted text) / quote length. */
  quoteSim: number;
  /** Context similarities in [0, 1]; null when nothing was captured on that side. */
  prefixSim: number | null;
  suffixSim: number | null;
  /** Mean of the available context similarities; null when none was captured. */
  contextSim: number | null;
  /** For a quote with twins: similarity of the distinguishing (far) part of each side. */
  prefixFar: number | null;
  suffixFar: number | null;
  /** Distance from the hint (key characters); null without a hint. */
  distance: number | null;
  /** Weighted total, 0–92. */
  score: number;
}

const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;
const MAX_SCORE = W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION;
/** Score lead (out of 92) the best place needs over any other place. */
const MARGIN = 3;
/** Exact occurrences considered at most. */
const MAX_EXACT = 1000;
/** Shortest quote searched approximately (shorter ones must match exactly). */
const MIN_FUZZY = 20;
/** Quotes at least this long are also searched by segments (tolerates inserted blocks). */
const MIN_SEGMENTED = 96;
/** Approximate candidates refined and scored at most. */
const MAX_REFINED = 8;

/**
 * Where the quote is. A quote that occurs at several places on the page now
 * (exactly, or edited but still placeable) is located with the rules for
 * twins whether or not it had twins when captured (a clip captured with a
 * short context, by another client or before twin-aware capture, looks
 * unique); so is a quote too short to be searched approximately whose place
 * has only a look-alike context. Then only a place whose context, on both
 * sides, tells it from the others is taken; failing that, the evidence
 * twins.ts weighs (context beyond what the places share, the stored
 * position, an exact quote where the others are edited). A placement gives
 * way when the captured context still stands around an edited stretch
 * elsewhere (`ownPlace`). When nothing singles one place out, the result
 * says so (SEVERAL_PLACES) and lists the places, for the researcher to
 * choose from.
 */
export function locate(input: LocateInput, options: LocateOptions = {}): Located {
  let pool: readonly Candidate[] = [];
  const watch: LocateOptions = {
    ...options,
    onCandidates: (c) => {
      pool = c;
      options.onCandidates?.(c);
    },
  };
  let found = locateOnce(input, watch);
  let places = separatePlaces(pool, input.quote.length);
  // A quote too short to be searched approximately cannot rule out edited
  // copies of itself: placed where its context is only somewhat alike (a
  // table's other row), it gets the twin rules too.
  if (!input.twins && (places.length > 1 || (input.quote.length < MIN_FUZZY && found.ok && !ownContext(input, found)))) {
    found = locateOnce({ ...input, twins: true }, watch);
    places = separatePlaces(pool, input.quote.length);
  }
  if (found.ok) {
    const home = ownPlace(input, found);
    return home ? severalPlaces([home, found]) : found;
  }
  if (places.length < 2) return found;
  const chosen = singleOut(input, places);
  if (chosen) {
    const home = ownPlace(input, chosen);
    return home ? severalPlaces([home, chosen]) : { ok: true, start: chosen.start, end: chosen.end, errors: chosen.errors, confidence: confidenceOf(chosen) };
  }
  return severalPlaces(places);
}

function severalPlaces(places: readonly Match[]): Located {
  return { ok: false, reason: SEVERAL_PLACES, places: places.slice(0, MAX_PLACES).map(({ start, end, errors }) => ({ start, end, errors })) };
}

/**
 * Context on each side of a placed quote that counts as its own (share of
 * the captured context, edits counted): below it, `ownPlace` looks for the
 * place the context points at.
 */
const OWN_CONTEXT = 0.9;

/** Context on both sides of a place that makes it the quote's own (share, edits counted). */
const SHORT_OWN_CONTEXT = 0.75;

function ownContext(input: LocateInput, placed: { start: number; end: number }): boolean {
  const here = sidesAt(input, placed);
  return (here.before?.sim ?? 1) >= SHORT_OWN_CONTEXT && (here.after?.sim ?? 1) >= SHORT_OWN_CONTEXT;
}

/**
 * Where the captured context itself still stands, when that is not at
 * `placed`: a stretch between the end of the captured prefix and the start
 * of the captured suffix (both there, SHORT_OWN_CONTEXT of each at least,
 * and clearly better than beside `placed`) that no longer reads as the
 * quote. The passage was edited where it stood, and a lookalike elsewhere
 * (a twin, a template's other row) must not inherit the clip.
 */
function ownPlace(input: LocateInput, placed: { start: number; end: number }): Match | undefined {
  if (!input.prefix || !input.suffix) return undefined;
  const here = sidesAt(input, placed);
  const placedSide = Math.min(here.before?.sim ?? 0, here.after?.sim ?? 0);
  if (placedSide >= OWN_CONTEXT) return undefined;
  for (const b of bracketed(input)) {
    if (Math.min(b.end, placed.end) > Math.max(b.start, placed.start)) continue;
    const there = sidesAt(input, b);
    const side = Math.min(there.before?.sim ?? 0, there.after?.sim ?? 0);
    if (side >= SHORT_OWN_CONTEXT && side >= placedSide + 0.25) return b;
  }
  return undefined;
}

/** Candidates that could hold the quote, one per place (the best-scored of overlapping ones), best first. */
function separatePlaces(pool: readonly Candidate[], m: number): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...pool].sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (!placeable(c, m) || out.some((o) => overlaps(o, c))) continue;
    out.push(c);
  }
  return out;
}

function locateOnce(input: LocateInput, options: LocateOptions): Located {
  const { text, quote } = input;
  const m = quote.length;
  if (!m) return { ok: false, reason: 'empty quote' };
  const score = scorer(input);
  const twins = input.twins ?? false;
  // Context evidence (by-context.ts), read once per place.
  const context = { ...input, evidence: new Map<string, SideEvidence>() };

  // 1. Exact occurrences: done when one is convincing, unambiguous and backed by its context.
  const exact = findExact(text, quote, MAX_EXACT).map((s) => score({ start: s, end: s + m, errors: 0 }));
  if (exact.length) {
    const pick = choose(exact, m, text.length, twins);
    if (pick.ok && pick.best && allSides(pick.best, 0.5)) {
      options.onCandidates?.(exact);
      return result(pick);
    }
  }
  if (m < MIN_FUZZY) {
    const pick = orByContext(context, choose(exact, m, text.length, twins), exact);
    if (pick.ok) {
      options.onCandidates?.(exact);
      return result(pick);
    }
    // An edited short quote: the places its context brackets, if that settles it.
    const around = bracketed(input)
      .filter((b) => !exact.some((e) => overlaps(e, b)))
      .map(score);
    const pool = [...exact, ...around];
    options.onCandidates?.(pool);
    // The quote itself no longer says much: its surroundings must be there
    // nearly whole on both sides (a template's "Was this review helpful?"
    // next to another row's "Yes (18) · No (1)" is not enough).
    const best = around.length
      ? chooseByContext(
          context,
          pool,
          (l) => placeable(l.candidate, m) && ((l.candidate.errors === 0 && !unflaggedTwins(input)) || wholeEnough(l)),
        )
      : undefined;
    if (!best) return result(pick);
    return { ok: true, start: best.start, end: best.end, errors: best.errors, confidence: confidenceOf(best) };
  }

  // 2. Approximate occurrences; the exact ones stay in the running.
  const long = options.longQuote ?? 1024;
  const rate = options.maxErrorRate ?? 0.25;
  const found: Match[] = [];
  if (m <= long) found.push(...searchApprox(text, quote, Math.floor(m * rate), { limit: 32 }));
  if (m >= MIN_SEGMENTED) found.push(...searchLongQuote(text, quote, { maxLengthChange: Math.max(rate, 0.3), maxGrowth: 0.5 }));
  const rough = found
    .filter((f) => f.errors > 0 && !exact.some((e) => overlaps(e, f)))
    .map(score)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_REFINED);
  const compiled = m <= long ? compile(quote) : undefined;
  const pool: Candidate[] = [...exact];
  const seen = new Set<string>();
  for (const c of rough) {
    const { start, end } = refineBounds(input, c.start, c.end, c.errors);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const region = text.slice(start, end);
    if (region === quote) continue; // an exact occurrence, already in the pool
    const errors = compiled ? (lastRowScores(region, compiled, 'prefix')[region.length] ?? m) : estimateErrors(text, quote, start, end);
    pool.push(score({ start, end, errors: Math.max(1, errors) }));
  }
  options.onCandidates?.(pool);
  if (!pool.length) return { ok: false, reason: 'not-found' };
  return result(orByContext(context, choose(pool, m, text.length, twins), pool));
}

/** Quote similarity a place needs when its context on both sides settles it (by-context.ts). */
const MIN_QUOTE_BY_CONTEXT = 0.75;

/**
 * `pick`, or when it failed, a place the captured context settles once an
 * inserted block next to the quote (an ad, a new paragraph) is looked past
 * (by-context.ts). A quote that was unique when captured gets the ordinary
 * rules (`choose`) with those context similarities; a quote with twins
 * needs its context to reach clearly further, on both sides, than at any
 * other place (`chooseByContext`).
 */
function orByContext(input: LocateInput & ContextInput, pick: Pick, pool: readonly Candidate[]): Pick {
  if (pick.ok || !pool.length) return pick;
  const m = input.quote.length;
  const twins = input.twins ?? false;
  if (!twins) {
    const top = [...pool].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_WIDENED);
    const again = choose(top.map((c) => widen(input, c)), m, input.text.length, false);
    if (again.ok) return again;
  }
  const best = chooseByContext(input, pool, (l) => placeable(l.candidate, m) && (!unflaggedTwins(input) || wholeEnough(l)));
  if (!best) return pick;
  return { ok: true, start: best.start, end: best.end, errors: best.errors, confidence: confidenceOf(best), best };
}

/**
 * Located with the twin rules although the capture did not say how much
 * context the twins shared (a short context: another client, an old clip,
 * or a quote that only now has lookalikes). Reaching 8 characters further
 * than elsewhere then proves little (a table's rows share "£.. a month" and
 * "..-month contract"): most of each side must be there.
 */
function unflaggedTwins(input: LocateInput): boolean {
  return !!input.twins && input.sharedBound === undefined;
}

function wholeEnough(l: { prefixShare: number; suffixShare: number }): boolean {
  return Math.min(l.prefixShare, l.suffixShare) >= MIN_SHARE_BRACKETED;
}

/**
 * May a place be settled by its context alone? Exact ones may; an edited one
 * must keep most of the quote, and only a word's worth of what it has in
 * excess counts as inserted (a place stretching over another passage, say
 * from one product to the next, is not an edited quote).
 */
function placeable(c: Candidate, m: number): boolean {
  if (c.errors === 0) return true;
  const excess = Math.max(0, c.end - c.start - m);
  return c.quoteSim >= MIN_QUOTE_BY_CONTEXT && c.errors <= (1 - MIN_QUOTE_BY_CONTEXT) * m + Math.min(excess, 8);
}

/** Share of each side's captured context an edited short quote needs there (`Lead.prefixShare`). */
const MIN_SHARE_BRACKETED = 0.75;

/** Characters of the captured context next to a short quote that look for it. */
const BRACKET = 16;

/**
 * Places between where the captured prefix ends and the captured suffix
 * begins (each found with a few edits), as long as what lies between could
 * be the quote with a word or two changed.
 */
function bracketed(input: LocateInput): Match[] {
  const { text, quote } = input;
  const m = quote.length;
  const p = (input.prefix ?? '').slice(-BRACKET);
  const s = (input.suffix ?? '').slice(0, BRACKET);
  if (p.length < BRACKET / 2 || s.length < BRACKET / 2) return [];
  const ends = searchApprox(text, p, Math.floor(p.length / 5), { limit: 32 });
  const starts = searchApprox(text, s, Math.floor(s.length / 5), { limit: 32 });
  const out: Match[] = [];
  for (const a of ends) {
    for (const b of starts) {
      const len = b.start - a.end;
      if (len < Math.ceil(m / 2) || len > 2 * m + 8) continue;
      const region = text.slice(a.end, b.start);
      if (region === quote) continue;
      out.push({ start: a.end, end: b.start, errors: editDistance(quote, region) });
    }
  }
  return out.filter((c) => c.errors <= Math.ceil(m / 2)).sort((x, y) => x.errors - y.errors).slice(0, 8);
}

/** Candidates re-scored with context read past an inserted block, at most. */
const MAX_WIDENED = 24;

/** `c` with each context similarity at least what reading past an inserted block gives. */
function widen(input: LocateInput, c: Candidate): Candidate {
  const side = (sim: number | null, expected: string | undefined, at: 'before' | 'after'): number | null => {
    if (sim === null || !expected) return sim;
    const { reach } = sideEvidence(input, c.start, c.end, at);
    return Math.max(sim, Math.max(0, reach.length - reach.errors) / expected.length);
  };
  const prefixSim = side(c.prefixSim, input.prefix, 'before');
  const suffixSim = side(c.suffixSim, input.suffix, 'after');
  return { ...c, ...contextScore(c.quoteSim, prefixSim, suffixSim, c.distance, input.text.length) };
}

function confidenceOf(c: Candidate): number {
  return Math.round((c.score / MAX_SCORE) * 1000) / 1000;
}

/** Context similarity and score of a candidate from its parts. */
function contextScore(
  quoteSim: number,
  prefixSim: number | null,
  suffixSim: number | null,
  distance: number | null,
  textLength: number,
): { prefixSim: number | null; suffixSim: number | null; contextSim: number | null; score: number } {
  const sides = [prefixSim, suffixSim].filter((s): s is number => s !== null);
  const contextSim = sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : null;
  const score =
    W_QUOTE * quoteSim +
    W_PREFIX * (prefixSim ?? 0.5) +
    W_SUFFIX * (suffixSim ?? 0.5) +
    W_POSITION * (distance === null ? 0.5 : 1 - Math.min(1, distance / Math.max(1, textLength)));
  return { prefixSim, suffixSim, contextSim, score };
}

/** Scores candidates against the captured context. */
export function scorer(input: LocateInput): (m: Match) => Candidate {
  const { text, quote, hint } = input;
  const prefix = input.prefix ?? '';
  const suffix = input.suffix ?? '';
  const m = quote.length;
  const twins = input.twins ?? false;
  const pNear = twins ? (input.prefixShared ?? NEAR) : NEAR;
  const sNear = twins ? (input.suffixShared ?? NEAR) : NEAR;
  return (c) => {
    // Text inserted into the passage (an ad between two paragraphs) costs a
    // tenth of what changing the quote's own characters costs, up to a
    // quarter of the quote (plus a banner's worth): a whole other section
    // between two parts of the quote is not an insertion but a split.
    const excess = Math.min(Math.max(0, c.end - c.start - m), m / 4 + 64);
    const quoteSim = Math.max(0, 1 - Math.max(0, c.errors - 0.9 * excess) / m);
    const before = prefix
      ? sideSimilarity(prefix, text.slice(Math.max(0, c.start - prefix.length - slack(prefix)), c.start), 'before', pNear)
      : null;
    const after = suffix ? sideSimilarity(suffix, text.slice(c.end, c.end + suffix.length + slack(suffix)), 'after', sNear) : null;
    const distance = hint === undefined ? null : Math.abs(c.start - hint);
    const { prefixSim, suffixSim, contextSim, score } = contextScore(
      quoteSim,
      before ? Math.min(before.near, before.far) : null,
      after ? Math.min(after.near, after.far) : null,
      distance,
      text.length,
    );
    return {
      ...c,
      quoteSim,
      prefixSim,
      suffixSim,
      contextSim,
      prefixFar: twins && before ? before.far : null,
      suffixFar: twins && after ? after.far : null,
      distance,
      score,
    };
  };
}

function slack(s: string): number {
  return Math.ceil(s.length / 4);
}

/** Context characters next to the quote that are checked on their own. */
const NEAR = 24;

/**
 * How well a captured context matches the text beside a candidate, as the
 * similarity of its near part (the `near` characters next to the quote) and
 * of the rest. A long context (a quote with twins) needs both: twins share
 * the near part, and only the far part, which describe.ts added for that
 * reason, tells them apart.
 */
function sideSimilarity(expected: string, text: string, side: 'before' | 'after', near: number): { near: number; far: number } {
  const full = affixSimilarity(expected, text, side);
  const farLen = expected.length - near;
  if (near <= 0 || farLen < 8) return { near: full, far: full };
  const nearPart = side === 'before' ? expected.slice(-near) : expected.slice(0, near);
  const nearSim = affixSimilarity(nearPart, text, side);
  const farErrors = Math.max(0, (1 - full) * expected.length - (1 - nearSim) * near);
  return { near: nearSim, far: Math.max(0, 1 - farErrors / farLen) };
}

/** Every captured side of the context is at least `min` similar (true when none was captured). */
function allSides(c: Candidate, min: number): boolean {
  return (c.prefixSim ?? 1) >= min && (c.suffixSim ?? 1) >= min;
}

/** Some captured side of the context is at least `min` similar (true when none was captured). */
function anySide(c: Candidate, min: number): boolean {
  if (c.prefixSim === null && c.suffixSim === null) return true;
  return (c.prefixSim ?? -1) >= min || (c.suffixSim ?? -1) >= min;
}

/** Sides whose whole captured context is there verbatim (white space aside). */
function perfectSides(c: Candidate): number {
  return (c.prefixSim === 1 ? 1 : 0) + (c.suffixSim === 1 ? 1 : 0);
}

/**
 * Is this candidate, on its own, good enough to place a highlight?
 * Surroundings matching on both sides always count. A quote that was unique
 * when captured may also stand on one side (an ad was inserted right before
 * it) or, if long and close enough, on none (its section moved and its
 * neighbours changed). A quote with twins needs both sides: when its own
 * occurrence is removed from a list, the twin before it inherits its old
 * suffix verbatim.
 */
export function convincing(c: Candidate, m: number, twins: boolean): boolean {
  const q = c.quoteSim;
  // A twin can differ from this occurrence by a name or a number only:
  // what tells them apart must be there nearly verbatim.
  if (twins && ((c.prefixFar ?? 1) < 0.9 || (c.suffixFar ?? 1) < 0.9)) return false;
  if (allSides(c, c.errors === 0 ? 0.5 : m < 64 ? 0.6 : 0.5)) {
    if (c.errors === 0) return true;
    if (m < MIN_FUZZY) return false;
    return q >= (m < 64 ? 0.85 : 0.8);
  }
  if (twins) return false;
  if (c.errors === 0) return m >= 40 || anySide(c, 0.5);
  if (m < MIN_FUZZY) return false;
  if (m >= 64 && q >= 0.95) return true;
  if (m >= 256) return q >= 0.85 && anySide(c, 0.5);
  if (m >= 64) return q >= 0.85 && anySide(c, 0.5);
  return c.contextSim !== null && q >= 0.9 && anySide(c, 0.8);
}

type Pick = Located & { best?: Candidate };

/**
 * The best candidate if it is convincing and clearly ahead of any other place.
 * For a quote with twins, "ahead" first means more sides with the captured
 * context verbatim: a tie there (say, this occurrence kept its prefix while
 * a twin, after sections were reordered, got this occurrence's old suffix)
 * cannot be settled by the text, and the quote is orphaned.
 */
function choose(cands: Candidate[], m: number, textLength: number, twins: boolean): Pick {
  let sorted = [...cands].sort((a, b) => b.score - a.score || a.start - b.start);
  if (twins) {
    const most = Math.max(0, ...sorted.map(perfectSides));
    if (most > 0) {
      const leaders = sorted.filter((c) => perfectSides(c) === most);
      const lead = leaders[0] as Candidate;
      if (leaders.some((c) => c !== lead && !overlaps(c, lead))) return { ok: false, reason: 'ambiguous', best: lead };
      sorted = [lead, ...sorted.filter((c) => c !== lead && perfectSides(c) < most && overlaps(c, lead))];
    }
  }
  const best = sorted[0];
  if (!best) return { ok: false, reason: 'not-found' };
  if (!convincing(best, m, twins)) return { ok: false, reason: best.errors ? 'too-different' : 'weak-context', best };
  const rival = sorted.find((c) => c !== best && !overlaps(c, best));
  if (rival && best.score - rival.score < MARGIN && !decisive(best, rival, textLength)) {
    return { ok: false, reason: 'ambiguous', best };
  }
  return { ok: true, start: best.start, end: best.end, errors: best.errors, confidence: confidenceOf(best), best };
}

function result(pick: Pick): Located {
  return pick.ok
    ? { ok: true, start: pick.start, end: pick.end, errors: pick.errors, confidence: pick.confidence }
    : { ok: false, reason: pick.reason };
}

/**
 * Two places close in score can still be told apart when one has its
 * captured surroundings verbatim and the other does not, or, when both read
 * exactly alike, when the position hint sits right on one and far from the
 * other.
 */
function decisive(best: Candidate, rival: Candidate, textLength: number): boolean {
  if (best.errors > rival.errors) return false;
  const perfect = (c: Candidate) => (c.prefixSim ?? 1) === 1 && (c.suffixSim ?? 1) === 1;
  if (perfect(best) && !perfect(rival) && best.contextSim !== null) return true;
  if (best.errors === rival.errors && perfect(best) === perfect(rival) && best.distance !== null && rival.distance !== null) {
    if (best.distance <= 2 && rival.distance >= 16) return true;
    const near = Math.max(16, textLength * 0.002);
    return best.distance <= near && rival.distance >= 8 * near;
  }
  return false;
}

function overlaps(a: Match, b: Match): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}
