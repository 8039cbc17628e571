import { ZodError } from 'zod';
import { i18n } from '#i18n';
import { NoStagesError } from '@/lib/db/study-admin';

/** A sentence the researcher can act on, for an error from a study change. */
export function studyErrorText(err: unknown): string {
  if (err instanceof NoStagesError) return i18n.t('studiesNoStages');
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    if (issue?.path[0] === 'name' || issue?.path.length === 0) return i18n.t('studiesNameInvalid');
    return i18n.t('errorInvalidField', [issue?.path.join('.') ?? '', issue?.message ?? '']);
  }
  return i18n.t('errorGeneric', [String((err as Error)?.message ?? err)]);
}
