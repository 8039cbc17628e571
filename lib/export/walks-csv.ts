import type { Walk, WalkStep } from '../model/walk';
import { BOM, csvRow, numberCell, textCell } from '../csv/csv-cell';
import { elapsedPerStep } from '../walks/walk-summary';

/** The walks CSV header: one row per step of every walk of a study. */
export const WALKS_CSV_HEADER = [
  'walk_id',
  'study',
  'task',
  'brand',
  'stage_id',
  'step',
  'at',
  'elapsed_ms',
  'url',
  'title',
  'action',
  'target_text',
  'friction',
  'note',
] as const;

export interface WalksCsvContext {
  studyName: string;
  brandName(brandId: string): string;
}

/**
 * `walks.csv`: UTF-8 with BOM, CRLF, RFC 4180 quoting and formula
 * neutralisation as in the clips CSV. `step` counts from 1; `elapsed_ms` is
 * the time since the walk's first step; `friction` is `true` or `false`.
 */
export function walksCsv(walks: readonly Walk[], stepsOf: (walkId: string) => readonly WalkStep[], ctx: WalksCsvContext): string {
  let out = BOM + csvRow([...WALKS_CSV_HEADER]);
  const ordered = [...walks].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
  for (const walk of ordered) {
    const steps = stepsOf(walk.id);
    const elapsed = elapsedPerStep(steps);
    steps.forEach((s, i) => {
      out += csvRow([
        textCell(walk.id),
        textCell(ctx.studyName),
        textCell(walk.task),
        textCell(ctx.brandName(walk.brandId)),
        textCell(walk.stageId),
        numberCell(i + 1),
        s.at,
        numberCell(elapsed[i]),
        textCell(s.url),
        textCell(s.title),
        s.action,
        textCell(s.label || s.targetText),
        s.friction ? 'true' : 'false',
        textCell(s.note),
      ]);
    });
  }
  return out;
}
