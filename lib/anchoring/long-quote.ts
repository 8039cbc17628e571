/**
 * Approximate matching for long quotes (several paragraphs up to a whole
 * page), where a full O(n · m) table is too slow, and for passages that had
 * something inserted in the middle (an ad between two paragraphs), which a
 * plain edit distance punishes as hard as rewriting the passage.
 *
 * The quote's first and last segments are searched on their own (with the
 * second and second-to-last as stand-ins when an end was edited); a start
 * and an end at a plausible distance make a candidate region, whose
 * difference from the quote is estimated from evenly spaced probe segments
 * found near where they should be.
 */
import { searchApprox, type Match } from './match-quote';

export interface LongMatchOptions {
  /** Largest relative shortening of the region against the quote (default 0.3). */
  maxLengthChange?: number;
  /** Largest relative growth (inserted blocks; default 1). */
  maxGrowth?: number;
  /** Most probe segments used to estimate the difference (default 24). */
  probes?: number;
}

/** Probe segment length for a quote of length `m`. */
export function segmentLength(m: number): number {
  return Math.max(8, Math.min(64, m >> 2));
}

/**
 * Candidate regions for `quote` in `text`, with estimated edit counts
 * (fewest first). Boundaries are approximate where the quote's ends were
 * edited; refine them (refine.ts) before use.
 */
export function searchLongQuote(text: string, quote: string, options: LongMatchOptions = {}): Match[] {
  const m = quote.length;
  const seg = segmentLength(m);
  if (m < 4 * seg) return [];
  const k = seg >> 2;
  const maxChange = options.maxLengthChange ?? 0.3;
  const maxGrowth = options.maxGrowth ?? 1;
  const starts = ends(text, quote, 0, seg, k).map((s) => s.start);
  for (const s of ends(text, quote, seg, seg, k)) starts.push(s.start - seg);
  const stops = ends(text, quote, m - seg, seg, k).map((s) => s.end);
  for (const s of ends(text, quote, m - 2 * seg, seg, k)) stops.push(s.end + seg);
  const out: Match[] = [];
  const seen = new Set<string>();
  for (const a of unique(starts)) {
    for (const z of unique(stops)) {
      const len = z - a;
      if (len < m * (1 - maxChange) || len > m * (1 + maxGrowth) + seg) continue;
      const start = Math.max(0, a);
      const end = Math.min(text.length, z);
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start, end, errors: estimateErrors(text, quote, start, end, options.probes) });
    }
  }
  out.sort((x, y) => x.errors - y.errors || x.start - y.start);
  return out.slice(0, 16);
}

function ends(text: string, quote: string, at: number, seg: number, k: number): Match[] {
  return searchApprox(text, quote.slice(at, at + seg), k, { limit: 12 });
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}

/**
 * Estimated edit distance between `quote` and `text.slice(start, end)`:
 * probe segments spread over the quote are each looked up near their
 * expected place in the region; their errors, scaled to the whole quote,
 * plus the change in length.
 */
export function estimateErrors(text: string, quote: string, start: number, end: number, probes = 24): number {
  const m = quote.length;
  const len = end - start;
  if (len <= 0) return m;
  const seg = segmentLength(m);
  const offsets = probeOffsets(m, seg, probes);
  const scale = len / m;
  const slack = Math.max(2 * seg, Math.abs(len - m) + seg);
  let errors = 0;
  for (const o of offsets) {
    const at = start + Math.round(o * scale);
    const [best] = searchApprox(text, quote.slice(o, o + seg), seg, {
      from: Math.max(start, at - slack),
      to: Math.min(end, at + seg + slack),
      limit: 1,
    });
    errors += best ? best.errors : seg;
  }
  let estimate = Math.round((errors / (offsets.length * seg)) * m) + Math.abs(len - m);
  // Differences the probes missed still make it a changed text.
  if (estimate === 0 && text.slice(start, end) !== quote) estimate = 1;
  return estimate;
}

/** Start offsets of up to `count` probes: the first and last segment and evenly spaced ones between. */
function probeOffsets(m: number, seg: number, count: number): number[] {
  const out = [0];
  const span = m - seg;
  const n = Math.max(0, Math.min(count - 2, Math.floor(span / seg) - 1));
  for (let i = 1; i <= n; i++) out.push(Math.round((i * span) / (n + 1)));
  if (span > 0) out.push(span);
  return out;
}
