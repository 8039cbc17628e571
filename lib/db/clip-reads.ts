import Dexie from 'dexie';
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

/** A cell's clips, newest first, through the compound index. */
export async function clipsOfCell(db: JourneyLensDB, studyId: string, brandId: string, stageId: string): Promise<Clip[]> {
  const rows = await db.clips
    .where('[studyId+brandId+stageId+capturedAt]')
    .between([studyId, brandId, stageId, Dexie.minKey], [studyId, brandId, stageId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.map(fromStored);
}
