import { z } from 'zod';
import { StageIdSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';

/** Longest finding kept (older versions allowed 500; longer is backwards compatible). */
export const FINDING_MAX = 4000;

/** A researcher's conclusion for one brand at one stage: one line or several. */
export const FindingSchema = z.object({
  studyId: IdSchema,
  brandId: IdSchema,
  stageId: StageIdSchema,
  text: z.string().max(FINDING_MAX),
  updatedAt: IsoTimeSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
