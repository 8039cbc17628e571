import { z } from 'zod';
import { StageIdSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';

/** A researcher's one-line conclusion for one brand at one stage. */
export const FindingSchema = z.object({
  studyId: IdSchema,
  brandId: IdSchema,
  stageId: StageIdSchema,
  text: z.string().max(500),
  updatedAt: IsoTimeSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
