import type { Brand, SourceType } from '../model';
import { resemblance } from './brand-resemblance';
import { hostOf } from './normalize-url';
import type { PageMetadata } from './page-metadata';
import { findKnownSite } from './site-table';
import { isBlogHost, isSharedHost, cleanSiteName, hostIsUnder, hostMatchesDomain, registrableDomain } from './site-names';

export interface SourceInfo {
  sourceType: SourceType;
  /** The platform's or site's display name: `Trustpilot`, `Acme`. */
  site: string;
}

/** A readable site name from a host: `www.acme.com` → `Acme`. */
export function siteNameFromHost(host: string): string {
  const parts = host.replace(/^www\d?\./, '').split('.');
  const core = parts.length >= 3 && /^(co|com|org|net|gov|edu|ac)$/.test(parts[parts.length - 2]!)
    ? parts[parts.length - 3]!
    : parts.length >= 2
      ? parts[parts.length - 2]!
      : parts[0]!;
  return core ? core.charAt(0).toUpperCase() + core.slice(1) : host;
}

/** A search engine's result page: `/search?q=`, `/s?wd=`, `/html?q=` — not its home, maps, mail or docs. */
export function isSearchResults(path: string): boolean {
  const cut = path.search(/[?#]/);
  const p = cut < 0 ? path : path.slice(0, cut);
  const rest = cut < 0 ? '' : path.slice(cut);
  if (/^\/(search|s)\/[^/]/i.test(p)) return true;
  return /^\/(search|s|web|html|webhp|images|videos|news|shopping|yandsearch|res|results|index\.php)?\/?$/i.test(p) &&
    /[?&#](q|query|wd|word|keyword|p|text|search_query|kw)=[^&]/i.test(rest);
}

const FORUM_TYPES = /^(DiscussionForumPosting|QAPage|Question|Answer)$/;
const NEWS_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|NewsMediaOrganization)$/;
const FORUM_SOFTWARE = /discourse|phpbb|vbulletin|xenforo|discuz|invision|mybb|flarum|nodebb|smf|vanilla|phpwind/i;
const FORUM_HINT = /(^|\.)(forum|forums|community|bbs|discuss|discourse|answers)\.|\/(forum|forums|community|bbs|t|thread|threads|topic|topics|viewtopic\.php|showthread\.php|discussion|discussions|questions)(\/|\?|$)/i;
const BLOG_SOFTWARE = /blogger|hugo|jekyll|ghost|hexo|gatsby|typepad|movable\s*type|docusaurus|mkdocs|sphinx|pelican|eleventy|vuepress|hashnode/i;
const BLOG_HINT = /(^|\.)blog\.|\/blogs?(\/|$)|\/posts?\/|\/diary\//i;
const NEWS_HINT = /(^|\.)news\.|\/(news|nachrichten|zinas|xinwen|politics|business|world|economy|finance|tech|sport|sports)(\/|$)|\/20\d\d\/\d{1,2}\/(\d{1,2}\/)?|\/\d{8}\//i;
/** Help centres and support sites: always the brand's own (Zendesk `/hc/`, Freshdesk `/support/solutions/`, help.* hosts). */
const HELP_HINT = /(^|\.)(help|support|hilfe|aide|ayuda|palidziba|kefu|bangzhu)\.|\/hc\/|\/support\/solutions\/|\/help-?cent(er|re)\//i;
const LISTING_TYPES = /^(Product|ProductGroup|IndividualProduct|Offer|AggregateOffer|Car|Vehicle)$/;
const REVIEWED_TYPES = /^(Review|AggregateRating)$/;

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Whether two names are the same brand written differently ("Acme" / "ACME Inc." / "Acme Shop"). */
export function sameName(a: string, b: string): boolean {
  const ka = key(cleanSiteName(a));
  const kb = key(cleanSiteName(b));
  if (!ka || !kb) return false;
  return ka === kb || !!resemblance(cleanSiteName(a), cleanSiteName(b));
}

/** Signs the page is a personal or hosted blog rather than a publisher or a brand. */
export function blogSignals(host: string, path: string, meta?: PageMetadata): boolean {
  if (isBlogHost(host)) return true;
  if (!meta) return BLOG_HINT.test(host + path);
  const types = meta.types;
  if (types.includes('BlogPosting') && !types.some((t) => NEWS_TYPES.test(t))) return true;
  if (BLOG_SOFTWARE.test(meta.generator)) return true;
  if (meta.author && meta.publisher && key(meta.author) === key(meta.publisher)) return true;
  return BLOG_HINT.test(host + path);
}

/** Article pages (og:type=article, an Article type) — the kind a publisher puts out. */
function articleLike(meta: PageMetadata): boolean {
  return meta.ogType === 'article' || meta.types.some((t) => /^(Article|NewsArticle|ScholarlyArticle|Report)$/.test(t));
}

/**
 * Where a page sits, from evidence: the maintained platform table first, then
 * what the page says about itself (the platforms researchers clip from, README "Brand and source
 * policy"). `competitor_site` only for a study brand's own site or a site whose
 * name is the brand it presents; unknown pages are `other`.
 */
export function detectSource(url: string, meta?: PageMetadata, brands: readonly Brand[] = []): SourceInfo {
  const host = hostOf(url);
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + u.search + u.hash;
  } catch {
    path = '/';
  }
  const known = findKnownSite(host, path);
  if (known) {
    if (known.sourceType === 'search' && !isSearchResults(path)) return { sourceType: 'other', site: known.name };
    return { sourceType: known.sourceType, site: known.name };
  }
  const site = (meta?.siteName || siteNameFromHost(host)).slice(0, 200);
  if (!host) return { sourceType: 'other', site };
  // An unlisted search engine's result page (`search.example.com/search?q=`).
  if (/^search\./.test(host) && isSearchResults(path)) return { sourceType: 'search', site };

  // A study brand's own site (its domains) is the competitor's site, whatever the page says.
  if (brands.some((b) => b.domains.some((d) => hostIsUnder(host, d) || hostMatchesDomain(host, d)))) {
    return { sourceType: 'competitor_site', site };
  }
  const types = meta?.types ?? [];
  if (types.some((t) => FORUM_TYPES.test(t)) || FORUM_SOFTWARE.test(meta?.generator ?? '') || FORUM_HINT.test(host + path)) {
    return { sourceType: 'forum', site };
  }
  if (!meta) return { sourceType: 'other', site };
  const blog = blogSignals(host, path, meta);
  // Blog hosting (Medium, Substack, Blogger…) marks posts as NewsArticle too: still someone's blog.
  if (isBlogHost(host)) return { sourceType: 'other', site };
  if (types.some((t) => NEWS_TYPES.test(t))) return { sourceType: 'news', site };
  if (!blog && (articleLike(meta) || meta.ogType === 'news') && (meta.hasPublisher || meta.newsSignals || NEWS_HINT.test(host + path)) && !(meta.publisher && sameName(meta.publisher, meta.brandName || '\u0000'))) {
    // An article put out by a publisher (not the brand's own blog post about itself).
    const ownBrandBlog = brands.some((b) => [b.name, ...b.aliases].some((n) => sameName(n, meta.publisher || site)));
    if (!ownBrandBlog) return { sourceType: 'news', site };
  }
  // Older article pages without og:type: publisher tags (news_keywords, Parse.ly…) and a byline.
  if (!blog && meta.newsSignals && meta.author && !types.some((t) => LISTING_TYPES.test(t))) return { sourceType: 'news', site };
  const brandOfPage = meta.brandName || meta.brandField;
  const siteIsBrand = (name: string) => !!name && (sameName(name, site) || sameName(name, meta.organizationName));
  if (types.some((t) => LISTING_TYPES.test(t)) && (meta.price !== null || meta.seller || meta.storeName)) {
    const seller = meta.seller || meta.storeName;
    if (brandOfPage && !siteIsBrand(brandOfPage) && (!seller || !sameName(seller, brandOfPage))) return { sourceType: 'marketplace', site };
    if (!brandOfPage && seller && !sameName(seller, site)) return { sourceType: 'marketplace', site };
  }
  if (meta.review || types.some((t) => REVIEWED_TYPES.test(t))) {
    const about = meta.brandName || meta.itemName;
    if (about && !siteIsBrand(about) && !siteIsBrand(meta.itemName)) return { sourceType: 'review_platform', site };
  }
  if (HELP_HINT.test(host + path) && (meta.siteName || meta.organizationName) && !meta.types.some((t) => NEWS_TYPES.test(t))) {
    return { sourceType: 'competitor_site', site };
  }
  // A site whose name is the brand it presents: its product's brand, its organisation, a study brand, an "official site".
  const siteIsOrg = !!meta.organizationName && sameName(meta.organizationName, site) && !isBlogHost(host);
  if (blog) return { sourceType: siteIsOrg && !types.includes('Person') ? 'competitor_site' : 'other', site };
  const official = !!meta.siteName && cleanSiteName(meta.siteName) !== meta.siteName.trim();
  const isArticle = articleLike(meta);
  if (
    (brandOfPage && siteIsBrand(brandOfPage)) ||
    (!isArticle && siteIsOrg) ||
    (!isArticle && !!meta.copyrightHolder && sameName(meta.copyrightHolder, site) && !isBlogHost(host)) ||
    // Named after its own domain ("Acme" on acme.com), and not an article: a company's site.
    (!isArticle && !!meta.siteName && !isSharedHost(host) && key(meta.siteName) === key(registrableDomain(host).split('.')[0] ?? '')) ||
    brands.some((b) => [b.name, ...b.aliases].some((n) => sameName(n, site))) ||
    official
  ) {
    return { sourceType: 'competitor_site', site };
  }
  return { sourceType: 'other', site };
}
