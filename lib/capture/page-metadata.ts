import { z } from 'zod';
import { PageItemSchema } from './page-item-schema';
import { readBrandField } from './brand-field';

/**
 * What a page says about itself: `<head>` tags, schema.org JSON-LD and a few
 * visible fields (byline, "Brand:" rows). Pure functions over a `Document`, so
 * they run in the on-demand clip-form script and in unit tests alike.
 * Everything is plain text, cut to a bounded length.
 */

const text = (max: number) => z.string().max(max);

export const PageMetadataSchema = z.object({
  canonicalUrl: text(8192).default(''),
  /** The page title without the " - Site" suffix when the site name is known. */
  title: text(1000).default(''),
  /** The document's own `<title>` as written (og:title may differ), for matching study brands. */
  pageTitle: text(1000).default(''),
  /** The article headline (JSON-LD `headline`), never proposed as a brand. */
  headline: text(1000).default(''),
  /** The site's name, without tagline or scheme. */
  siteName: text(200).default(''),
  author: text(300).default(''),
  published: text(64).default(''),
  /** BCP 47 (`en-GB`). */
  language: text(35).default(''),
  description: text(2000).default(''),
  /** The thing a Product / Review / LocalBusiness is about, and its brand. */
  itemName: text(300).default(''),
  brandName: text(200).default(''),
  organizationName: text(200).default(''),
  /** A news or blog publisher (JSON-LD `publisher`, `article:publisher` when a name). */
  publisher: text(200).default(''),
  /** Whether the page names a publisher at all (a name or an `article:publisher` profile URL). */
  hasPublisher: z.boolean().default(false),
  /** Tags publishers put on articles: news_keywords, Parse.ly / Sailthru, article:section, DC.publisher, medium=news. */
  newsSignals: z.boolean().default(false),
  /** `og:type` (`article`, `product`, `website` …), lower-case. */
  ogType: text(40).default(''),
  /** `<meta name="generator">` (WordPress, Blogger, Discourse, Hugo …). */
  generator: text(100).default(''),
  /** A visible structured brand field: "Brand: X", "Marke: X", 品牌：X, "Visit the X Store". */
  brandField: text(200).default(''),
  /** A visible store or shop name (店铺, "Sold by"). */
  storeName: text(200).default(''),
  /** Who the footer's copyright line names ("© 2026 Veikals SIA" → `Veikals SIA`). */
  copyrightHolder: text(200).default(''),
  /** The seller named in an Offer. */
  seller: text(200).default(''),
  rating: z.number().finite().nullable().default(null),
  bestRating: z.number().finite().nullable().default(null),
  reviewDate: text(64).default(''),
  price: z.number().finite().nullable().default(null),
  currency: text(8).default(''),
  /** Present when the page carries a schema.org Review or AggregateRating. */
  review: z.boolean().default(false),
  /** Schema.org types seen (JSON-LD, microdata, RDFa), for source-type signals. */
  types: z.array(text(60)).max(30).default([]),
  /** The review, post, comment or listing the selection lies in (read by the clip form). */
  item: PageItemSchema.nullable().default(null),
});
export type PageMetadata = z.infer<typeof PageMetadataSchema>;

const clean = (s: unknown, max: number): string =>
  typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().slice(0, max) : '';

function metaContent(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}" i]`) ?? doc.querySelector(`meta[name="${key}" i]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v;
  }
  return '';
}

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

export function typesOf(node: Json): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** The name of a JSON-LD value that may be a string or `{ name }` (or a list of them: the first). */
export function nameOf(v: unknown): string {
  if (typeof v === 'string') return isUrl(v) ? '' : v;
  for (const item of asArray(v)) {
    if (typeof item === 'string' && !isUrl(item)) return item;
    if (isObj(item)) {
      if (typeof item.name === 'string') return item.name;
      if (isObj(item.name) && typeof item.name['@value'] === 'string') return item.name['@value'];
    }
  }
  return '';
}

export const isUrl = (s: string): boolean => /^\s*(https?:)?\/\/|^\s*www\.[^\s]+\.[a-z]/i.test(s);

/** A byline that is a person's name: not a URL, not an e-mail, not a sentence. */
export function bylineName(raw: string): string {
  const t = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(by|von|par|por|di|door|autors?|作者|文|記者|记者)\s*[:：|]?\s+/i, '')
    .replace(/^(作者|文|記者|记者)\s*[:：|]\s*/, '')
    .replace(/\s*[|·•]\s*(updated|published|posted|\d).*$/i, '')
    .replace(/,?\s+(?:(?:senior|chief|staff|special|contributing|political|business|tech|technology|consumer|deputy)\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist)\b.*$/i, '')
    .replace(/,\s*$/, '')
    .trim();
  if (!t || isUrl(t) || /@[\w-]+\.\w/.test(t) || t.length > 100) return '';
  return t;
}

/** Authors of a JSON-LD value: names of a string, `{ name }` or a list, joined with ", ". */
function authorsOf(v: unknown): string {
  const names = asArray(v)
    .map((a) => bylineName(nameOf(a)))
    .filter(Boolean);
  return [...new Set(names)].slice(0, 3).join(', ');
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
  const n = Number.parseFloat(t.replace(/^[^\d.-]+/, ''));
  return Number.isFinite(n) ? n : null;
}

/** JSON-LD text without CDATA wrappers or HTML comments around it. */
export function unwrapJsonLd(raw: string): string {
  return raw
    .replace(/^\s*(\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim();
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
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    try {
      visit(JSON.parse(unwrapJsonLd(raw)), 0);
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  }
  return out;
}

/** `en_gb` → `en-GB`, `zh-hant-tw` → `zh-Hant-TW` (BCP 47 casing, `_` → `-`). */
export function bcp47(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (!parts.length || !/^[a-z]{2,3}$/i.test(parts[0]!)) return tag.trim().replace(/_/g, '-');
  return parts
    .map((p, i) => {
      if (i === 0) return p.toLowerCase();
      if (/^[a-z]{4}$/i.test(p)) return p.charAt(0).toUpperCase() + p.slice(1).toLowerCase();
      if (/^([a-z]{2}|\d{3})$/i.test(p)) return p.toUpperCase();
      return p.toLowerCase();
    })
    .join('-');
}

const SEPARATORS = /\s+[|–—\-·:•»]\s+|\s*[|｜]\s*/;

/** A site name without "http://", "www." and tagline: `The Verge | Tech news` → `The Verge`. */
export function cleanSiteLabel(raw: string): string {
  let t = clean(raw, 400).replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
  const first = t.split(SEPARATORS)[0]!.trim();
  if (first && first.length >= 2) t = first;
  return t.slice(0, 200);
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The title without a trailing " - Site" (or leading "Site | ") when the site name is known. */
export function titleWithoutSite(title: string, siteName: string, host: string): string {
  const names = [siteName, host.replace(/^www\./, ''), host.replace(/^www\./, '').split('.')[0] ?? ''].map(fold).filter((n) => n.length >= 2);
  if (!names.length) return title;
  const parts = title.split(/(\s+[|–—\-·•»]\s+|\s*[|｜]\s*|\s+-\s*|_)/);
  if (parts.length < 3) return title;
  const last = fold(parts[parts.length - 1]!);
  if (names.some((n) => last === n || (last.startsWith(n) && last.length - n.length <= 20))) {
    return parts.slice(0, -2).join('').trim() || title;
  }
  const first = fold(parts[0]!);
  if (/[|｜]/.test(parts[1]!) && names.some((n) => first === n)) return parts.slice(2).join('').trim() || title;
  return title;
}

/** A byline from visible markup: rel=author, itemprop=author, .byline, .author. */
function visibleByline(doc: Document): string {
  const sel =
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], a[rel="author"], [rel="author"], .byline__name, .byline-name, .author-name, .authorName, .c-byline__author, [class*="article-author" i], [class*="author-name" i], [class*="byline"] a, [class*="Byline"] a, .byline, [class*="byline"], .author a, .author, .post-author, .entry-author, [data-testid="author-name"]';
  for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 20)) {
    if (el.closest('header nav, footer, [class*="comment"]')) continue;
    const t = el.getAttribute('content') || el.textContent || '';
    const name = bylineName(t);
    if (name && name.length <= 80 && !/\d{4}/.test(name)) return name;
  }
  return '';
}

/** The name in the footer's copyright line: `© 2019–2026 Acme Inc. All rights reserved.` → `Acme Inc`. */
export function copyrightHolder(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll('footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]')).slice(0, 6)) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 3000);
    const m = /(?:©|\(c\)|copyright|版权所有|版權所有)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*(?:\d{4}|present))?)?\s*,?\s*([^|,.\n·•]{2,60})/i.exec(t);
    if (m) {
      const name = m[1]!.replace(/\b(all rights reserved|alle rechte vorbehalten|visas tiesības aizsargātas)\b.*$/i, '').replace(/\s+\d{4}.*$/, '').trim();
      if (name && !/^\d+$/.test(name)) return name;
    }
  }
  return '';
}

/** Schema.org types from microdata and RDFa (`itemtype`, `typeof`). */
function markupTypes(doc: Document): string[] {
  const out = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[itemtype], [typeof]')).slice(0, 200)) {
    const raw = `${el.getAttribute('itemtype') ?? ''} ${el.getAttribute('typeof') ?? ''}`;
    for (const t of raw.split(/\s+/)) {
      const name = t.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '');
      if (/^[A-Z][A-Za-z]{1,59}$/.test(name)) out.add(name);
    }
  }
  return [...out];
}

const PRODUCTISH = /^(Product|SoftwareApplication|MobileApplication|WebApplication|Service|Hotel|LodgingBusiness|Restaurant|FoodEstablishment|LocalBusiness|Store|Organization|Corporation|Brand|Book|Movie|Course|Place|Event|IndividualProduct|ProductModel|ProductGroup|Car|Vehicle|TouristAttraction|Airline)$/;
const ARTICLEISH = /Article|BlogPosting|Posting|Report/;

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
  let publisher = '';
  let headline = '';
  let seller = '';
  let websiteName = '';

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
      author ||= authorsOf(node.author);
    }
    if (ts.includes('AggregateRating')) {
      review = true;
      readRating(node);
      const item = asArray(node.itemReviewed).find(isObj);
      if (item) itemName ||= nameOf(item);
    }
    if (ts.includes('WebSite')) websiteName ||= nameOf(node);
    if (ts.some((t) => PRODUCTISH.test(t))) {
      if (ts.some((t) => /^(Organization|Corporation|Brand|NewsMediaOrganization)$/.test(t))) organizationName ||= nameOf(node);
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
      for (const offer of asArray(node.offers).flatMap((o) => (isObj(o) && o.offers ? [o, ...asArray(o.offers)] : [o]))) {
        if (!isObj(offer)) continue;
        price ??= num(offer.price) ?? num(offer.lowPrice);
        currency ||= clean(offer.priceCurrency, 8);
        seller ||= nameOf(offer.seller) || nameOf(offer.offeredBy);
      }
    }
    if (ts.some((t) => ARTICLEISH.test(t))) {
      author ||= authorsOf(node.author);
      published ||= clean(node.datePublished, 64);
      headline ||= clean(node.headline, 1000) || clean(typeof node.name === 'string' ? node.name : '', 1000);
      const pub = nameOf(node.publisher);
      publisher ||= pub;
      organizationName ||= pub;
    }
  }
  markupTypes(doc).forEach((t) => types.size < 30 && types.add(t));

  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  let canonicalUrl: string;
  try {
    canonicalUrl = canonicalHref ? new URL(canonicalHref, url).href : '';
  } catch {
    canonicalUrl = '';
  }
  if (!/^https?:/i.test(canonicalUrl)) canonicalUrl = '';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }

  const articlePublisher = metaContent(doc, 'article:publisher');
  if (!publisher && articlePublisher && !isUrl(articlePublisher)) publisher = articlePublisher;
  const siteName = cleanSiteLabel(
    metaContent(doc, 'og:site_name', 'application-name', 'apple-mobile-web-app-title') || websiteName || metaContent(doc, 'twitter:site').replace(/^@/, ''),
  );
  const rawTitle = clean(metaContent(doc, 'og:title', 'twitter:title') || doc.title, 1000);
  const metaAuthor = [metaContent(doc, 'author'), metaContent(doc, 'article:author'), metaContent(doc, 'DC.creator', 'dc.creator', 'DC.Creator', 'dcterms.creator'), metaContent(doc, 'parsely-author'), metaContent(doc, 'sailthru.author'), metaContent(doc, 'byl')]
    .map(bylineName)
    .find(Boolean);
  const lang = doc.documentElement.getAttribute('lang') || metaContent(doc, 'og:locale', 'content-language', 'language') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || '';
  const field = readBrandField(doc);

  const data = {
    canonicalUrl: canonicalUrl.slice(0, 8192),
    title: clean(titleWithoutSite(rawTitle, siteName, host), 1000),
    pageTitle: clean(doc.title, 1000),
    headline: headline || (/article/i.test(metaContent(doc, 'og:type')) ? rawTitle : ''),
    siteName,
    author: clean(author || metaAuthor || visibleByline(doc), 300),
    published: clean(published || metaContent(doc, 'article:published_time', 'date', 'pubdate', 'DC.date', 'dc.date', 'parsely-pub-date', 'sailthru.date'), 64),
    language: clean(bcp47(lang), 35),
    description: clean(metaContent(doc, 'og:description', 'description'), 2000),
    itemName: clean(itemName, 300),
    brandName: clean(brandName, 200),
    organizationName: clean(organizationName, 200),
    publisher: clean(publisher, 200),
    hasPublisher: !!(publisher || articlePublisher),
    ogType: clean(metaContent(doc, 'og:type'), 40).toLowerCase(),
    newsSignals:
      !!metaContent(doc, 'news_keywords', 'parsely-title', 'parsely-pub-date', 'sailthru.date', 'article:section', 'DC.publisher', 'dc.publisher', 'original-source', 'syndication-source', 'article.published', 'analyticsAttributes.articleType') ||
      /^news$/i.test(metaContent(doc, 'medium')) ||
      /^news$/i.test(metaContent(doc, 'og:type').trim()),
    generator: clean(metaContent(doc, 'generator'), 100),
    brandField: clean(field.brand, 200),
    storeName: clean(field.store, 200),
    seller: clean(seller, 200),
    copyrightHolder: clean(copyrightHolder(doc), 200),
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
