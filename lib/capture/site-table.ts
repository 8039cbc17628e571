import type { SourceType } from '../model';

/** A platform researchers clip from, by its registrable domain. */
export interface KnownSite {
  domain: string;
  name: string;
  sourceType: SourceType;
}

/**
 * The maintained table of platforms (DESIGN.md §2). A host matches an entry
 * when it is the domain or a subdomain of it. Keep entries grouped by type.
 */
export const KNOWN_SITES: readonly KnownSite[] = [
  // Review platforms
  ...([
    ['g2.com', 'G2'], ['trustpilot.com', 'Trustpilot'], ['tripadvisor.com', 'Tripadvisor'],
    ['tripadvisor.co.uk', 'Tripadvisor'], ['tripadvisor.cn', 'Tripadvisor'], ['booking.com', 'Booking.com'],
    ['yelp.com', 'Yelp'], ['capterra.com', 'Capterra'], ['getapp.com', 'GetApp'],
    ['trustradius.com', 'TrustRadius'], ['glassdoor.com', 'Glassdoor'], ['sitejabber.com', 'Sitejabber'],
    ['reviews.io', 'REVIEWS.io'], ['productreview.com.au', 'ProductReview'], ['dianping.com', '大众点评'],
    ['meituan.com', '美团'], ['ctrip.com', '携程'], ['trip.com', 'Trip.com'], ['mafengwo.cn', '马蜂窝'],
    ['reviews.test', 'Reviews'],
  ] as const).map(([domain, name]) => ({ domain, name, sourceType: 'review_platform' as const })),
  // Social
  ...([
    ['x.com', 'X'], ['twitter.com', 'X'], ['facebook.com', 'Facebook'], ['instagram.com', 'Instagram'],
    ['tiktok.com', 'TikTok'], ['douyin.com', '抖音'], ['youtube.com', 'YouTube'], ['youtu.be', 'YouTube'],
    ['linkedin.com', 'LinkedIn'], ['reddit.com', 'Reddit'], ['weibo.com', '微博'], ['weibo.cn', '微博'],
    ['xiaohongshu.com', '小红书'], ['xhslink.com', '小红书'], ['zhihu.com', '知乎'], ['bilibili.com', 'B站'],
    ['threads.net', 'Threads'], ['pinterest.com', 'Pinterest'], ['mp.weixin.qq.com', '微信公众号'],
    ['kuaishou.com', '快手'], ['social.test', 'Social'],
  ] as const).map(([domain, name]) => ({ domain, name, sourceType: 'social' as const })),
  // Search engines
  ...([
    ['google.com', 'Google'], ['google.co.uk', 'Google'], ['google.com.hk', 'Google'], ['bing.com', 'Bing'],
    ['baidu.com', '百度'], ['duckduckgo.com', 'DuckDuckGo'], ['yandex.com', 'Yandex'], ['sogou.com', '搜狗'],
    ['so.com', '360搜索'], ['search.yahoo.com', 'Yahoo'], ['search.test', 'Search'],
  ] as const).map(([domain, name]) => ({ domain, name, sourceType: 'search' as const })),
  // Marketplaces
  ...([
    ['amazon.com', 'Amazon'], ['amazon.co.uk', 'Amazon'], ['amazon.de', 'Amazon'], ['amazon.cn', 'Amazon'],
    ['amazon.co.jp', 'Amazon'], ['ebay.com', 'eBay'], ['etsy.com', 'Etsy'], ['aliexpress.com', 'AliExpress'],
    ['taobao.com', '淘宝'], ['tmall.com', '天猫'], ['jd.com', '京东'], ['pinduoduo.com', '拼多多'],
    ['yangkeduo.com', '拼多多'], ['walmart.com', 'Walmart'], ['rakuten.co.jp', 'Rakuten'],
    ['market.test', 'Market'],
  ] as const).map(([domain, name]) => ({ domain, name, sourceType: 'marketplace' as const })),
  // Forums and communities
  ...([
    ['quora.com', 'Quora'], ['stackexchange.com', 'Stack Exchange'], ['stackoverflow.com', 'Stack Overflow'],
    ['tieba.baidu.com', '百度贴吧'], ['douban.com', '豆瓣'], ['v2ex.com', 'V2EX'], ['news.ycombinator.com', 'Hacker News'],
    ['forum.test', 'Forum'],
  ] as const).map(([domain, name]) => ({ domain, name, sourceType: 'forum' as const })),
  // News
  ...([
    ['nytimes.com', 'The New York Times'], ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'], ['reuters.com', 'Reuters'],
    ['theguardian.com', 'The Guardian'], ['techcrunch.com', 'TechCrunch'], ['theverge.com', 'The Verge'],
    ['36kr.com', '36氪'], ['sina.com.cn', '新浪'], ['caixin.com', '财新'], ['news.test', 'News'],
  ] as const).map(([domain, name]) => ({ domain, name, sourceType: 'news' as const })),
];

/** The table entry for a host, most specific domain first (`tieba.baidu.com` before `baidu.com`). */
export function findKnownSite(host: string): KnownSite | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  let best: KnownSite | undefined;
  for (const site of KNOWN_SITES) {
    if (h === site.domain || h.endsWith('.' + site.domain)) {
      if (!best || site.domain.length > best.domain.length) best = site;
    }
  }
  if (best) return best;
  // National variants of the big platforms: google.de, amazon.fr, amazon.com.br …
  const family = /(?:^|\.)(google|bing|amazon|ebay|tripadvisor|booking|yelp|trustpilot)\.(?:com?\.)?[a-z]{2,3}$/.exec(h)?.[1];
  if (family) {
    const base = KNOWN_SITES.find((s) => s.domain === `${family}.com`);
    if (base) return { ...base, domain: h };
  }
  return undefined;
}
