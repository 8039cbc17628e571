import { z } from 'zod';

/**
 * What a page says about itself: `<head>` tags and schema.org JSON-LD.
 * Pure functions over a `Document`, so they run in the content script and in
 * unit tests alike. Everything is plain text, cut to a bounded length.
 */

const text = (max: number) => z.string().max(max);

export const PageMetadataSchema = z.object({
  canonicalUrl: text(8192).default(''),
  title: text(1000).default(''),
  siteName: text(200).default(''),
  author: text(300).default(''),
  published: text(64).default(''),
  language: text(35).default(''),
  description: text(2000).default(''),
  /** The thing a Product / Review / LocalBusiness is about, and its brand. */
  itemName: text(300).default(''),
  brandName: text(200).default(''),
  organizationName: text(200).default(''),
  rating: z.number().finite().nullable().default(null),
  bestRating: z.number().finite().nullable().default(null),
  reviewDate: text(64).default(''),
  price: z.number().finite().nullable().default(null),
  currency: text(8).default(''),
  /** Present when the page carries a schema.org Review or AggregateRating. */
  review: z.boolean().default(false),
  /** JSON-LD `@type`s seen, for source-type signals (`Product`, `NewsArticle` …). */
  types: z.array(text(60)).max(30).default([]),
});
export type PageMetadata = z.infer<typeof PageMetadataSchema>;

const clean = (s: unknown, max: number): string =>
  typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().slice(0, max) : '';

function metaContent(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v;
  }
  return '';
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function typesOf(node: Json): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** The name of a JSON-LD value that may be a string or `{ name }`. */
function nameOf(v: unknown): string {
  if (typeof v === 'string') return v;
  for (const item of asArray(v)) {
    if (typeof item === 'string') return item;
    if (isObj(item) && typeof item.name === 'string') return item.name;
  }
  return '';
}

/** A number from JSON-LD: `129`, `"129.00"`, `"1,299.00"`, `"1.299,00"`, `"1 299"`. */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  let t = v.replace(/[\s\u00a0\u202f']/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal mark.
    t = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // Only commas: `1,299` is thousands, `12,5` is a decimal.
    t = /,\d{3}$/.test(t) && !/,\d{1,2}$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  } else if ((t.match(/\./g) ?? []).length > 1) {
    t = t.replace(/\./g, '');
  }
  const n = Number.parseFloat(t);
  return Number.isFinite(n) ? n : null;
}

/** Every JSON-LD node on the page, `@graph` and nested arrays flattened (bounded). */
export function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (out.length >= 200 || depth > 6) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    if (!isObj(v)) return;
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  }
  return out;
}

const PRODUCTISH = /^(Product|SoftwareApplication|Service|Hotel|Restaurant|LocalBusiness|Store|Organization|Brand|Book|Movie|Course|Place|Event|IndividualProduct|ProductModel)$/;

/** Reads a page's metadata. Never throws; missing facts are empty. */
export function readPageMetadata(doc: Document, url: string): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const types = new Set<string>();
  let itemName = '';
  let brandName = '';
  let organizationName = '';
  let rating: number | null = null;
  let bestRating: number | null = null;
  let reviewDate = '';
  let price: number | null = null;
  let currency = '';
  let review = false;
  let author = '';
  let published = '';

  const readRating = (r: unknown) => {
    for (const x of asArray(r)) {
      if (!isObj(x)) continue;
      rating ??= num(x.ratingValue);
      bestRating ??= num(x.bestRating);
    }
  };

  for (const node of nodes) {
    const ts = typesOf(node);
    ts.forEach((t) => types.size < 30 && types.add(t));
    if (ts.includes('Review')) {
      review = true;
      const item = asArray(node.itemReviewed).find(isObj);
      if (item) {
        itemName ||= nameOf(item);
        brandName ||= nameOf(item.brand);
      } else itemName ||= nameOf(node.itemReviewed);
      readRating(node.reviewRating);
      reviewDate ||= clean(node.datePublished, 64);
      author ||= nameOf(node.author);
    }
    if (ts.includes('AggregateRating')) {
      review = true;
      readRating(node);
      const item = asArray(node.itemReviewed).find(isObj);
      if (item) itemName ||= nameOf(item);
    }
    if (ts.some((t) => PRODUCTISH.test(t))) {
      if (ts.includes('Organization') || ts.includes('Brand')) organizationName ||= nameOf(node);
      else itemName ||= nameOf(node);
      brandName ||= nameOf(node.brand) || nameOf(node.manufacturer);
      if (node.aggregateRating) {
        review = true;
        readRating(node.aggregateRating);
      }
      if (node.review) {
        review = true;
        for (const r of asArray(node.review)) if (isObj(r)) readRating(r.reviewRating);
      }
      for (const offer of asArray(node.offers)) {
        if (!isObj(offer)) continue;
        price ??= num(offer.price) ?? num(offer.lowPrice);
        currency ||= clean(offer.priceCurrency, 8);
      }
    }
    if (ts.some((t) => /Article|BlogPosting|Posting/.test(t))) {
      author ||= nameOf(node.author);
      published ||= clean(node.datePublished, 64);
      organizationName ||= nameOf(node.publisher);
    }
  }

  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  let canonicalUrl = '';
  try {
    canonicalUrl = canonicalHref ? new URL(canonicalHref, url).href : '';
  } catch {
    canonicalUrl = '';
  }
  if (!/^https?:/i.test(canonicalUrl)) canonicalUrl = '';

  const data = {
    canonicalUrl: canonicalUrl.slice(0, 8192),
    title: clean(metaContent(doc, 'og:title') || doc.title, 1000),
    siteName: clean(metaContent(doc, 'og:site_name', 'application-name', 'twitter:site'), 200).replace(/^@/, ''),
    author: clean(author || metaContent(doc, 'author', 'article:author'), 300),
    published: clean(published || metaContent(doc, 'article:published_time', 'date', 'pubdate'), 64),
    language: clean(doc.documentElement.getAttribute('lang') ?? metaContent(doc, 'og:locale'), 35),
    description: clean(metaContent(doc, 'og:description', 'description'), 2000),
    itemName: clean(itemName, 300),
    brandName: clean(brandName, 200),
    organizationName: clean(organizationName, 200),
    rating,
    bestRating,
    reviewDate: clean(reviewDate, 64),
    price,
    currency,
    review,
    types: [...types].map((t) => t.slice(0, 60)),
  };
  return PageMetadataSchema.parse(data);
}
