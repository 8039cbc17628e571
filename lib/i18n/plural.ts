import { i18n } from '#i18n';
import { formatCount, uiLanguageTag } from '../ui-locale';

/**
 * The message keys that have plural forms. In the locale files a plural key lists its forms under
 * `0:` (CLDR "zero": Latvian 0, 10–20, 30 …; elsewhere exactly 0), `1:` (CLDR "one": English 1,
 * Latvian 1, 21, 31 … but not 11) and `n:` (every other count); WXT joins them with " | ".
 */
export type PluralKey = 'savedStatus' | 'matrixClips' | 'cellCount' | 'backupReminder';

const rules = new Map<string, Intl.PluralRules>();

function categoryOf(n: number, locale: string): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r.select(n);
}

/**
 * Which of a message's `forms` (1, 2 = one/other, or 3 = zero/one/other) the count `n` takes in
 * `locale` (a BCP 47 tag or `zh_CN`-style name), by `Intl.PluralRules`: Latvian 21 is singular,
 * 11 and 0 take the zero form; Chinese has one form for every count.
 */
export function pluralIndex(forms: number, n: number, locale: string): number {
  if (forms <= 1) return 0;
  const category = categoryOf(n, locale.replace('_', '-'));
  if (forms === 2) return category === 'one' ? 0 : 1;
  if (n === 0 || category === 'zero') return 0;
  return category === 'one' ? 1 : 2;
}

/** The form of a joined plural message (`zero | one | other` or `one | other`) that `n` takes. */
export function pickPlural(message: string, n: number, locale: string): string {
  const forms = message.split(' | ');
  return forms[pluralIndex(forms.length, n, locale)] ?? message;
}

/**
 * A counted text in the UI language: `plural('cellCount', 21)` → Latvian `21 izgriezums`.
 * `subs` default to the count written for the UI language.
 */
export function plural(key: PluralKey, n: number, subs: string[] = [formatCount(n)]): string {
  // Asked without a count, WXT returns every form (joined by " | ") with the substitutions made.
  const joined = (i18n.t as (key: string, subs: string[]) => string)(key, subs);
  return pickPlural(joined, n, uiLanguageTag());
}
