/**
 * Selectors → DOM range on a page that may have changed since capture.
 *
 * Strategy (see locate.ts): exact quote (the position hint and the captured
 * prefix/suffix pick among repeats) → approximate quote (long quotes by head
 * and tail segments) → the place whose context alone settles it, read past
 * an inserted ad or paragraph (by-context.ts) → orphan. A quote that
 * several places could hold is placed only where the evidence singles one
 * out (twins.ts); otherwise it is an orphan whose reason is SEVERAL_PLACES,
 * with those places. White space never counts: a passage that only
 * re-flowed is `exact` and not `changed`.
 */
import { CONTEXT_CHARS } from './describe';
import { locate, type LocateOptions } from './locate';

export { SEVERAL_PLACES } from './locate';
import { keyOf, keyToRaw, rawToKey, toKey } from './normalize';
import { buildTextIndex, offsetsToRange } from './text-content';

/** The parts of a W3C TextQuoteSelector anchoring reads (TextQuoteSelector fits). */
export interface QuoteLike {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** The parts of a W3C TextPositionSelector anchoring reads (TextPositionSelector fits). */
export interface PositionLike {
  start: number;
  end: number;
}

export interface AnchorSelectors {
  quote?: QuoteLike;
  position?: PositionLike;
}

export type AnchorOptions = LocateOptions;

export type AnchorResult =
  | {
      /** `exact`: the quote's text is there (white space aside); `fuzzy`: an edited version of it. */
      status: 'exact' | 'fuzzy';
      range: Range;
      /** Offsets of the found text in the root's text content (text-content.ts). */
      start: number;
      end: number;
      foundText: string;
      /** True when the found text differs from the quote other than in white space. */
      changed: boolean;
      /** 0–1: how well quote, context and position agree. */
      confidence: number;
    }
  | {
      status: 'orphan';
      reason: string;
      /**
       * With reason SEVERAL_PLACES (locate.ts): the places that could hold
       * the quote, best first, for the researcher to choose from.
       */
      places?: Array<{ range: Range; start: number; end: number; text: string }>;
    };

/**
 * Finds where `selectors` point in `root`'s text. A position selector alone
 * is not trusted (the page may have changed under it): without a quote the
 * result is an orphan.
 */
export function anchor(root: Node, selectors: AnchorSelectors, options: AnchorOptions = {}): AnchorResult {
  const quote = selectors.quote;
  if (!quote) return { status: 'orphan', reason: 'no-quote' };
  const q = keyOf(quote.exact);
  if (!q) return { status: 'orphan', reason: 'empty quote' };
  const index = buildTextIndex(root);
  const page = toKey(index.text);
  const position = selectors.position;
  // describe.ts keeps more than 32 characters of context only for quotes
  // with twins: ceil(shared · 1.25) + 24 of them, `shared` being what the
  // twins have in common next to the quote.
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const twins = Math.max(prefix.length, suffix.length) > CONTEXT_CHARS + 8;
  const shared = (side: string, at: 'start' | 'end'): number => {
    const n = Math.max(0, Math.floor((side.length - 24) / 1.25));
    return keyOf(at === 'end' ? side.slice(side.length - n) : side.slice(0, n)).length;
  };
  const found = locate(
    {
      text: page.key,
      quote: q,
      prefix: keyOf(prefix),
      suffix: keyOf(suffix),
      hint: position && position.start <= index.text.length ? rawToKey(page, position.start) : undefined,
      twins,
      prefixShared: twins ? shared(prefix, 'end') : undefined,
      suffixShared: twins ? shared(suffix, 'start') : undefined,
      // At most this many key characters next to the quote (size ≥ 1.25 · shared + 24).
      sharedBound: twins ? Math.max(0, Math.floor((Math.max(prefix.length, suffix.length) - 24) / 1.25)) : undefined,
    },
    options,
  );
  if (!found.ok) {
    if (!found.places?.length) return { status: 'orphan', reason: found.reason };
    const places = found.places.map((p) => {
      const { start, end } = keyToRaw(page, p.start, p.end);
      return { range: offsetsToRange(index, start, end), start, end, text: index.text.slice(start, end) };
    });
    return { status: 'orphan', reason: found.reason, places };
  }
  const { start, end } = keyToRaw(page, found.start, found.end);
  const changed = found.errors > 0;
  return {
    status: changed ? 'fuzzy' : 'exact',
    range: offsetsToRange(index, start, end),
    start,
    end,
    foundText: index.text.slice(start, end),
    changed,
    confidence: found.confidence,
  };
}
