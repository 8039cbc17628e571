import type { Clip } from '../model';

/**
 * What the matrix shows for one brand × stage cell, kept up to date in the same
 * transaction as every clip write so that a refresh never reads clips.
 */
export interface CellAggregate {
  studyId: string;
  brandId: string;
  stageId: string;
  count: number;
  scoreSum: number;
  scoreCount: number;
  positive: number;
  neutral: number;
  negative: number;
  /** capturedAt of the newest clip ('' when empty). */
  newest: string;
}

export type CellKey = [studyId: string, brandId: string, stageId: string];

export function cellKeyOf(clip: Pick<Clip, 'studyId' | 'brandId' | 'stageId'>): CellKey {
  return [clip.studyId, clip.brandId, clip.stageId];
}

export function emptyCell(studyId: string, brandId: string, stageId: string): CellAggregate {
  return {
    studyId, brandId, stageId,
    count: 0, scoreSum: 0, scoreCount: 0, positive: 0, neutral: 0, negative: 0, newest: '',
  };
}

type Contributing = Pick<Clip, 'score' | 'sentiment' | 'capturedAt'>;

/**
 * Adds (sign = 1) or removes (sign = -1) one clip's contribution. Removing the
 * newest clip leaves `newest` stale: the caller recomputes it from the index
 * (`needsNewestRecompute`).
 */
export function applyClip(cell: CellAggregate, clip: Contributing, sign: 1 | -1): CellAggregate {
  const next = { ...cell };
  next.count += sign;
  if (clip.score != null) {
    next.scoreSum += sign * clip.score;
    next.scoreCount += sign;
  }
  if (clip.sentiment) next[clip.sentiment] += sign;
  if (sign === 1 && clip.capturedAt > next.newest) next.newest = clip.capturedAt;
  if (next.count <= 0) return { ...emptyCell(cell.studyId, cell.brandId, cell.stageId) };
  return next;
}

export function needsNewestRecompute(cell: CellAggregate, removed: Contributing): boolean {
  return cell.count > 0 && removed.capturedAt >= cell.newest;
}

/** Recomputes every cell of a set of clips from scratch: the check the maintained aggregates must equal. */
export function aggregateClips(clips: Iterable<Clip>): Map<string, CellAggregate> {
  const cells = new Map<string, CellAggregate>();
  for (const clip of clips) {
    const key = cellKeyString(cellKeyOf(clip));
    const cell = cells.get(key) ?? emptyCell(clip.studyId, clip.brandId, clip.stageId);
    cells.set(key, applyClip(cell, clip, 1));
  }
  return cells;
}

/** Adds a batch's aggregate to a stored cell (or starts the cell). */
export function mergeCells(current: CellAggregate | undefined, add: CellAggregate): CellAggregate {
  if (!current) return add;
  return {
    ...current,
    count: current.count + add.count,
    scoreSum: current.scoreSum + add.scoreSum,
    scoreCount: current.scoreCount + add.scoreCount,
    positive: current.positive + add.positive,
    neutral: current.neutral + add.neutral,
    negative: current.negative + add.negative,
    newest: add.newest > current.newest ? add.newest : current.newest,
  };
}

export function cellKeyString([s, b, st]: CellKey): string {
  return `${s}\u0000${b}\u0000${st}`;
}

export function averageScore(cell: Pick<CellAggregate, 'scoreSum' | 'scoreCount'>): number | null {
  return cell.scoreCount > 0 ? cell.scoreSum / cell.scoreCount : null;
}
