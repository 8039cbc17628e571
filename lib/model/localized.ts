import { z } from 'zod';
import type { LocalizedText } from './locale';

export { LOCALES, localize, pickLocale, type Locale, type LocalizedText } from './locale';

/** A text in the UI languages (`lv` optional: data written before Latvian stays valid). */
export const LocalizedTextSchema: z.ZodType<LocalizedText> = z.object({
  en: z.string().min(1).max(2000),
  zh_CN: z.string().min(1).max(2000),
  zh_TW: z.string().min(1).max(2000),
  lv: z.string().min(1).max(2000).optional(),
});
