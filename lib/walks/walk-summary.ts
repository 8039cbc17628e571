import type { Walk, WalkStep } from '../model/walk';
import { groupBy } from '../group-by';

export interface WalkSummary {
  walkId: string;
  steps: number;
  /** From the first step to the last (or to the stop, when later). */
  elapsedMs: number;
  friction: number;
}

/** Steps, elapsed time and friction marks of one walk; `steps` in time order. */
export function summarizeWalk(walk: Walk, steps: readonly WalkStep[]): WalkSummary {
  const first = steps[0]?.at ?? walk.startedAt;
  const lastStep = steps[steps.length - 1]?.at ?? walk.startedAt;
  const end = walk.endedAt && walk.endedAt > lastStep ? walk.endedAt : lastStep;
  return {
    walkId: walk.id,
    steps: steps.length,
    elapsedMs: Math.max(0, Date.parse(end) - Date.parse(first < walk.startedAt ? first : walk.startedAt)),
    friction: steps.filter((s) => s.friction).length,
  };
}

/** Milliseconds since the walk's first step, per step (0 for the first). */
export function elapsedPerStep(steps: readonly WalkStep[]): number[] {
  const t0 = steps[0] ? Date.parse(steps[0].at) : 0;
  return steps.map((s) => Date.parse(s.at) - t0);
}

/** Groups steps by walk id, each group in time order. */
export function stepsByWalk(steps: readonly WalkStep[]): Map<string, WalkStep[]> {
  const map = groupBy(steps, (s) => s.walkId);
  for (const list of map.values()) list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return map;
}

/** "3 min 40 s", "45 s", "1 h 02 min": a compact duration. `units` are localized words. */
export function formatDuration(ms: number, units: { h: string; min: string; s: string } = { h: 'h', min: 'min', s: 's' }): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h} ${units.h} ${String(m).padStart(2, '0')} ${units.min}`;
  if (m) return `${m} ${units.min} ${s} ${units.s}`;
  return `${s} ${units.s}`;
}
