import { browser } from 'wxt/browser';
import type { BackgroundMap, RequestType } from './protocol';
import type { TabMap, TabMessageType } from './tab-messages';

const RETRY_DELAYS_MS = [100, 300, 800, 1500];

function isTransient(error: unknown): boolean {
  const text = String((error as Error)?.message ?? error);
  // The service worker was asleep or restarting: the message found nobody.
  return /Receiving end does not exist|Could not establish connection|message port closed|Extension context invalidated.*?reload|No response|before a response/i.test(
    text,
  );
}

/**
 * Sends a request to the background and returns its answer, both typed from
 * `BackgroundMap` (the answer is an ok/error union: check `answer.ok`).
 * Transient failures (the service worker restarting) are retried; requests
 * must be idempotent (a clip save carries its id).
 */
export async function request<T extends RequestType>(req: BackgroundMap[T]['input'] & { type: T }): Promise<BackgroundMap[T]['answer']> {
  type Answer = BackgroundMap[T]['answer'];
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      // What the background answers is typed by the map (the router validated the request; the handler's type is the answer's).
      const answer: Answer | undefined = await browser.runtime.sendMessage(req);
      if (answer === undefined) throw new Error('No response from the background');
      return answer;
    } catch (error) {
      lastError = error;
      if (!isTransient(error) || attempt === RETRY_DELAYS_MS.length) break;
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
    }
  }
  const unreachable: Answer = {
    ok: false,
    code: 'unreachable',
    message: String((lastError as Error)?.message ?? lastError),
  };
  return unreachable;
}

/**
 * Sends a message to a tab's content scripts (all frames, or `frameId`), typed
 * from `TabMap`. Rejects when nothing in the tab listens (a page opened before
 * the extension, a browser page): callers decide whether that matters.
 */
export async function sendToTab<T extends TabMessageType>(
  tabId: number,
  message: TabMap[T]['message'] & { type: T },
  options?: { frameId?: number },
): Promise<TabMap[T]['answer']> {
  const answer: TabMap[T]['answer'] = await (options ? browser.tabs.sendMessage(tabId, message, options) : browser.tabs.sendMessage(tabId, message));
  return answer;
}
