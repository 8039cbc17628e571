// Term blocks: every term of every entry is found at that entry's position, in
// its shard, and nothing else is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermBlock, positionsOf, shardOf, TERM_SHARDS } from '../../../lib/search/term-blocks';

const term = fc.oneof(fc.constantFrom('plans', 'support', '物流', '流太', 'a1', 'zz'), fc.string({ minLength: 1, maxLength: 6 }));
const entries = fc.array(fc.record({ id: fc.uuid(), terms: fc.uniqueArray(term, { maxLength: 12 }) }), { maxLength: 60 });

describe('term blocks', () => {
  it('finds each term at exactly the positions of the entries that hold it', () => {
    fc.assert(
      fc.property(entries, fc.array(term, { maxLength: 5 }), (list, extra) => {
        const { block, shards } = buildTermBlock('s', 'b', list);
        expect(block.clipIds).toEqual(list.map((e) => e.id));
        const byShard = new Map(shards.map((s) => [s.shard, s]));
        for (const s of shards) {
          expect(s.terms.every((t) => shardOf(t) === s.shard)).toBe(true);
          expect([...s.terms].sort()).toEqual(s.terms);
        }
        for (const t of new Set([...list.flatMap((e) => e.terms), ...extra])) {
          const expected = list.flatMap((e, i) => (e.terms.includes(t) ? [i] : []));
          const shard = byShard.get(shardOf(t));
          expect(shard ? [...positionsOf(shard, t)] : []).toEqual(expected);
        }
      }),
    );
  });

  it('spreads terms over all shards and keeps wide blocks in 32-bit positions', () => {
    const seen = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`w${i}`)));
    expect(seen.size).toBe(TERM_SHARDS);
    const many = Array.from({ length: 70_000 }, (_, i) => ({ id: `c${i}`, terms: ['all'] }));
    const { shards } = buildTermBlock('s', 'b', many);
    const positions = positionsOf(shards[0]!, 'all');
    expect(positions.length).toBe(70_000);
    expect(positions[69_999]).toBe(69_999);
  });
});
