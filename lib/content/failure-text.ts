import { errorText } from '../errors/error-text';

/** A message a person can act on, for a failed clip request (worded by the one `errorText`). */
export function describeFailure(failure: { code: string; message: string }): string {
  return errorText(failure, { place: 'clip' });
}
