import * as z from 'zod/mini';

/**
 * Messages the background sends to a tab's content script. zod/mini keeps the
 * always-on script small.
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
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
