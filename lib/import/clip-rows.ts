import { ClipDraftSchema, MAX_QUOTE_CHARS, type ClipDraft, type ClipItem, type Framework } from '../model';
import { newId } from '../model/make-id';
import { parseTags } from '../model/tags';
import { BEHAVIORS, SENTIMENTS, SERVQUAL_DIMENSIONS, SOURCE_TYPES } from '../model/vocab-values';
import { dateForm, likelyOrder, readDate, type DateForm, type DateReading, type OrderReading } from './dates';

/**
 * Clips edited in a spreadsheet, back in: a column mapping (guessed from the
 * header, editable), every row validated, and a report of each rejected row
 * with its problems as codes the UI translates. Re-importing an export keeps
 * the clip ids, so nothing is stored twice.
 */

export const IMPORT_FIELDS = [
  'quote', 'stage', 'brand', 'url', 'id', 'title', 'site', 'source_type', 'note', 'tags',
  'sentiment', 'score', 'behavior', 'servqual', 'captured_at', 'stage_label',
  // The item a clip came from (since v6): optional.
  'author', 'published_at', 'item_rating', 'permalink', 'price', 'currency',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['quote', 'stage', 'brand', 'url'];

export type Mapping = Record<ImportField, number | null>;

export interface RowProblem {
  field: ImportField;
  code: 'required' | 'invalid' | 'unknown-stage' | 'too-long' | 'duplicate';
  value?: string;
}

export interface ImportReport {
  accepted: ClipDraft[];
  rejected: { row: number; problems: RowProblem[] }[];
  /** How the dates were read, and how many needed a reading (shown in the preview, with a switch). */
  dates: {
    reading: DateReading;
    /** Times without a zone (read in `reading.zone`), with the first as an example. */
    zoneless: number;
    zonelessExample?: { raw: string; read: string };
    /** Dates in numbers only (read in `reading.order`), with the first as an example. */
    numeric: number;
    numericExample?: { raw: string; read: string };
  };
  /**
   * Accepted rows whose id a spreadsheet may have changed (digits that may
   * have lost leading zeros, or a number in scientific form, which got a new
   * id): `matchMangledIds` matches them to existing clips.
   */
  idSuspects: { index: number; raw: string }[];
}

const ALIASES: Record<ImportField, string[]> = {
  quote: ['quote', 'text', 'evidence', 'excerpt', 'passage', '摘录', '摘錄', '引文', '内容', '內容'],
  stage: ['stage_id', 'stage', 'moment', 'moment of truth', '阶段', '階段', '关键时刻', '關鍵時刻'],
  brand: ['brand', 'company', 'competitor', '品牌', '竞品', '競品'],
  url: ['url', 'link', 'source url', 'page', '网址', '網址', '链接', '連結'],
  id: ['id', 'clip id'],
  title: ['title', 'page title', '标题', '標題'],
  site: ['site', 'platform', 'source', '网站', '網站', '平台'],
  source_type: ['source_type', 'source type', '来源类型', '來源類型'],
  note: ['note', 'notes', 'comment', 'comments', '备注', '備註', '笔记', '筆記'],
  tags: ['tags', 'tag', 'labels', '标签', '標籤'],
  sentiment: ['sentiment', '情感', '情绪', '情緒'],
  score: ['score', 'rating', '评分', '評分'],
  behavior: ['behavior', 'behaviour', '行为', '行為'],
  servqual: ['servqual', 'quality dimension', '质量维度', '品質構面'],
  captured_at: ['captured_at', 'captured', 'date', 'time', '时间', '時間', '日期'],
  // The stage's label, used when the stage id cell is empty (an export has both columns).
  stage_label: ['stage', 'stage label', 'stage name', 'moment', '阶段', '階段'],
  author: ['author', 'reviewer', '作者', 'autors'],
  published_at: ['published_at', 'published', '发布时间', '發布時間'],
  item_rating: ['item_rating', 'review rating', '原评分', '原評分'],
  permalink: ['permalink', 'review url', '原文链接', '原文連結'],
  price: ['price', '价格', '價格', 'cena'],
  currency: ['currency', '币种', '幣別', 'valūta'],
};

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The column of each field, from the header (export names first, then common aliases). */
export function guessMapping(header: readonly string[]): Mapping {
  const cols = header.map(fold);
  const mapping = {} as Mapping;
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    let found: number | null = null;
    for (const alias of ALIASES[field]) {
      const at = cols.findIndex((c, i) => c === alias && !used.has(i));
      if (at >= 0) {
        found = at;
        break;
      }
    }
    if (found !== null) used.add(found);
    mapping[field] = found;
  }
  return mapping;
}

const TRIGGER = /^'[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Undoes the export's formula neutralisation: `'=x` → `=x`. */
const unneutralise = (v: string) => (TRIGGER.test(v) ? v.slice(1) : v);

/** A number in the scientific form a spreadsheet gives long or `1e5`-like ids (`1.23457E+17`). */
export const SCIENTIFIC_ID = /^\d+(?:[.,]\d+)?E\+?\d+$/i;

export interface ValidateContext {
  framework: Framework;
  now: string;
  /** The researcher's reading of ambiguous dates; unset parts are guessed (UTC; the order from the file, else `preferOrder`). */
  dates?: Partial<DateReading>;
  preferOrder?: OrderReading;
}

export function validateRows(rows: readonly string[][], mapping: Mapping, ctx: ValidateContext): ImportReport {
  const stageByName = new Map<string, string>();
  for (const s of ctx.framework.stages) {
    stageByName.set(fold(s.id), s.id);
    for (const text of [s.short, s.name]) {
      for (const label of [text.en, text.zh_CN, text.zh_TW, text.lv]) if (label) stageByName.set(fold(label), s.id);
    }
  }
  const accepted: ClipDraft[] = [];
  const rejected: ImportReport['rejected'] = [];
  const idSuspects: ImportReport['idSuspects'] = [];
  const seenIds = new Set<string>();
  const cellOf = (cells: readonly string[], f: ImportField) => {
    const col = mapping[f];
    if (col === null || col === undefined) return '';
    const value = unneutralise(cells[col] ?? '');
    // The note is the researcher's own text, kept as written (a leading tab too); the rest is trimmed.
    return f === 'note' && value.trim() ? value : value.trim();
  };
  const forms: DateForm[] = rows.map((cells) => {
    const raw = cellOf(cells, 'captured_at');
    return raw ? dateForm(raw) : { kind: 'invalid' };
  });
  const reading: DateReading = {
    zone: ctx.dates?.zone ?? 'utc',
    order: ctx.dates?.order ?? likelyOrder(forms, ctx.preferOrder ?? 'mdy'),
  };
  const dates: ImportReport['dates'] = { reading, zoneless: 0, numeric: 0 };
  rows.forEach((cells, index) => {
    if (cells.every((c) => !c.trim())) return; // blank line
    const get = (f: ImportField) => cellOf(cells, f);
    const problems: RowProblem[] = [];
    // A stage given by its label or short label when the stage id cell is empty.
    const stageRaw = get('stage') || get('stage_label');
    for (const f of REQUIRED_FIELDS) if (!(f === 'stage' ? stageRaw : get(f))) problems.push({ field: f, code: 'required' });
    const quote = get('quote');
    if (quote.length > MAX_QUOTE_CHARS) problems.push({ field: 'quote', code: 'too-long' });
    const stageId = stageByName.get(fold(stageRaw));
    if (stageRaw && !stageId) problems.push({ field: 'stage', code: 'unknown-stage', value: stageRaw.slice(0, 60) });
    const url = get('url');
    if (url && !/^https?:\/\/\S+$/i.test(url)) problems.push({ field: 'url', code: 'invalid', value: url.slice(0, 80) });
    const pick = <T extends string>(field: ImportField, values: readonly T[]): T | null => {
      const v = get(field).toLowerCase();
      if (!v) return null;
      if ((values as readonly string[]).includes(v)) return v as T;
      problems.push({ field, code: 'invalid', value: v.slice(0, 40) });
      return null;
    };
    const sentiment = pick('sentiment', SENTIMENTS);
    const behavior = pick('behavior', BEHAVIORS);
    const servqual = pick('servqual', SERVQUAL_DIMENSIONS);
    const sourceType = pick('source_type', SOURCE_TYPES) ?? 'other';
    const scoreRaw = get('score');
    const score = scoreRaw ? Number(scoreRaw) : null;
    if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 5)) problems.push({ field: 'score', code: 'invalid', value: scoreRaw.slice(0, 10) });
    const capturedRaw = get('captured_at');
    const form = forms[index]!;
    const captured = capturedRaw ? readDate(form, reading) : null;
    if (capturedRaw && !captured) problems.push({ field: 'captured_at', code: 'invalid', value: capturedRaw.slice(0, 40) });
    const item = itemOf(get, problems);
    const rawId = get('id');
    // A number in scientific form is an id a spreadsheet changed: the row gets a new id unless it matches a clip.
    const scientific = SCIENTIFIC_ID.test(rawId);
    let id = scientific ? '' : rawId;
    if (id && !/^[A-Za-z0-9_-]{1,64}$/.test(id)) problems.push({ field: 'id', code: 'invalid', value: id.slice(0, 64) });
    if (id && seenIds.has(id)) problems.push({ field: 'id', code: 'duplicate', value: id });
    if (problems.length) {
      rejected.push({ row: index + 2, problems });
      return;
    }
    id ||= newId();
    seenIds.add(id);
    if (captured && form.kind === 'zoneless') {
      dates.zoneless++;
      dates.zonelessExample ??= { raw: capturedRaw, read: captured.toISOString() };
    }
    if (captured && form.kind === 'numeric') {
      dates.numeric++;
      dates.numericExample ??= { raw: capturedRaw, read: captured.toISOString() };
    }
    const parsed = ClipDraftSchema.safeParse({
      id,
      stageId,
      brandName: get('brand').slice(0, 120),
      kind: 'selection',
      url,
      title: get('title').slice(0, 1000),
      site: get('site').slice(0, 200),
      sourceType,
      quote,
      selectors: {},
      targetUrl: null,
      lang: '',
      note: get('note').slice(0, 10_000),
      tags: parseTags(get('tags')),
      sentiment,
      score,
      behavior,
      servqual,
      capturedAt: (captured ?? new Date(ctx.now)).toISOString(),
      ...(item ? { item } : {}),
    });
    if (!parsed.success) {
      rejected.push({ row: index + 2, problems: parsed.error.issues.slice(0, 5).map((i) => ({ field: fieldOf(String(i.path[0] ?? '')), code: 'invalid' as const })) });
      return;
    }
    if (scientific || /^\d+$/.test(rawId)) idSuspects.push({ index: accepted.length, raw: rawId });
    accepted.push(parsed.data);
  });
  return { accepted, rejected, dates, idSuspects };
}

/** The item columns of a row, when any is filled: author, date, its rating (1–5), permalink, price, currency. */
function itemOf(get: (f: ImportField) => string, problems: RowProblem[]): ClipItem | null {
  const author = get('author').slice(0, 200);
  const publishedAt = get('published_at').slice(0, 64);
  const ratingRaw = get('item_rating');
  const permalink = get('permalink');
  const priceRaw = get('price');
  const currency = get('currency').slice(0, 8);
  if (!author && !publishedAt && !ratingRaw && !permalink && !priceRaw && !currency) return null;
  const rating = ratingRaw ? Number(ratingRaw) : null;
  if (rating !== null && !(Number.isFinite(rating) && rating >= 1 && rating <= 5)) problems.push({ field: 'item_rating', code: 'invalid', value: ratingRaw.slice(0, 10) });
  const price = priceRaw ? Number(priceRaw) : null;
  if (price !== null && !Number.isFinite(price)) problems.push({ field: 'price', code: 'invalid', value: priceRaw.slice(0, 20) });
  if (permalink && !/^https?:\/\/\S+$/i.test(permalink)) problems.push({ field: 'permalink', code: 'invalid', value: permalink.slice(0, 80) });
  return {
    kind: price !== null ? 'listing' : rating !== null ? 'review' : 'post',
    author, publishedAt, rating, permalink: permalink.slice(0, 8192), product: '', price, currency, seller: '',
  };
}

function fieldOf(key: string): ImportField {
  const map: Record<string, ImportField> = { brandName: 'brand', stageId: 'stage', sourceType: 'source_type', capturedAt: 'captured_at' };
  return map[key] ?? ((IMPORT_FIELDS as readonly string[]).includes(key) ? (key as ImportField) : 'quote');
}
