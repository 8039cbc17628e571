import { z } from 'zod';
import { ClipDraftSchema, IsoTimeSchema } from '../model';
import type { JourneyLensDB } from '../db/database';

/**
 * Clip forms that held typed work when their page went away (a link, a
 * reload, a closed tab). The form keeps its draft in the database while it is
 * open (through the background, which owns writes); the side panel offers the
 * kept drafts again, to finish and save or to discard.
 */

export const KEPT_DRAFT_PREFIX = 'draft:';

/** A clip draft that may still miss its stage or brand (the researcher had not chosen them yet). */
export const KeptDraftSchema = z.object({
  draft: ClipDraftSchema.extend({
    stageId: z.string().max(100),
    brandName: z.string().max(120),
  }),
  studyName: z.string().max(200).default(''),
  savedAt: IsoTimeSchema,
});
export type KeptDraft = z.infer<typeof KeptDraftSchema>;
export type KeptDraftInput = z.input<typeof KeptDraftSchema>;

export async function keepDraft(db: JourneyLensDB, kept: KeptDraft): Promise<void> {
  await db.meta.put({ key: KEPT_DRAFT_PREFIX + kept.draft.id, value: kept });
}

export async function dropDraft(db: JourneyLensDB, id: string): Promise<void> {
  await db.meta.delete(KEPT_DRAFT_PREFIX + id);
}

/** The kept drafts, newest first; a stored record that does not validate is skipped, not shown. */
export async function keptDrafts(db: JourneyLensDB): Promise<KeptDraft[]> {
  const rows = await db.meta.where('key').startsWith(KEPT_DRAFT_PREFIX).toArray();
  return parseKeptDrafts(rows.map((r) => r.value));
}

export function parseKeptDrafts(values: readonly unknown[]): KeptDraft[] {
  return values
    .map((v) => KeptDraftSchema.safeParse(v))
    .filter((r) => r.success)
    .map((r) => r.data)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
