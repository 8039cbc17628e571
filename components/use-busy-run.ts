import { useState } from 'preact/hooks';
import { errorText } from '@/lib/errors/error-text';

/**
 * A step the user started (a button press): `busy` while it runs, and a
 * failure handed to `onError` in the user's language.
 */
export function useBusyRun(onError: (text: string) => void): { busy: boolean; run: (step: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  async function run(step: () => Promise<void>) {
    setBusy(true);
    try {
      await step();
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
