/**
 * Search terms of many clips written at once, as one immutable *block*: the
 * block's clip ids, and for each of `TERM_SHARDS` shards (a term's shard is a
 * hash of it) the sorted terms of that shard with, per term, the positions of
 * the clips that hold it. A bulk write of 5,000 clips stores at most 1 + 128
 * records instead of one multi-entry index entry per clip and term (≈ 37–120
 * per clip), and a query term reads one shard record per block of the study
 * (128 shards keep that record small: 5,000 clips of long, varied text have
 * ≈ 140,000 distinct terms, ≈ 1,100 per shard; with 16 shards a rare word took
 * ≈ 0.6 s to look up in 100k such clips).
 *
 * A block is never changed: a clip edited or removed later leaves its old
 * terms in the block, so a block answers with a superset, and the search checks
 * every candidate against the clip as stored (filtered-clips.ts).
 */

export const TERM_SHARDS = 128;

/** The clip ids of a block, in position order. */
export interface TermBlock {
  studyId: string;
  block: string;
  clipIds: string[];
}

/** One shard of a block: `terms` sorted; the clips of `terms[i]` are `positions[starts[i] .. starts[i+1])`. */
export interface TermShard {
  studyId: string;
  shard: number;
  block: string;
  terms: string[];
  starts: Uint32Array;
  positions: Uint16Array | Uint32Array;
}

/** FNV-1a over UTF-16 code units, folded to a shard number. */
export function shardOf(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % TERM_SHARDS;
}

/** The block (and its non-empty shards) of clips with their terms, all of one study. */
export function buildTermBlock(
  studyId: string,
  block: string,
  entries: readonly { id: string; terms: readonly string[] }[],
): { block: TermBlock; shards: TermShard[] } {
  // Each distinct term gets a number on first sight; occurrences are kept as term numbers in
  // position order, then grouped by term with a counting sort (no array per term).
  const number = new Map<string, number>();
  const distinct: string[] = [];
  let total = 0;
  for (const entry of entries) total += entry.terms.length;
  const occurrence = new Uint32Array(total);
  let k = 0;
  for (const entry of entries) {
    for (const term of entry.terms) {
      let n = number.get(term);
      if (n === undefined) {
        n = distinct.length;
        number.set(term, n);
        distinct.push(term);
      }
      occurrence[k++] = n;
    }
  }
  const first = new Uint32Array(distinct.length + 1);
  for (let i = 0; i < total; i++) first[occurrence[i]! + 1]!++;
  for (let n = 0; n < distinct.length; n++) first[n + 1]! += first[n]!;
  const grouped = new Uint32Array(total);
  const next = first.slice(0, distinct.length);
  k = 0;
  for (let position = 0; position < entries.length; position++) {
    for (let j = entries[position]!.terms.length; j > 0; j--) grouped[next[occurrence[k++]!]!++] = position;
  }
  // Each distinct term hashed once, then each shard's terms sorted.
  const numbersOf: number[][] = Array.from({ length: TERM_SHARDS }, () => []);
  for (let n = 0; n < distinct.length; n++) numbersOf[shardOf(distinct[n]!)]!.push(n);
  const wide = entries.length > 0xffff;
  const shards: TermShard[] = [];
  numbersOf.forEach((numbers, shard) => {
    if (!numbers.length) return;
    numbers.sort((a, b) => (distinct[a]! < distinct[b]! ? -1 : 1));
    const terms = numbers.map((n) => distinct[n]!);
    const starts = new Uint32Array(terms.length + 1);
    let size = 0;
    for (let i = 0; i < numbers.length; i++) {
      starts[i] = size;
      size += first[numbers[i]! + 1]! - first[numbers[i]!]!;
    }
    starts[terms.length] = size;
    const positions = wide ? new Uint32Array(size) : new Uint16Array(size);
    for (let i = 0; i < numbers.length; i++) positions.set(grouped.subarray(first[numbers[i]!]!, first[numbers[i]! + 1]!), starts[i]!);
    shards.push({ studyId, shard, block, terms, starts, positions });
  });
  return { block: { studyId, block, clipIds: entries.map((e) => e.id) }, shards };
}

/** The positions (into the block's clip ids) of the clips holding `term`; empty when none. */
const NONE = new Uint32Array(0);

export function positionsOf(shard: Pick<TermShard, 'terms' | 'starts' | 'positions'>, term: string): Uint16Array | Uint32Array {
  let lo = 0;
  let hi = shard.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = shard.terms[mid]!;
    if (t === term) return shard.positions.subarray(shard.starts[mid]!, shard.starts[mid + 1]!);
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}
