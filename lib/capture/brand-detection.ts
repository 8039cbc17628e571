import { brandKey, type Brand } from '../model';
import { resemblingBrands } from './brand-resemblance';
import { hostOf } from './normalize-url';
import type { PageMetadata } from './page-metadata';
import { HOSTING_NAMES, cleanSiteName, hostIsUnder, hostMatchesDomain, isBlogHost, isSharedHost } from './site-names';
import type { SourceInfo } from './source-type';

export { cleanSiteName, hostIsUnder, hostMatchesDomain, ownerDomain, registrableDomain } from './site-names';

/**
 * Brand policy (README "Brand and source policy"). The brand is the company
 * whose handling of the moment the clip is evidence of — never the platform,
 * a news publisher, a hosting service, or a page title or headline. The
 * pre-fill, in order:
 *
 * 1. a study brand, matched by its domain (on its own site), or by its name or
 *    an alias (product names known as the brand's count) in the structured
 *    data (`itemReviewed`, `Product.brand`, seller / store fields), the visible
 *    brand field, the title, the selection and the post it sits in;
 * 2. a structured brand field — JSON-LD `brand` or the reviewed item, "Brand:",
 *    "Marke:", 品牌, "Visit the … Store", 店铺 names — in its proper casing
 *    (JSON-LD's "The Harbor Line Hotel" over a title's capitals);
 * 3. the site's own name, only on a brand's own site (`competitor_site`);
 * 4. otherwise nothing: Brand stays empty and the form offers the study's brands.
 *
 * A proposal that resembles an existing brand ("Brightline" next to
 * "Brightline Mattress") becomes that brand. A host is offered for the brand's
 * domains (`newDomain`) only on its own site, and is added only when the
 * researcher confirms it in the form.
 */

export type BrandReason = 'domain' | 'alias' | 'reviewed-item' | 'brand-field' | 'site-name' | 'none';

export interface DetectedBrand {
  /** The study brand matched, when one was. */
  brandId?: string;
  /** The brand name to pre-fill in the form ('' when not sure). */
  name: string;
  reason: BrandReason;
  /** A host the researcher may confirm as the brand's own site (never added without asking). */
  newDomain?: string;
}

/** Whether `name` appears in `text` as a whole word (CJK names: as a substring). */
function mentions(text: string, name: string): boolean {
  const key = brandKey(name);
  if (key.length < 2) return false;
  const hay = brandKey(text);
  const at = hay.indexOf(key);
  if (at < 0) return false;
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(key)) return true;
  // A Latin name written straight against Chinese ("入手Globex扫地机") still stands alone.
  const word = /[\p{L}\p{N}]/u;
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
  const joins = (c: string | undefined) => !!c && word.test(c) && !cjk.test(c);
  for (let i = at; i >= 0; i = hay.indexOf(key, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + key.length];
    if (!joins(before) && !joins(after)) return true;
  }
  return false;
}

/** The brand named in `text` (longest name first, so "Acme Pro" beats "Acme"), never one of `excluded`'s. */
function byNameOrAlias(brands: readonly Brand[], text: string, excluded: readonly string[]): Brand | undefined {
  if (!text) return undefined;
  const candidates = brands
    .filter((b) => !excluded.includes(b.nameKey) && !excluded.includes(brandKey(b.name)))
    .flatMap((b) => [b.name, ...b.aliases].map((n) => ({ b, n })))
    .filter(({ n }) => !excluded.includes(brandKey(n)))
    .sort((a, z) => z.n.length - a.n.length);
  return candidates.find(({ n }) => mentions(text, n))?.b;
}

const fold = (s: string) => brandKey(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** `THE HARBOR LINE HOTEL` → the same name as JSON-LD writes it, when it does. */
function properCasing(name: string, meta: PageMetadata | undefined): string {
  if (!meta || name !== name.toUpperCase() || !/[A-Z]{2}/.test(name)) return name;
  const better = [meta.itemName, meta.brandName, meta.organizationName, meta.item?.about ?? ''].find((n) => n && fold(n) === fold(name) && n !== n.toUpperCase());
  if (better) return better;
  // An all-caps name with no better spelling: title case for Latin words longer than an acronym.
  return name.length > 5 ? name.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : name;
}

/** Names that are never a brand on this page: the platform, the publisher, the headline, the title, hosting services. */
function forbiddenKeys(input: { url: string; meta?: PageMetadata; source: SourceInfo }): string[] {
  const m = input.meta;
  const third = input.source.sourceType !== 'competitor_site';
  const keys = [input.source.site, m?.headline ?? '', m?.title ?? '', m?.pageTitle ?? '', m?.publisher ?? ''];
  if (input.source.sourceType === 'news' || input.source.sourceType === 'other') keys.push(m?.siteName ?? '', m?.publisher ?? '');
  if (third) keys.push(m?.siteName ?? '');
  if (input.source.sourceType === 'news' && m) keys.push(m.organizationName);
  return keys.filter(Boolean).map((k) => brandKey(k));
}

/** Whether a proposed name is acceptable as a brand: short, not forbidden, not a hosting service. */
function acceptable(name: string, forbidden: readonly string[]): boolean {
  const n = name.trim();
  if (!n || n.length > 60) return false;
  if (n.split(/\s+/).length > 6) return false;
  if (HOSTING_NAMES.test(n)) return false;
  const k = brandKey(n);
  return !forbidden.some((f) => f === k || fold(f) === fold(n));
}

/**
 * Which brand a page is evidence about (see the policy above). The source
 * type comes first (`detectSource`): it says whether the page is the brand's
 * own site or a third party's.
 */
export function detectBrand(
  input: { url: string; meta?: PageMetadata; selection?: string; source: SourceInfo },
  brands: readonly Brand[],
): DetectedBrand {
  const host = hostOf(input.url);
  const meta = input.meta;
  const item = meta?.item ?? null;
  const type = input.source.sourceType;
  const ownSite = type === 'competitor_site';
  const mayOwnHost = ownSite || type === 'other';
  const forbidden = forbiddenKeys(input);
  const platformKeys = [brandKey(input.source.site)];
  if (type === 'news' && meta?.publisher) platformKeys.push(brandKey(meta.publisher));
  if (type !== 'competitor_site' && meta?.siteName) platformKeys.push(brandKey(meta.siteName));

  // 1a. A study brand owning this host (the exact host or a parent beats a sibling).
  if (mayOwnHost && host) {
    const own =
      brands.find((b) => b.domains.some((d) => hostIsUnder(host, d))) ??
      brands.find((b) => b.domains.some((d) => hostMatchesDomain(host, d)));
    if (own) {
      const known = own.domains.some((d) => d.replace(/^www\./, '') === host.replace(/^www\./, ''));
      return { brandId: own.id, name: own.name, reason: 'domain', ...(known ? {} : { newDomain: host }) };
    }
  }

  // 1b. A study brand named in structured fields, then the title, the selection and the post.
  const structured = [item?.about ?? '', meta?.brandName ?? '', meta?.brandField ?? '', meta?.itemName ?? '', item?.product ?? '', meta?.seller ?? '', meta?.storeName ?? '', item?.seller ?? ''];
  const texts: [string, BrandReason][] = [
    ...structured.map((t): [string, BrandReason] => [t, 'reviewed-item']),
    // On its own site, or on a community / help centre named after it ("Notely Community"), the site's name.
    ...(ownSite || (meta?.siteName && cleanSiteName(meta.siteName) !== meta.siteName.trim())
      ? [[cleanSiteName(meta?.siteName ?? ''), 'site-name'] as [string, BrandReason]]
      : []),
    [meta?.title ?? '', 'alias'],
    [meta?.pageTitle ?? '', 'alias'],
    [input.selection ?? '', 'alias'],
    [item?.text ?? '', 'alias'],
    [meta?.description ?? '', 'alias'],
  ];
  const ownName = `${meta?.siteName ?? ''}\n${meta?.organizationName ?? ''}`;
  for (const [text, reason] of texts) {
    const b = byNameOrAlias(brands, text, platformKeys);
    if (b) {
      const offerHost = ownSite && !!host && !isSharedHost(host) && [b.name, ...b.aliases].some((n) => mentions(ownName, n));
      return { brandId: b.id, name: b.name, reason, ...(offerHost ? { newDomain: host } : {}) };
    }
  }

  // 2. A structured brand field, in its proper casing; a resembling study brand wins.
  const fieldCandidates: string[] = [
    item?.about ?? '',
    meta?.brandName ?? '',
    meta?.brandField ?? '',
    (type === 'marketplace' || type === 'review_platform') && meta?.storeName ? cleanSiteName(meta.storeName) : '',
    type === 'review_platform' ? meta?.itemName ?? '' : '',
  ];
  for (const raw of fieldCandidates) {
    const name = properCasing(cleanSiteName(raw.trim()), meta);
    if (!acceptable(name, forbidden)) continue;
    const known = resembling(name, brands);
    if (known) return { brandId: known.id, name: known.name, reason: 'reviewed-item' };
    return { name: name.slice(0, 120), reason: raw === meta?.brandField || raw === meta?.storeName ? 'brand-field' : 'reviewed-item' };
  }

  // A review platform's page about one business: its title starts with the business's name
  // ("Acme Reviews | Read Customer Service Reviews…", "THE HARBOR LINE HOTEL - Updated 2026 Prices & Reviews").
  if (type === 'review_platform' && meta?.title && /reviews?\b|评价|評價|点评|點評|口碑/i.test(meta.pageTitle || meta.title)) {
    const first = (meta.pageTitle || meta.title).split(/\s+[|–—-]\s+|\s*[|｜]\s*|【|】/).find((p) => p.trim())?.trim() ?? '';
    const name = properCasing(
      first
        .replace(/\s+(customer\s+)?reviews?\b.*$/i, '')
        .replace(/(的)?(评价|評價|点评|點評|口碑).*$/, '')
        .trim(),
      meta,
    );
    if (name && acceptable(name, forbidden.filter((f) => f !== brandKey(meta.title) && f !== brandKey(meta.headline) && f !== brandKey(meta.pageTitle)))) {
      const known = resembling(name, brands);
      return known ? { brandId: known.id, name: known.name, reason: 'reviewed-item' } : { name, reason: 'reviewed-item' };
    }
  }

  // 3. The site's own name, only on a brand's own site.
  if (ownSite && !isBlogHost(host)) {
    const siteName = properCasing(cleanSiteName(meta?.siteName || meta?.organizationName || input.source.site || ''), meta);
    if (siteName && acceptable(siteName, [])) {
      const known = resembling(siteName, brands);
      if (known) return { brandId: known.id, name: known.name, reason: 'site-name', ...(host ? { newDomain: host } : {}) };
      return { name: siteName, reason: 'site-name', ...(host ? { newDomain: host } : {}) };
    }
  }
  return { name: '', reason: 'none' };
}

/** The study brand a proposed name resembles closely enough to use instead (same, spacing, prefix or a typo). */
function resembling(name: string, brands: readonly Brand[]): Brand | undefined {
  return resemblingBrands(name, brands)[0]?.brand;
}
