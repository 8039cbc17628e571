import { z } from 'zod';
import { StageIdSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';
import { FINDING_MAX } from './finding-max';

export { FINDING_MAX };

/** A researcher's conclusion for one brand at one stage: one line or several. */
export const FindingSchema = z.object({
  studyId: IdSchema,
  brandId: IdSchema,
  stageId: StageIdSchema,
  text: z.string().max(FINDING_MAX),
  updatedAt: IsoTimeSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
