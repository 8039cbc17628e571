/**
 * Reading an item's values from how pages write them: dates in many
 * languages, star ratings in aria labels, class names and "4 of 5" texts,
 * prices with their currency symbols.
 */

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'januar', 'janvier', 'enero', 'gennaio', 'janvāris', 'janvārī', 'januari'],
  ['feb', 'february', 'februar', 'février', 'febrero', 'febbraio', 'februāris', 'februārī', 'februari'],
  ['mar', 'march', 'märz', 'mars', 'marzo', 'marts', 'martā', 'maart'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'aprīlis', 'aprīlī'],
  ['may', 'mai', 'mayo', 'maggio', 'maijs', 'maijā', 'mei'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giugno', 'jūnijs', 'jūnijā'],
  ['jul', 'july', 'juli', 'juillet', 'julio', 'luglio', 'jūlijs', 'jūlijā'],
  ['aug', 'august', 'août', 'agosto', 'augusts', 'augustā', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'septembris', 'septembrī'],
  ['oct', 'october', 'oktober', 'octobre', 'octubre', 'ottobre', 'oktobris', 'oktobrī'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembris', 'novembrī'],
  ['dec', 'december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'decembris', 'decembrī'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');
function ymd(y: number, m: number, d: number): string {
  if (y < 100) y += 2000;
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return '';
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * An ISO 8601 date from what a page shows or stores: ISO strings (a time
 * becomes UTC), Unix seconds or milliseconds, `2024年3月5日`, `March 5, 2024`,
 * `5. März 2024`, `05.03.2024`, `2024/03/05`. Relative dates are not guessed.
 */
export function parseItemDate(raw: string | null | undefined): string {
  if (!raw) return '';
  const t = raw.replace(/\s+/g, ' ').trim();
  if (/^\d{10}(\d{3})?$/.test(t)) {
    const ms = t.length === 10 ? Number(t) * 1000 : Number(t);
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? '' : d.toISOString();
  }
  let m = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  if (m) {
    const date = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!date) return '';
    if (m[4] === undefined) return date;
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
    const d = new Date(`${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
    return Number.isNaN(d.getTime()) ? date : d.toISOString();
  }
  m = /(\d{4})\s*[年/.]\s*(\d{1,2})\s*[月/.]\s*(\d{1,2})/.exec(t);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/.exec(t);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  const lower = t.toLowerCase();
  // ctime: `Tue Mar  3 21:45:10 2026` (PTT, mail headers).
  m = /\b([a-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(\d{4})\b/i.exec(lower);
  if (m && MONTHS[m[1]!]) return ymd(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  m = /([a-zà-žāčēģīķļņšūž]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(lower);
  if (m && MONTHS[m[1]!]) return ymd(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  m = /(\d{1,2})\.?\s+(?:de\s+)?([a-zà-žāčēģīķļņšūž]{3,})\.?\s+(?:de\s+)?(\d{4})/i.exec(lower);
  if (m && MONTHS[m[2]!]) return ymd(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  m = /(\d{4})\.\s?gada\s+(\d{1,2})\.\s?([a-zāčēģīķļņšūž]+)/i.exec(lower);
  if (m && MONTHS[m[3]!]) return ymd(+m[1]!, MONTHS[m[3]!]!, +m[2]!);
  m = /([a-z]{3,})\.?\s+(\d{4})/i.exec(lower);
  if (m && MONTHS[m[1]!]) return `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
  return '';
}

/** A rating on a 1–5 scale (one decimal), or null: `8` of 10 → 4, `45` of 50 → 4.5. */
export function normaliseRating(value: number | null, best?: number | null, worst?: number | null): number | null {
  if (value === null || !Number.isFinite(value) || value <= 0) return null;
  const b = best && best > 0 ? best : value > 5 ? (value <= 10 ? 10 : value <= 50 ? 50 : 100) : 5;
  if (value > b) return null;
  const w = worst && worst > 0 && worst < b ? worst : b === 5 ? 1 : 0;
  const r = b === 5 ? value : w > 0 ? 1 + ((value - w) * 4) / (b - w) : (value * 5) / b;
  return Math.round(Math.min(5, Math.max(1, r)) * 10) / 10;
}

const num = (s: string) => Number.parseFloat(s.replace(',', '.'));

/** A rating from a label: "4.0 out of 5 stars", "5,0 von 5 Sternen", "4 star rating", "Rated 3 of 5", 4星, "8.4 Scored". */
export function ratingFromText(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 160) return null;
  let m = /(\d+(?:[.,]\d+)?)\s*(?:out of|of|von|sur|de|su|iš|no|\/|／)\s*(\d+(?:[.,]\d+)?)/i.exec(t);
  if (m) return normaliseRating(num(m[1]!), num(m[2]!));
  m = /(\d(?:[.,]\d)?)\s*-?\s*(?:stars?|sterne?n?|étoiles?|estrellas?|stelle|zvaigzn\w*|žvaigžd\w*|bubbles?|颗星|顆星|星|分)/i.exec(t);
  if (m) return normaliseRating(num(m[1]!), 5);
  m = /(?:rated|rating|score[ds]?|评分|評分|得分)\s*[:：]?\s*(\d+(?:[.,]\d+)?)/i.exec(t);
  if (m) return normaliseRating(num(m[1]!), null);
  m = /^(\d(?:[.,]\d)?)$/.exec(t);
  if (m) return normaliseRating(num(m[1]!), 5);
  return null;
}

/** A rating from a class name: `sml-str40` → 4, `allstar45` → 4.5, `star5`, `stars-4-5`, `rating-4`. */
export function ratingFromClass(cls: string | null | undefined): number | null {
  if (!cls) return null;
  const m = /(?:^|[\s_-])(?:sml-)?(?:all)?(?:star|str|stars|rating|rank|rate|score)[-_]?(\d{1,2})(?:[-_](\d))?(?:$|[\s_-])/i.exec(cls);
  if (!m) return null;
  let v = Number(m[1]);
  if (m[2] !== undefined) v = v + Number(m[2]) / 10;
  else if (v > 5 && v <= 50) v = v / 10;
  return normaliseRating(v, 5);
}

const SYMBOLS: [RegExp, string][] = [
  [/NT\$|NTD|新台幣|台幣|元\s*\(?NT/i, 'TWD'],
  [/HK\$|HKD/i, 'HKD'],
  [/US\$|USD/i, 'USD'],
  [/A\$|AUD/i, 'AUD'],
  [/C\$|CAD/i, 'CAD'],
  [/€|EUR/i, 'EUR'],
  [/£|GBP/i, 'GBP'],
  [/￥|¥|CNY|RMB|元/i, 'CNY'],
  [/円|JPY/i, 'JPY'],
  [/₩|KRW/i, 'KRW'],
  [/zł|PLN/i, 'PLN'],
  [/SEK|kr\b/i, 'SEK'],
  [/CHF/i, 'CHF'],
  [/\$/, 'USD'],
];

/** A price and its ISO 4217 currency from text: "€ 19,99", "19,99 €", "¥1,299.00", "NT$1,290". */
export function priceFromText(text: string | null | undefined): { price: number | null; currency: string } {
  if (!text) return { price: null, currency: '' };
  const t = text.replace(/\s+/g, ' ').trim().slice(0, 80);
  const m = /(\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)/.exec(t);
  if (!m) return { price: null, currency: '' };
  let s = m[1]!.replace(/[\s\u00a0\u202f]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma > lastDot) s = /,\d{3}$/.test(s) && lastDot < 0 && !/,\d{1,2}$/.test(s) ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  else s = (s.match(/\./g) ?? []).length > 1 ? s.replace(/\./g, '') : s.replace(/,/g, '');
  const price = Number.parseFloat(s);
  const currency = SYMBOLS.find(([re]) => re.test(t))?.[1] ?? '';
  return { price: Number.isFinite(price) ? price : null, currency };
}
