import { ZodError } from 'zod';
import { i18n } from '#i18n';
import { NoStagesError } from '@/lib/db/study-admin';

/** A sentence the researcher can act on, for an error from a study change. */
export function studyErrorText(err: unknown): string {
  if (err instanceof NoStagesError) return i18n.t('studiesNoStages');
  if (err instanceof ZodError) return i18n.t('studiesNameInvalid');
  return i18n.t('errorGeneric', [String((err as Error)?.message ?? err)]);
}
