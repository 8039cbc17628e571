/**
 * Range → W3C selectors, at capture time.
 *
 * Bundled into the always-on content script (12 KB gzip budget): it imports
 * only text-content.ts and types, never the matcher or zod.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors';
import { buildTextIndex, rangeToOffsets } from './text-content';

/** Characters of context kept on each side of a quote that occurs once on the page… */
export const CONTEXT_CHARS = 32;
/** …and at least this many (up to the most the schema allows) when the same words occur elsewhere too. */
export const TWIN_CONTEXT_CHARS = 48;
export const MAX_CONTEXT_CHARS = 200;

const WS = /\s/;

export interface RangeDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes `range` (within `root`) by a TextQuoteSelector and a
 * TextPositionSelector over `root`'s text content (see text-content.ts).
 *
 * White space at either end of the range is left out, so `exact` starts and
 * ends with visible text. `exact` is the text content verbatim, so
 * `text.slice(position.start, position.end) === quote.exact`; `prefix` and
 * `suffix` hold up to 32 characters of the neighbouring text with white-space
 * runs collapsed to one space, so indentation in the page source does not
 * crowd out the words.
 *
 * When the same words occur elsewhere on the page too ("twins": review
 * widgets, "Add to cart" buttons, reply templates), the context is longer:
 * at least 48 characters, and up to 200 so that each side reaches past the
 * text the twins share. Anchoring reads a context longer than 40 characters as "this
 * quote had twins" and then trusts only places whose surroundings match on
 * both sides.
 *
 * Throws when the range holds no visible text.
 */
export function describeRange(root: Element, range: Range): RangeDescription {
  const index = buildTextIndex(root);
  const text = index.text;
  let { start, end } = rangeToOffsets(index, range);
  while (start < end && WS.test(text.charAt(start))) start++;
  while (end > start && WS.test(text.charAt(end - 1))) end--;
  if (start >= end) throw new Error('the range holds no text');
  const exact = text.slice(start, end);
  const shared = twinAgreement(text, exact, start);
  const size =
    shared < 0 ? CONTEXT_CHARS : Math.min(MAX_CONTEXT_CHARS, Math.max(TWIN_CONTEXT_CHARS, Math.ceil(shared * 1.25) + 24));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: context(text, start - 1, -1, size),
      suffix: context(text, end, 1, size),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * −1 when `exact` occurs only at `start`; otherwise how far (in characters,
 * white space aside) the surroundings of the occurrence at `start` agree with
 * those of a twin, on either side, at most. Each side of the context is then
 * made long enough to tell this occurrence from every twin on its own: after
 * an edit the other side may be gone, or a reordered page may even have put
 * a twin next to this occurrence's old neighbour.
 */
function twinAgreement(text: string, exact: string, start: number): number {
  let most = -1;
  for (let o = text.indexOf(exact), n = 0; o >= 0 && n < 64; o = text.indexOf(exact, o + 1), n++) {
    if (o === start) continue;
    const before = agree(text, start - 1, o - 1, -1);
    most = Math.max(most, before, agree(text, start + exact.length, o + exact.length, 1));
  }
  return most;
}

/** Characters walked from `i` while the non-white-space text there equals that from `j`. */
function agree(text: string, i: number, j: number, step: 1 | -1): number {
  let walked = 0;
  while (walked < MAX_CONTEXT_CHARS) {
    while (WS.test(text.charAt(i))) i += step;
    while (WS.test(text.charAt(j))) j += step;
    const a = text.charAt(i);
    if (!a || a !== text.charAt(j)) break;
    i += step;
    j += step;
    walked++;
  }
  return walked;
}

/** Up to `max` characters walking from `i` in direction `step`, white-space runs as one space. */
function context(text: string, i: number, step: 1 | -1, max: number): string {
  let out = '';
  let space = false;
  for (; i >= 0 && i < text.length && out.length < max; i += step) {
    const c = text.charAt(i);
    if (WS.test(c)) {
      space = true;
      continue;
    }
    for (const add of space ? [' ', c] : [c]) {
      if (out.length < max) out = step > 0 ? out + add : add + out;
    }
    space = false;
  }
  return out;
}
