import Dexie, { type Collection, type Table } from 'dexie';
import type { Clip } from '../model';
import type { JourneyLensDB, StoredClip } from './database';

/**
 * Clip reads with no schema code, so the side panel's first paint does not
 * load zod (writes, in clips-repo.ts, validate and load it when needed).
 */

/** A stored clip row is the clip (search terms live in `clipTerms` since v2). */
export function fromStored(stored: StoredClip): Clip {
  return stored;
}

/**
 * A study's clips (or CSV rows) in capture order: the study's range of the
 * `[studyId+capturedAt+id]` index, from `[studyId]` to `[studyId, []]` (an array
 * sorts after any string). Neither table has a plain `studyId` index since v12.
 */
export function ofStudy<T, K, I>(table: Table<T, K, I>, studyId: string): Collection<T, K, I> {
  return withKeyPrefix(table, '[studyId+capturedAt+id]', [studyId]);
}

/** The records whose compound `index` key starts with `prefix`: `prefix` … `[...prefix, []]` (an array sorts after any number or string). */
export function withKeyPrefix<T, K, I>(table: Table<T, K, I>, index: string, prefix: (string | number)[]): Collection<T, K, I> {
  return table.where(index).between(prefix, [...prefix, []]);
}

/** A cell's clips, newest first, through the compound index. */
export async function clipsOfCell(db: JourneyLensDB, studyId: string, brandId: string, stageId: string): Promise<Clip[]> {
  const rows = await db.clips
    .where('[studyId+brandId+stageId+capturedAt]')
    .between([studyId, brandId, stageId, Dexie.minKey], [studyId, brandId, stageId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.map(fromStored);
}
