import { brandKey, type Brand } from '../model';
import { hostOf } from './normalize-url';
import type { PageMetadata } from './page-metadata';
import type { SourceInfo } from './source-type';

export type BrandReason = 'domain' | 'alias' | 'reviewed-item' | 'site-name' | 'none';

export interface DetectedBrand {
  /** The study brand matched, when one was. */
  brandId?: string;
  /** The brand name to pre-fill in the form. */
  name: string;
  reason: BrandReason;
  /** A host to add to the brand's domains: the page is the brand's own, under a host not yet known. */
  newDomain?: string;
}

const SECOND_LEVEL = /^(co|com|org|net|gov|edu|ac|ne|or)$/;

/** `help.acme.co.uk` → `acme.co.uk`: good enough for grouping a brand's hosts. */
export function registrableDomain(host: string): string {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (parts.length <= 2) return parts.join('.');
  const n = parts.length;
  if (SECOND_LEVEL.test(parts[n - 2]!) && parts[n - 1]!.length === 2) return parts.slice(n - 3).join('.');
  return parts.slice(n - 2).join('.');
}

/**
 * Hosting platforms whose subdomains belong to different owners:
 * `acme.zendesk.com` and `globex.zendesk.com` are not the same brand.
 */
const SHARED_HOSTS = new Set([
  'zendesk.com', 'freshdesk.com', 'helpscoutdocs.com', 'intercom.help', 'github.io', 'gitlab.io',
  'myshopify.com', 'shopify.com', 'wordpress.com', 'blogspot.com', 'medium.com', 'substack.com',
  'notion.site', 'herokuapp.com', 'vercel.app', 'netlify.app', 'pages.dev', 'web.app', 'firebaseapp.com',
  'wixsite.com', 'squarespace.com', 'tumblr.com', 'tmall.com', 'taobao.com', 'jd.com', 'weebly.com',
  'azurewebsites.net', 'cloudfront.net', 'amazonaws.com', 'appspot.com', 'hubspotpagesites.com',
]);

const bare = (h: string) => h.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** `host` is `domain` or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  const h = bare(host);
  const d = bare(domain);
  return !!h && !!d && (h === d || h.endsWith('.' + d));
}

/**
 * Whether `host` belongs to a brand that owns `domain`: the domain itself, a
 * subdomain, or a sibling host of the same registrable domain
 * (`help.acme.com` for `www.acme.com`) — except on shared hosting platforms.
 */
export function hostMatchesDomain(host: string, domain: string): boolean {
  if (hostIsUnder(host, domain)) return true;
  const reg = registrableDomain(bare(host));
  return !!reg && !SHARED_HOSTS.has(reg) && reg === registrableDomain(bare(domain));
}

/**
 * The domain a brand owns for `host`: its registrable domain (`help.acme.co.uk`
 * → `acme.co.uk`), or on shared hosting the host itself (`acme.zendesk.com`).
 */
export function ownerDomain(host: string): string {
  const h = bare(host);
  const reg = registrableDomain(h);
  return SHARED_HOSTS.has(reg) && h !== reg ? h : reg;
}

/** Latin suffixes must stand as their own words; CJK ones may follow the name directly. */
const SITE_SUFFIXES =
  /(?:(?:\s+|\s*[-|–—·:]\s*)(?:help\s*cent(?:er|re)|support(?:\s*cent(?:er|re))?|official\s*(?:site|store|website)|online\s*store|store|shop|blog|community|docs|documentation|knowledge\s*base|faq)|\s*(?:官方网站|官方網站|官网|官網|官方旗舰店|官方旗艦店|旗舰店|旗艦店|专卖店|專賣店|帮助中心|幫助中心|客服中心|商城|官方))\s*$/i;

/** `Acme Help Center` → `Acme`; `Acme | Official Site` → `Acme`. */
export function cleanSiteName(name: string): string {
  let out = name.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(SITE_SUFFIXES, '').replace(/[\s\-|–—·:]+$/, '').trim();
    if (next === out || !next) break;
    out = next;
  }
  return out.slice(0, 120);
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

/** The brand named in `text` (longest name first, so "Acme Pro" beats "Acme"), never `excludeKey`'s. */
function byNameOrAlias(brands: readonly Brand[], text: string, excludeKey = ''): Brand | undefined {
  if (!text) return undefined;
  const candidates = brands
    .filter((b) => b.nameKey !== excludeKey && brandKey(b.name) !== excludeKey)
    .flatMap((b) => [b.name, ...b.aliases].map((n) => ({ b, n })))
    .sort((a, z) => z.n.length - a.n.length);
  return candidates.find(({ n }) => mentions(text, n))?.b;
}

function namesBrand(text: string, brand: Brand): boolean {
  return [brand.name, ...brand.aliases].some((n) => mentions(text, n));
}

function firstTitlePart(title: string): string {
  return title.split(/\s+[|–—-]\s+|\s*[|｜]\s*/)[0]!.trim();
}

/**
 * Which brand a page is evidence about. On the brand's own site the domain
 * decides; on review platforms and marketplaces the reviewed or sold brand,
 * never the platform itself.
 */
export function detectBrand(
  input: { url: string; meta?: PageMetadata; selection?: string; source: SourceInfo },
  brands: readonly Brand[],
): DetectedBrand {
  const host = hostOf(input.url);
  const meta = input.meta;
  const thirdParty = input.source.sourceType !== 'competitor_site' && input.source.sourceType !== 'other';

  if (!thirdParty) {
    // The brand owning this exact host (or a parent) beats one owning a sibling host.
    const own =
      brands.find((b) => b.domains.some((d) => hostIsUnder(host, d))) ??
      brands.find((b) => b.domains.some((d) => hostMatchesDomain(host, d)));
    if (own) {
      const known = own.domains.some((d) => d.replace(/^www\./, '') === host.replace(/^www\./, ''));
      return { brandId: own.id, name: own.name, reason: 'domain', ...(known ? {} : { newDomain: host }) };
    }
  }

  // The thing reviewed or sold: JSON-LD first, then aliases in the title, selection.
  const reviewed = meta ? meta.brandName || (thirdParty ? meta.itemName : '') : '';
  const platform = brandKey(input.source.site);
  const textSources = [reviewed, meta?.itemName ?? '', meta?.title ?? '', input.selection ?? ''];
  // A host joins the brand only when the page presents itself as the brand's (its site name says so).
  const ownName = `${meta?.siteName ?? ''}\n${meta?.organizationName ?? ''}`;
  for (const text of textSources) {
    const b = byNameOrAlias(brands, text, platform);
    if (b) {
      return {
        brandId: b.id,
        name: b.name,
        reason: text === reviewed ? 'reviewed-item' : 'alias',
        ...(!thirdParty && host && namesBrand(ownName, b) ? { newDomain: host } : {}),
      };
    }
  }
  if (reviewed && brandKey(reviewed) !== platform) {
    return { name: cleanSiteName(reviewed), reason: 'reviewed-item' };
  }
  if (thirdParty) {
    // A review page's title usually starts with the reviewed name: "Acme Reviews | Trustpilot".
    const fromTitle = firstTitlePart(meta?.title ?? '')
      .replace(/\s*(customer\s+)?reviews?\b.*$/i, '')
      .replace(/(的)?(评价|評價|点评|點評|口碑).*$/, '')
      .trim();
    if (fromTitle && brandKey(fromTitle) !== platform) return { name: fromTitle.slice(0, 120), reason: 'reviewed-item' };
    return { name: '', reason: 'none' };
  }
  const siteName = cleanSiteName(meta?.siteName || meta?.organizationName || input.source.site || '');
  if (siteName) return { name: siteName, reason: 'site-name', ...(host ? { newDomain: host } : {}) };
  return { name: '', reason: 'none' };
}
