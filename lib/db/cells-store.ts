import Dexie from 'dexie';
import type { Clip } from '../model';
import {
  applyClip,
  cellKeyOf,
  emptyCell,
  needsNewestRecompute,
  type CellAggregate,
} from '../matrix/cell-aggregate';
import type { JourneyLensDB } from './database';

/**
 * How many clips a study has, from its cell aggregates (kept in the same
 * transaction as every clip write): a handful of rows, where counting the
 * clips' index costs ~0.5 s per 100k clips.
 */
export async function clipCountOfStudy(db: JourneyLensDB, studyId: string): Promise<number> {
  return (await db.cells.where('studyId').equals(studyId).toArray()).reduce((n, c) => n + c.count, 0);
}

/**
 * Moves one clip's contribution into (sign 1) or out of (sign -1) its cell.
 * Must run inside a read-write transaction over `clips` and `cells`; when it
 * removes, the clip must already be gone from (or changed in) `clips`.
 */
export async function adjustCell(db: JourneyLensDB, clip: Clip, sign: 1 | -1): Promise<void> {
  const key = cellKeyOf(clip);
  const cell = (await db.cells.get(key)) ?? emptyCell(...key);
  let next = applyClip(cell, clip, sign);
  if (sign === -1 && needsNewestRecompute(next, clip)) {
    next = { ...next, newest: await newestIn(db, ...key) };
  }
  if (next.count === 0) await db.cells.delete(key);
  else await db.cells.put(next);
}

async function newestIn(db: JourneyLensDB, studyId: string, brandId: string, stageId: string): Promise<string> {
  const last = await db.clips
    .where('[studyId+brandId+stageId+capturedAt]')
    .between([studyId, brandId, stageId, Dexie.minKey], [studyId, brandId, stageId, Dexie.maxKey])
    .last();
  return last?.capturedAt ?? '';
}

/** Rebuilds a study's cells from its clips: the repair path and the invariant check. */
export async function recomputeCells(db: JourneyLensDB, studyId: string): Promise<CellAggregate[]> {
  return db.transaction('rw', db.clips, db.cells, async () => {
    const cells = new Map<string, CellAggregate>();
    await db.clips.where('studyId').equals(studyId).each((clip) => {
      const k = `${clip.brandId}\u0000${clip.stageId}`;
      cells.set(k, applyClip(cells.get(k) ?? emptyCell(studyId, clip.brandId, clip.stageId), clip, 1));
    });
    await db.cells.where('studyId').equals(studyId).delete();
    await db.cells.bulkPut([...cells.values()]);
    return [...cells.values()];
  });
}
