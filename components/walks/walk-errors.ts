import { errorText } from '@/lib/errors/error-text';

/** A failed walk request in the user's language (worded by the one `errorText`). */
export function walkFailureText(failure: { code: string; message: string }): string {
  return errorText(failure, { place: 'walk', frame: 'walkError' });
}
