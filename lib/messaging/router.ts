import { RequestSchema, type AnswerOf, type BackgroundMap, type Request, type RequestType } from './protocol';
import { classifyError } from '../errors/classify';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number };
  frameId?: number;
}

/** One handler per request type, typed from `BackgroundMap`: the validated request in, its answer out. */
export type Handlers = {
  [T in RequestType]: (req: BackgroundMap[T]['request'], sender: SenderInfo) => Promise<BackgroundMap[T]['answer']>;
};

export interface RouterOptions {
  extensionId: string;
  /** The origin of our own pages, e.g. `chrome-extension://abc`. */
  extensionOrigin: string;
  log?: (reason: string, detail?: unknown) => void;
}

/**
 * Validates a message and hands it to its handler. Accepts only messages from
 * this extension's own scripts and pages; malformed payloads are rejected with
 * the zod reason. Returns undefined for messages that are not ours to answer.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const log = options.log ?? ((reason, detail) => console.warn(`[journey-lens] ${reason}`, detail));
  return async function route(message: unknown, sender: SenderInfo): Promise<AnswerOf<RequestType> | undefined> {
    if (sender.id !== options.extensionId) {
      log('rejected a message from another extension or page', { from: sender.id, url: sender.url });
      return undefined;
    }
    const fromOwnPage = !!sender.url && sender.url.startsWith(options.extensionOrigin);
    const fromContentScript = !!sender.tab && sender.tab.id !== undefined;
    if (!fromOwnPage && !fromContentScript) {
      log('rejected a message with no tab and no extension page', sender);
      return undefined;
    }
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      log('rejected a malformed message', reason);
      return { ok: false, code: 'invalid-message', message: reason };
    }
    const req: Request = parsed.data;
    const handler = handlers[req.type] as (r: Request, s: SenderInfo) => Promise<AnswerOf<RequestType>>;
    try {
      return await handler(req, sender);
    } catch (error) {
      const err = error as Error & { code?: string };
      log(`handler ${req.type} failed`, err);
      return { ok: false, code: err.code ?? classifyError(err), message: err.message ?? String(error) };
    }
  };
}

export { classifyError };
