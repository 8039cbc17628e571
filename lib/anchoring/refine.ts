/**
 * Boundary refinement for approximate matches.
 *
 * Edit distance alone is blind to where a passage begins when text was
 * inserted near its start: with a banner inserted after a heading, aligning
 * the heading's letters against the banner's last letters costs less than
 * skipping the banner, so the match "starts" inside the banner. Here each
 * end is moved, within a window, to the position where the quote's first
 * (last) characters and the captured prefix (suffix) fit best together.
 */
import { bestPrefix, compile, reverse, searchApprox } from './match-quote';

export interface RefineInput {
  text: string;
  quote: string;
  prefix?: string;
  suffix?: string;
}

export function refineBounds(input: RefineInput, start: number, end: number, errors = 0): { start: number; end: number } {
  const { text, quote } = input;
  const m = quote.length;
  const h = Math.max(4, Math.min(32, m >> 2));
  // Far enough to undo a start or end misplaced by the passage's own edits.
  const window = Math.max(96, Math.min(1000, Math.max(m >> 1, errors + 48)));
  const hSlack = h >> 2;
  const prefix = input.prefix ?? '';
  const suffix = input.suffix ?? '';
  // Room for text inserted between context and quote.
  const pSlack = prefix.length;
  const sSlack = suffix.length;

  const head = compile(quote.slice(0, h));
  const tailRev = compile(reverse(quote.slice(m - h)));
  const prefixRev = prefix ? compile(reverse(prefix)) : undefined;
  const suffixC = suffix ? compile(suffix) : undefined;
  // Context errors on a 32-character scale, whatever length was captured.
  const headErrors = (p: number): number => bestPrefix(text.slice(p, p + h + hSlack), head).errors;
  const prefixErrors = (p: number): number =>
    prefixRev
      ? (bestPrefix(reverse(text.slice(Math.max(0, p - prefix.length - pSlack), p)), prefixRev).errors * 32) / prefix.length
      : 0;
  const tailErrors = (p: number): number => bestPrefix(reverse(text.slice(Math.max(0, p - h - hSlack), p)), tailRev).errors;
  const suffixErrors = (p: number): number =>
    suffixC ? (bestPrefix(text.slice(p, p + suffix.length + sSlack), suffixC).errors * 32) / suffix.length : 0;
  const lead = (p: number): number => {
    let n = 0;
    while (n < h && text.charCodeAt(p + n) === quote.charCodeAt(n)) n++;
    return n;
  };
  const trail = (p: number): number => {
    let n = 0;
    while (n < h && p - 1 - n >= 0 && text.charCodeAt(p - 1 - n) === quote.charCodeAt(m - 1 - n)) n++;
    return n;
  };
  // A block inserted inside the quote's edge (a banner right after its
  // heading): the edge's first (last) characters agree exactly, then the
  // rest of the quote follows (precedes) the gap.
  const REST = 16;
  const headAcrossGap = (p: number): number => {
    const n = lead(p);
    if (n < 4 || n >= h) return Infinity;
    const [found] = searchApprox(text, quote.slice(n, n + REST), REST >> 3, { from: p + n + 1, to: p + n + 1 + window, limit: 1 });
    return found ? found.errors + 1 : Infinity;
  };
  const tailAcrossGap = (p: number): number => {
    const n = trail(p);
    if (n < 4 || n >= h) return Infinity;
    const rest = quote.slice(Math.max(0, m - n - REST), m - n);
    const found = searchApprox(text, rest, REST >> 3, { from: Math.max(0, p - n - 1 - window), to: p - n - 1, limit: 8 });
    const closest = found.filter((f) => f.errors === found[0]?.errors).sort((x, y) => y.end - x.end)[0];
    return closest ? closest.errors + 1 : Infinity;
  };

  const s = best(start - window, Math.min(start + window, end - h), start, headErrors, headAcrossGap, prefixErrors);
  const e = best(Math.max(end - window, s + h), end + window, end, tailErrors, tailAcrossGap, suffixErrors);
  return e > s ? { start: s, end: e } : { start, end };

  /**
   * The place where the quote's edge (its first or last `h` characters,
   * possibly split by an inserted block such as a banner after a heading)
   * and the captured context together need the fewest edits, an edit of the
   * edge counting 1.5: text inserted between the context and the quote
   * (an ad right before it) goes to the context rather than the quote, while
   * a twin's clean edge (a "Reply · Share" footer further on) still loses to
   * the real, lightly edited one whose context agrees. Ties go to the
   * cleaner edge, then to the place nearest the first guess. Places where
   * the edge needs more than h / 2 edits are left out.
   */
  function best(
    from: number,
    to: number,
    at: number,
    edge: (p: number) => number,
    edgeAcrossGap: (p: number) => number,
    context: (p: number) => number,
  ): number {
    const places = new Set<number>([at]);
    for (let p = Math.max(0, from); p <= Math.min(text.length, to); p++) places.add(p);
    let pick = at;
    let pickCost = Infinity;
    let pickEdge = Infinity;
    for (const p of places) {
      const raw = edge(p);
      const e = raw === 0 ? 0 : Math.min(raw, edgeAcrossGap(p));
      if (e > h >> 1) continue;
      const c = 1.5 * e + context(p);
      const better =
        c < pickCost - 1e-9 ||
        (Math.abs(c - pickCost) <= 1e-9 && (e < pickEdge || (e === pickEdge && Math.abs(p - at) < Math.abs(pick - at))));
      if (better) {
        pick = p;
        pickCost = c;
        pickEdge = e;
      }
    }
    return pick;
  }
}
