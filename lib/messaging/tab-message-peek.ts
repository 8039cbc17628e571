import type { TabMessageType } from './tab-messages';

/** Every type of message to a tab (a type test holds it equal to `TabMessageSchema`'s). */
export const TAB_MESSAGE_TYPES = [
  'tab/clip-selection',
  'tab/clip-target',
  'tab/highlights-refresh',
  'tab/walk-changed',
] as const satisfies readonly TabMessageType[];

/**
 * What the always-injected script needs to know of a message to its tab, read
 * without zod (it stays ≤ 12 KB gzip): the type, and for `tab/clip-target`
 * whether it targets the whole page. Messages that carry nothing else are
 * acted on here; the others are passed on to the clip form, which validates
 * them whole (`parseTabMessage`). Undefined: not a message to a tab.
 */
export function peekTabMessage(raw: unknown): { type: TabMessageType; wholePage: boolean } | undefined {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return undefined;
  const type = TAB_MESSAGE_TYPES.find((t) => t === raw.type);
  if (!type) return undefined;
  return { type, wholePage: type === 'tab/clip-target' && 'kind' in raw && raw.kind === 'page' };
}
