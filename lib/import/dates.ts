/**
 * Dates as spreadsheets write them back, read without silent shifts. An
 * ISO-8601 time with a zone (`Z`, `+08:00`) is exact. A time without a zone
 * (`2026/03/04 05:09:10`, Gnumeric's re-save) and a date in numbers only
 * (`05.06.26` in German, `6/5/2026` in US English) are read with a chosen
 * reading — the zone (UTC, as exported, or this computer's local time) and
 * the order (day/month or month/day) — which the import preview shows and lets
 * the researcher switch.
 */

export type ZoneReading = 'utc' | 'local';
export type OrderReading = 'dmy' | 'mdy';
export interface DateReading {
  zone: ZoneReading;
  order: OrderReading;
}

type Parts = { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number };

const ZONED = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$/i;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$/;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

export type DateForm =
  | { kind: 'zoned'; date: Date }
  | { kind: 'zoneless'; parts: Parts }
  /** Day and month in numbers only: `a` and `b` are the first two numbers, in the order written. */
  | { kind: 'numeric'; a: number; b: number; dot: boolean; parts: Omit<Parts, 'mo' | 'd'> }
  | { kind: 'invalid' };

/** What kind of date a cell holds (no reading applied yet). */
export function dateForm(raw: string): DateForm {
  const s = raw.trim();
  let m = ZONED.exec(s);
  if (m) {
    let zone = m[3]!.toUpperCase();
    if (zone === 'UTC' || zone === 'GMT') zone = 'Z';
    else if (/^[+-]\d{2}$/.test(zone)) zone += ':00';
    else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const date = new Date(`${m[1]}T${m[2]!.replace(',', '.')}${zone}`);
    return Number.isNaN(date.getTime()) ? { kind: 'invalid' } : { kind: 'zoned', date };
  }
  m = YMD.exec(s);
  if (m) {
    const parts = { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), ms: Math.round(Number(`0.${m[7] ?? 0}`) * 1000) };
    return valid(parts) ? { kind: 'zoneless', parts } : { kind: 'invalid' };
  }
  m = NUMERIC.exec(s);
  if (m) {
    const yy = +m[4]!;
    let h = +(m[5] ?? 0);
    const ampm = m[8]?.toLowerCase();
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
    return {
      kind: 'numeric',
      a: +m[1]!,
      b: +m[3]!,
      dot: m[2] === '.',
      parts: { y: m[4]!.length === 2 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy, h, mi: +(m[6] ?? 0), s: +(m[7] ?? 0), ms: 0 },
    };
  }
  // Other forms with an explicit zone (e.g. `Wed, 04 Mar 2026 05:09:10 GMT`) are exact too.
  if (/(?:\bGMT\b|\bUTC\b|Z$|[+-]\d{2}:?\d{2}$)/.test(s) && /[A-Za-z]{3}/.test(s)) {
    const date = new Date(s);
    if (!Number.isNaN(date.getTime())) return { kind: 'zoned', date };
  }
  return { kind: 'invalid' };
}

function valid(p: Parts): boolean {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.h > 23 || p.mi > 59 || p.s > 59) return false;
  return p.d <= new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate();
}

function toDate(p: Parts, zone: ZoneReading): Date | null {
  if (!valid(p)) return null;
  const date = zone === 'utc' ? new Date(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms)) : new Date(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The time a cell means under `reading`, or null when it is not a date (or impossible in that order). */
export function readDate(form: DateForm, reading: DateReading): Date | null {
  switch (form.kind) {
    case 'zoned':
      return form.date;
    case 'zoneless':
      return toDate(form.parts, reading.zone);
    case 'numeric': {
      const [d, mo] = reading.order === 'dmy' ? [form.a, form.b] : [form.b, form.a];
      return toDate({ ...form.parts, d, mo }, reading.zone);
    }
    default:
      return null;
  }
}

/**
 * The order to read numeric dates in when the researcher has not chosen: what
 * the file itself proves (a first number over 12 means day first, a second
 * over 12 month first), else day first for dotted dates (`05.06.26`), else
 * `prefer` (from the UI language).
 */
export function likelyOrder(forms: readonly DateForm[], prefer: OrderReading): OrderReading {
  let dayFirst = 0;
  let monthFirst = 0;
  let dots = 0;
  let numeric = 0;
  for (const f of forms) {
    if (f.kind !== 'numeric') continue;
    numeric++;
    if (f.a > 12 && f.b <= 12) dayFirst++;
    if (f.b > 12 && f.a <= 12) monthFirst++;
    if (f.dot) dots++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy';
  if (numeric && dots * 2 >= numeric) return 'dmy';
  return prefer;
}
