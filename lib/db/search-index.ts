import { positionsOf, shardOf } from '../search/term-blocks';
import { blockClipIds } from './block-members';
import { withKeyPrefix } from './clip-reads';
import type { JourneyLensDB } from './database';

/**
 * Reading the free-text search index: the ids of clips that may hold a term in
 * a study — those indexed one by one (`clipTerms`, any study) and those in the
 * study's term blocks. A superset: ids of clips since removed, edited or moved
 * come along, and the caller checks every candidate as stored.
 */
export async function clipIdsWithTerm(db: JourneyLensDB, studyId: string, term: string): Promise<Set<string>> {
  const shard = shardOf(term);
  const [indexed, shards] = await Promise.all([
    db.clipTerms.where('terms').equals(term).primaryKeys() as Promise<string[]>,
    withKeyPrefix(db.termShards, '[studyId+shard+block]', [studyId, shard]).toArray(),
  ]);
  const out = new Set(indexed);
  for (const record of shards) {
    const positions = positionsOf(record, term);
    if (!positions.length) continue;
    const ids = await blockClipIds(db, studyId, record.block);
    for (let i = 0; i < positions.length; i++) out.add(ids[positions[i]!]!);
  }
  return out;
}
