import { z } from 'zod';

/** The UI languages Journey Lens ships. Keys match the browser's `_locales` folders. */
export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text written in every UI language. */
export const LocalizedTextSchema = z.object({
  en: z.string().min(1).max(2000),
  zh_CN: z.string().min(1).max(2000),
  zh_TW: z.string().min(1).max(2000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Maps a browser UI language (`zh-TW`, `zh-Hant-HK`, `en-GB`, …) to one of ours. */
export function pickLocale(uiLanguage: string | undefined): Locale {
  const tag = (uiLanguage ?? 'en').replace('_', '-').toLowerCase();
  if (tag.startsWith('zh')) {
    if (/-(tw|hk|mo)\b|hant/.test(tag)) return 'zh_TW';
    return 'zh_CN';
  }
  return 'en';
}

/** Reads a localized text in `locale`, falling back to English. */
export function localize(text: LocalizedText | string, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] || text.en;
}
