/**
 * Hosts and site names: which hosts belong together, which are shared
 * hosting, and a site's name without "Help Center" / 官方旗舰店 suffixes.
 */

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
 * `acme.zendesk.com` and `globex.zendesk.com` are not the same brand, and
 * "Blogspot" or "Github" is never the brand of a page hosted there.
 */
export const SHARED_HOSTS = new Set([
  'zendesk.com', 'freshdesk.com', 'helpscoutdocs.com', 'intercom.help', 'github.io', 'gitlab.io', 'github.com',
  'myshopify.com', 'shopify.com', 'wordpress.com', 'blogspot.com', 'blogger.com', 'medium.com', 'substack.com',
  'notion.site', 'herokuapp.com', 'vercel.app', 'netlify.app', 'pages.dev', 'web.app', 'firebaseapp.com',
  'wixsite.com', 'squarespace.com', 'tumblr.com', 'tmall.com', 'taobao.com', 'jd.com', 'weebly.com',
  'azurewebsites.net', 'cloudfront.net', 'amazonaws.com', 'appspot.com', 'hubspotpagesites.com',
  'livejournal.com', 'typepad.com', 'blog.jp', 'hatenablog.com', 'pixnet.net', 'blog.163.com', 'csdn.net',
  'cnblogs.com', 'jianshu.com', 'wixstudio.com', 'readthedocs.io', 'gitbook.io', 'ghost.io', 'hashnode.dev',
  'over-blog.com', 'jimdofree.com', 'site123.me', 'webflow.io', 'carrd.co', 'strikingly.com', 'tilda.ws',
]);

/** Blog hosting: a page here is someone's blog, never a brand's site by its host alone. */
const BLOG_HOSTS = ['blogspot.com', 'blogger.com', 'wordpress.com', 'medium.com', 'substack.com', 'tumblr.com', 'github.io', 'gitlab.io',
  'livejournal.com', 'typepad.com', 'hatenablog.com', 'blog.jp', 'pixnet.net', 'blog.163.com', 'csdn.net', 'cnblogs.com', 'jianshu.com',
  'ghost.io', 'hashnode.dev', 'over-blog.com', 'notion.site', 'github.com'];

export function isBlogHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return BLOG_HOSTS.some((d) => h === d || h.endsWith('.' + d));
}

/** Names of hosting services (and their sites) that are never a page's brand. */
export const HOSTING_NAMES = /^(blogspot|blogger|github|gitlab|wordpress|wordpress\.com|medium|substack|tumblr|wix|squarespace|weebly|notion|vercel|netlify|heroku|shopify|ghost|hashnode|livejournal|typepad|pixnet|痞客邦|csdn|博客园|简书|read the docs|gitbook)$/i;

const bare = (h: string) => h.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** Whether `host` is on a shared hosting platform (its own subdomain or the platform itself). */
export function isSharedHost(host: string): boolean {
  const h = bare(host);
  for (const d of SHARED_HOSTS) if (h === d || h.endsWith('.' + d)) return !['tmall.com', 'taobao.com', 'jd.com', 'shopify.com'].includes(d);
  return false;
}

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
  /(?:(?:\s+|\s*[-|–—·:]\s*)(?:help\s*cent(?:er|re)|support(?:\s*cent(?:er|re))?|official\s*(?:site|store|website|shop)|online\s*store|store|shop|blog|community|docs|documentation|knowledge\s*base|faq)|\s*(?:官方网站|官方網站|官网|官網|官方旗舰店|官方旗艦店|旗舰店|旗艦店|专卖店|專賣店|专营店|專營店|帮助中心|幫助中心|客服中心|商城|官方|品牌館|品牌馆|-store))\s*$/i;

/** `Acme Help Center` → `Acme`; `Acme | Official Site` → `Acme`; `耐克官方旗舰店` → `耐克`. */
export function cleanSiteName(name: string): string {
  let out = name.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(SITE_SUFFIXES, '').replace(/[\s\-|–—·:]+$/, '').trim();
    if (next === out || !next) break;
    out = next;
  }
  return out.slice(0, 120);
}
