import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from '../model/ids';
import type { AllViewPrefs, BackupReminder } from './shapes';

/**
 * What may be written for the preference groups the side panel loads at once
 * (view preferences, the backup reminder): exact types, no fallbacks. Loaded
 * with the first write, so the panel's first load carries no zod; their
 * readers (in the groups' files) fall back field by field without it.
 */

/** Most brand ids one study's order or hidden list keeps (far above any real study). */
export const MAX_BRAND_IDS = 5000;

const StoredViewPrefsSchema = z.strictObject({
  order: z.array(IdSchema).max(MAX_BRAND_IDS),
  hidden: z.array(IdSchema).max(MAX_BRAND_IDS),
  transposed: z.boolean(),
  cellMode: z.enum(['clips', 'score', 'coverage']).optional(),
  showFindings: z.boolean().optional(),
  imageFindings: z.boolean().optional(),
});

export const StoredAllViewPrefsSchema: z.ZodType<AllViewPrefs> = z.record(IdSchema, StoredViewPrefsSchema);

export const StoredBackupReminderSchema: z.ZodType<BackupReminder> = z.strictObject({
  lastBackupAt: IsoTimeSchema.nullable(),
  clipsSinceBackup: z.number().int().nonnegative(),
});
