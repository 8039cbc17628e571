import { z } from 'zod';
import { StageIdSchema } from '../model/framework';
import { IdSchema, IsoTimeSchema, nowIso } from '../model/ids';
import type { RubricKey, RubricRecord } from '../matrix/coverage';
import { withItem } from '../matrix/rubric-merge';
import type { JourneyLensDB } from './database';
import { AppError } from '../errors/app-error';

export type { RubricRecord } from '../matrix/coverage';

/** An item key as made by `lookForKey` (kept loose so a later key scheme still restores). */
const ItemKeySchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'rubric item keys are letters, digits, "-" and "_"');

/**
 * A rubric row crossing a boundary (a write, a backup file). Normalised on the
 * way in: items unique and sorted, and every ticked item has a `changed` time
 * (the row's `updatedAt` when a file leaves it out).
 */
export const RubricSchema = z
  .object({
    studyId: IdSchema,
    brandId: IdSchema,
    stageId: StageIdSchema,
    items: z.array(ItemKeySchema).max(200),
    changed: z.record(ItemKeySchema, IsoTimeSchema).default({}),
    updatedAt: IsoTimeSchema,
  })
  .refine((r) => Object.keys(r.changed).length <= 400, { message: 'too many rubric items', path: ['changed'] })
  .transform((r): RubricRecord => {
    const items = [...new Set(r.items)].sort();
    const changed: Record<string, string> = { ...r.changed };
    for (const k of items) changed[k] ??= r.updatedAt;
    return {
      studyId: r.studyId,
      brandId: r.brandId,
      stageId: r.stageId,
      items,
      changed: Object.fromEntries(Object.entries(changed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      updatedAt: r.updatedAt,
    };
  });

export interface RubricCell {
  studyId: string;
  brandId: string;
  stageId: string;
}

const keyOf = (c: RubricCell): RubricKey => [c.studyId, c.brandId, c.stageId];

/**
 * Ticks (`on`) or unticks one checklist item of a brand at a stage, in one
 * read-write transaction (two quick clicks on two items never lose one).
 * The brand must exist in the study.
 */
export async function setRubricItem(db: JourneyLensDB, cell: RubricCell, item: string, on: boolean): Promise<RubricRecord> {
  const parsedItem = ItemKeySchema.parse(item);
  return db.transaction('rw', db.rubric, db.brands, async () => {
    const brand = await db.brands.get(cell.brandId);
    if (!brand || brand.studyId !== cell.studyId) throw new AppError('brand-missing', [], 'brand not found in this study');
    const key = keyOf(cell);
    const current = await db.rubric.get(key);
    const next = RubricSchema.parse(withItem(current, key, parsedItem, on, nowIso()));
    await db.rubric.put(next);
    return next;
  });
}

/**
 * Unticks every item of a brand at a stage. The row stays (with the untick
 * times), so a merge with an older backup does not bring the ticks back.
 */
export async function clearRubric(db: JourneyLensDB, cell: RubricCell): Promise<void> {
  await db.transaction('rw', db.rubric, async () => {
    const key = keyOf(cell);
    let row = await db.rubric.get(key);
    if (!row || row.items.length === 0) return;
    const at = nowIso();
    for (const k of row.items) row = withItem(row, key, k, false, at);
    await db.rubric.put(row);
  });
}

export function rubricOfCell(db: JourneyLensDB, cell: RubricCell): Promise<RubricRecord | undefined> {
  return db.rubric.get(keyOf(cell));
}

export function rubricOfStudy(db: JourneyLensDB, studyId: string): Promise<RubricRecord[]> {
  return db.rubric.where('studyId').equals(studyId).toArray();
}
