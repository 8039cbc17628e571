// Shared by the anchoring tests (jsdom): a page, a capture on it, offsets into its text.
import type { AnchorResult } from '../../../lib/anchoring/anchor';
import { describeRange } from '../../../lib/anchoring/describe';
import { buildTextIndex, offsetsToRange } from '../../../lib/anchoring/text-content';

export function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Selectors for the `nth` occurrence of `text` in the current page. */
export function capture(text: string, nth = 0) {
  const index = buildTextIndex(document.body);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = index.text.indexOf(text, at + 1);
  if (at < 0) throw new Error(`no ${text}`);
  return describeRange(document.body, offsetsToRange(index, at, at + text.length));
}

/** Offset of the `nth` occurrence of `text` in the current page's text content. */
export function offsetOf(text: string, nth = 0): number {
  const full = buildTextIndex(document.body).text;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = full.indexOf(text, at + 1);
  return at;
}

export function placed(r: AnchorResult) {
  if (r.status === 'orphan') throw new Error(`orphan: ${r.reason}`);
  return r;
}
