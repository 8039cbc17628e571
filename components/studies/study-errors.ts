import { errorText } from '@/lib/errors/error-text';

/** A sentence the researcher can act on, for an error from a study change (worded by the one `errorText`). */
export function studyErrorText(err: unknown): string {
  return errorText(err);
}
