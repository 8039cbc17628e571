import { withKeyPrefix } from './clip-reads';
import type { JourneyLensDB } from './database';

/**
 * Which clips each term block of a study was written with (`termBlocks.clipIds`).
 * Blocks never change, so their ids are kept for the next query or write (a few
 * blocks' worth): the search maps positions to ids with them, and the unit of
 * work finds the row block of a changed clip with them.
 */
interface Members {
  ids: string[];
  set?: Set<string>;
}

const cache = new Map<string, Members>();
const CACHE_BLOCKS = 64;

async function membersOf(db: JourneyLensDB, studyId: string, block: string): Promise<Members> {
  const key = `${db.name}\u0000${block}`;
  let members = cache.get(key);
  if (!members) {
    members = { ids: (await db.termBlocks.get([studyId, block]))?.clipIds ?? [] };
    if (cache.size >= CACHE_BLOCKS) cache.delete(cache.keys().next().value!);
    cache.set(key, members);
  }
  return members;
}

/** The clip ids of a term block, in position order. */
export async function blockClipIds(db: JourneyLensDB, studyId: string, block: string): Promise<string[]> {
  return (await membersOf(db, studyId, block)).ids;
}

/** The study's blocks written with any of `ids`, and which of `ids` each holds. */
export async function blocksHolding(db: JourneyLensDB, studyId: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const keys = (await withKeyPrefix(db.termBlocks, '[studyId+block]', [studyId]).primaryKeys()) as [string, string][];
  for (const [, block] of keys) {
    const members = await membersOf(db, studyId, block);
    members.set ??= new Set(members.ids);
    const held = ids.filter((id) => members.set!.has(id));
    if (held.length) out.set(block, held);
  }
  return out;
}
