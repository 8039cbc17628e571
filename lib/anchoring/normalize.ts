/**
 * White-space-insensitive comparison text ("key").
 *
 * Pages re-flow: indentation changes, a minifier drops the newlines between
 * `<li>`s, a CMS turns spaces into `&nbsp;`, a line break appears between two
 * Chinese characters. None of that changes what the reader sees, so matching
 * runs on the text with every white-space (and invisible formatting)
 * character removed, keeping a map back to the original offsets.
 */

/** White space and invisible formatting characters: never significant for matching. */
export function isIgnorable(code: number): boolean {
  if (code <= 0x20) return true; // controls, tab, newlines, space
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 || // no-break space
    code === 0xad || // soft hyphen
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) || // en/em/thin… spaces, zero-width space
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 || // word joiner
    code === 0x3000 || // ideographic space
    code === 0xfeff
  );
}

export interface KeyText {
  /** The text without ignorable characters. */
  readonly key: string;
  /** `map[i]` is the offset in the original text of `key[i]`. */
  readonly map: Int32Array;
  /** Length of the original text. */
  readonly rawLength: number;
}

/** `raw` without ignorable characters. */
export function keyOf(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (isIgnorable(raw.charCodeAt(i))) {
      if (i > from) out += raw.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** The key of `raw` with its offset map. */
export function toKey(raw: string): KeyText {
  const map = new Int32Array(raw.length);
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (isIgnorable(raw.charCodeAt(i))) {
      if (i > from) parts.push(raw.slice(from, i));
      from = i + 1;
    } else {
      map[n++] = i;
    }
  }
  if (from < raw.length) parts.push(raw.slice(from));
  return { key: parts.join(''), map: map.subarray(0, n), rawLength: raw.length };
}

/** The number of key characters that come before raw offset `raw`. */
export function rawToKey(k: KeyText, raw: number): number {
  let lo = 0;
  let hi = k.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((k.map[mid] ?? 0) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Raw offsets of key range `[start, end)` (tight: from its first to just after its last character). */
export function keyToRaw(k: KeyText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < k.map.length ? (k.map[start] ?? k.rawLength) : k.rawLength;
    return { start: at, end: at };
  }
  return { start: k.map[start] ?? k.rawLength, end: (k.map[end - 1] ?? k.rawLength - 1) + 1 };
}
