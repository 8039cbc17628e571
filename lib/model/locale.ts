/**
 * UI languages and localized text, without zod: the side panel's first paint
 * imports this and stays small. `localized.ts` adds the schema.
 */

/** The UI languages Journey Lens ships. Keys match the browser's `_locales` folders. */
export const LOCALES = ['en', 'zh_CN', 'zh_TW', 'lv'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A text in the UI languages. `lv` came later and is optional, so stored
 * frameworks, backups and custom stages written without it stay valid;
 * `localize()` shows English where it is missing.
 */
export interface LocalizedText {
  en: string;
  zh_CN: string;
  zh_TW: string;
  lv?: string;
}

/** Maps a browser UI language (`zh-TW`, `zh-Hant-HK`, `lv-LV`, `en-GB`, …) to one of ours. */
export function pickLocale(uiLanguage: string | undefined): Locale {
  const tag = (uiLanguage ?? 'en').replace('_', '-').toLowerCase();
  if (tag.startsWith('zh')) {
    if (/-(tw|hk|mo)\b|hant/.test(tag)) return 'zh_TW';
    return 'zh_CN';
  }
  if (tag === 'lv' || tag.startsWith('lv-')) return 'lv';
  return 'en';
}

/** Reads a localized text in `locale`, falling back to English. */
export function localize(text: LocalizedText | string, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] || text.en;
}
