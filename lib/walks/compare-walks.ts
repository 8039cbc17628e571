import type { Walk, WalkStep } from '../model/walk';
import { PAGE_TYPES, pageTypeOf, type PageType } from './page-type';
import { summarizeWalk, type WalkSummary } from './walk-summary';

/** One walk's part of a comparison row: its steps on pages of one type. */
export interface AlignedCell {
  steps: number;
  friction: number;
  /** Time from the walk's start to its first step on this type of page. */
  reachedAfterMs: number | null;
}

export interface WalkComparison {
  task: string;
  walks: { walk: Walk; summary: WalkSummary }[];
  /** Page types in journey order, only those some walk reached. */
  rows: { type: PageType; cells: (AlignedCell | null)[] }[];
}

/** The page type each step happened on: the type of the latest page step (or of the step's own URL). */
export function stepPageTypes(steps: readonly WalkStep[]): PageType[] {
  let current: PageType | undefined;
  return steps.map((s) => {
    if (s.action === 'page' || current === undefined) current = pageTypeOf(s.url, s.title);
    return current;
  });
}

/** Tasks compare case- and space-insensitively. */
export function taskKey(task: string): string {
  return task.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The same task walked on several brands' sites, side by side: totals per walk
 * and the steps aligned by page type (product → cart → checkout → confirmation).
 */
export function compareWalks(task: string, walks: readonly Walk[], stepsOf: (walkId: string) => readonly WalkStep[]): WalkComparison {
  const chosen = walks.filter((w) => taskKey(w.task) === taskKey(task)).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const perWalk = chosen.map((walk) => {
    const steps = stepsOf(walk.id);
    const types = stepPageTypes(steps);
    const t0 = Date.parse(steps[0]?.at ?? walk.startedAt);
    const cells = new Map<PageType, AlignedCell>();
    steps.forEach((s, i) => {
      const type = types[i]!;
      const cell = cells.get(type) ?? { steps: 0, friction: 0, reachedAfterMs: Date.parse(s.at) - t0 };
      cell.steps++;
      if (s.friction) cell.friction++;
      cells.set(type, cell);
    });
    return { walk, summary: summarizeWalk(walk, steps), cells };
  });
  const rows = PAGE_TYPES.filter((type) => perWalk.some((w) => w.cells.has(type))).map((type) => ({
    type,
    cells: perWalk.map((w) => w.cells.get(type) ?? null),
  }));
  return { task, walks: perWalk.map(({ walk, summary }) => ({ walk, summary })), rows };
}

/** The tasks of a study with how many walks each has, most walked first. */
export function tasksOf(walks: readonly Walk[]): { task: string; count: number }[] {
  const byKey = new Map<string, { task: string; count: number }>();
  for (const w of walks) {
    const k = taskKey(w.task);
    const entry = byKey.get(k) ?? { task: w.task, count: 0 };
    entry.count++;
    byKey.set(k, entry);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.task.localeCompare(b.task));
}
