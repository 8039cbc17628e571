import type { ErrorFrameKey, ErrorPlace } from './error-text';

/**
 * `errorText()` for code in the side panel's first paint (its initial JS has a budget): the error
 * sentences and codes load when an error is first shown, then word it exactly as `errorText()` does.
 */
export async function errorTextLater(error: unknown, options?: { frame?: ErrorFrameKey; place?: ErrorPlace }): Promise<string> {
  const { errorText } = await import('./error-text');
  return errorText(error, options);
}
