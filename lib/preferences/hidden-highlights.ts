import { z } from 'zod';
import { definePreference } from './preference';

/** Most pages remembered with their highlights hidden (the oldest go first). */
export const MAX_HIDDEN_PAGES = 2000;

const PageKeySchema = z.string().min(1).max(8192);

/** Where highlights are hidden: everywhere, or on these page keys (normalized URLs). */
export const HiddenHighlightsSchema = z.object({
  all: z.boolean().catch(false),
  pages: z
    .array(z.unknown())
    .catch([])
    .transform((list) => [...new Set(list.filter((p): p is string => PageKeySchema.safeParse(p).success))].slice(-MAX_HIDDEN_PAGES)),
});
export type HiddenHighlights = z.infer<typeof HiddenHighlightsSchema>;

const StoredHiddenHighlightsSchema = z.strictObject({ all: z.boolean(), pages: z.array(PageKeySchema).max(MAX_HIDDEN_PAGES) });

export const hiddenHighlightsPref = definePreference<HiddenHighlights>({
  key: 'local:hiddenHighlights',
  version: 1,
  read: HiddenHighlightsSchema,
  write: StoredHiddenHighlightsSchema,
  fallback: Object.freeze({ all: false, pages: [] }) as HiddenHighlights,
});

/** Whether highlights are hidden on the page with this key. */
export const highlightsHiddenOn = (h: HiddenHighlights, pageKey: string) => h.all || h.pages.includes(pageKey);

/** Hides or shows highlights on one page, or everywhere. */
export function hideHighlights(pageKey: string, scope: 'page' | 'all', hidden: boolean): Promise<HiddenHighlights> {
  return hiddenHighlightsPref.update((h) =>
    scope === 'all'
      ? { ...h, all: hidden }
      : { ...h, pages: hidden ? [...new Set([...h.pages, pageKey])].slice(-MAX_HIDDEN_PAGES) : h.pages.filter((p) => p !== pageKey) },
  );
}
