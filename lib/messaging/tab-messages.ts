import * as z from 'zod/mini';

/**
 * Messages the background (or the popup) sends to a tab's content scripts,
 * validated with zod where they are read: `parseTabMessage` in the on-demand
 * scripts (clip form, recorder); the always-injected script only peeks at the
 * type (`peekTabMessage`, no zod) and hands the message to the form. zod/mini
 * keeps the on-demand scripts small.
 */
export const TabMessageSchema = z.discriminatedUnion('type', [
  /** Open the clip form for the current selection (keyboard command, context menu). */
  z.object({ type: z.literal('tab/clip-selection') }),
  /** Open the clip form for the whole page, a link or an image (context menu, popup). */
  z.object({
    type: z.literal('tab/clip-target'),
    kind: z.enum(['page', 'link', 'image']),
    targetUrl: z.optional(z.string().check(z.maxLength(8192))),
    text: z.optional(z.string().check(z.maxLength(5000))),
  }),
  /** A clip's selectors changed (a place chosen for an orphan): highlight the page again. */
  z.object({ type: z.literal('tab/highlights-refresh') }),
  /** The tab's walk changed elsewhere (the shortcut stopped it): the recorder asks again. */
  z.object({ type: z.literal('tab/walk-changed') }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
export type TabMessageType = TabMessage['type'];
export type TabMessageOf<T extends TabMessageType> = Extract<TabMessage, { type: T }>;

/**
 * The message map towards a tab: for each message type, what the sender passes
 * and what comes back. Content scripts act on these messages and answer
 * nothing, so `sendToTab()` resolves to nothing (and rejects when no script in
 * the tab listens, e.g. a page loaded before the extension).
 */
export type TabMap = {
  [T in TabMessageType]: { message: TabMessageOf<T>; answer: void };
};

/** A message to a tab, validated; undefined (and logged) when it is not one of ours. */
export function parseTabMessage(
  raw: unknown,
  log: (reason: string, detail: unknown) => void = (reason, detail) => console.warn(`[journey-lens] ${reason}`, detail),
): TabMessage | undefined {
  const parsed = TabMessageSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log('ignored a malformed tab message', parsed.error.issues);
  return undefined;
}
