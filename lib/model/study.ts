import { z } from 'zod';
import { FrameworkIdSchema } from './framework';
import { IdSchema, IsoTimeSchema } from './ids';

/** Which optional lenses the clip form shows for a study. */
export const LensSettingsSchema = z.object({
  sentiment: z.boolean().default(true),
  score: z.boolean().default(true),
  behavior: z.boolean().default(true),
  servqual: z.boolean().default(true),
});
export type LensSettings = z.infer<typeof LensSettingsSchema>;

export const StudyNameSchema = z.string().trim().min(1).max(200);

export const StudySchema = z.object({
  id: IdSchema,
  name: StudyNameSchema,
  frameworkId: FrameworkIdSchema,
  lenses: LensSettingsSchema.default({ sentiment: true, score: true, behavior: true, servqual: true }),
  archived: z.boolean().default(false),
  /** The demo study loaded from the welcome page. */
  sample: z.boolean().default(false),
  /** The study a fresh install made by itself; removed when still empty once the researcher makes their own. */
  autoCreated: z.boolean().optional(),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
});
export type Study = z.infer<typeof StudySchema>;
