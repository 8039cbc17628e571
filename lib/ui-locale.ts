import { i18n } from '#i18n';
import { pickLocale, type Locale } from './model/locale';

/**
 * The language the UI strings are shown in, read from the strings themselves
 * (each locale file names its own locale in `uiLocale`), so framework texts,
 * dates and numbers always match the UI — even where the browser reports a
 * different language than the one whose messages it serves (Chromium started
 * with `--lang` on Linux reports en-US through `i18n.getUILanguage()`).
 */
export function uiLocale(): Locale {
  return pickLocale(i18n.t('uiLocale'));
}

/** The BCP 47 tag for Intl formatting: `zh-CN`, `zh-TW`, `lv`, `en`. */
export function uiLanguageTag(): string {
  return uiLocale().replace('_', '-');
}

let numberFormat: Intl.NumberFormat | undefined;

/** A count written for the UI language: `12,345` (en, zh). */
export function formatCount(n: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLanguageTag());
  return numberFormat.format(n);
}

let scoreFormat: Intl.NumberFormat | undefined;

/** An average score with one decimal, written for the UI language: `3.5`, Latvian `3,5`. */
export function formatScore(n: number): string {
  scoreFormat ??= new Intl.NumberFormat(uiLanguageTag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return scoreFormat.format(n);
}

const dayFormats = new Map<boolean, Intl.DateTimeFormat>();

/**
 * A date written the one way the UI language writes dates everywhere (cells, clip lists, studies):
 * `2 Dec`, `12月2日`, `2. dec.`; the year is added when it is not the current one (`2 Dec 2025`).
 * English uses day-month order, as the rest of the UI's examples do.
 */
export function formatDay(iso: string | Date, now = new Date()): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (!iso || Number.isNaN(date.getTime())) return '';
  const withYear = date.getFullYear() !== now.getFullYear();
  let f = dayFormats.get(withYear);
  if (!f) {
    const tag = uiLanguageTag() === 'en' ? 'en-GB' : uiLanguageTag();
    f = new Intl.DateTimeFormat(tag, withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
    dayFormats.set(withYear, f);
  }
  return f.format(date);
}
