import { browser } from 'wxt/browser';
import type { RequestInputOf, RequestType, Responses } from './protocol';

const RETRY_DELAYS_MS = [100, 300, 800, 1500];

function isTransient(error: unknown): boolean {
  const text = String((error as Error)?.message ?? error);
  // The service worker was asleep or restarting: the message found nobody.
  return /Receiving end does not exist|Could not establish connection|message port closed|Extension context invalidated.*?reload|No response|before a response/i.test(
    text,
  );
}

/**
 * Sends a request to the background and returns its typed answer. Transient
 * failures (the service worker restarting) are retried; requests must be
 * idempotent (a clip save carries its id).
 */
export async function request<T extends RequestType>(req: RequestInputOf<T>): Promise<Responses[T]> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage(req)) as Responses[T] | undefined;
      if (answer === undefined) throw new Error('No response from the background');
      return answer;
    } catch (error) {
      lastError = error;
      if (!isTransient(error) || attempt === RETRY_DELAYS_MS.length) break;
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
    }
  }
  return {
    ok: false,
    code: 'unreachable',
    message: String((lastError as Error)?.message ?? lastError),
  } as Responses[T];
}
