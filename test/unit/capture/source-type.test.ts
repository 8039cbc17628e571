import { describe, expect, it } from 'vitest';
import { PageMetadataSchema, type PageMetadata } from '../../../lib/capture/page-metadata';
import { findKnownSite, KNOWN_SITES } from '../../../lib/capture/site-table';
import { detectSource, siteNameFromHost } from '../../../lib/capture/source-type';
import { makeBrand } from './helpers';

const meta = (over: Partial<PageMetadata> = {}): PageMetadata => PageMetadataSchema.parse(over);

describe('detectSource: known platforms', () => {
  const cases: [string, string, string][] = [
    ['https://www.g2.com/products/acme/reviews', 'review_platform', 'G2'],
    ['https://www.trustpilot.com/review/acme.com', 'review_platform', 'Trustpilot'],
    ['https://uk.trustpilot.com/review/acme.com', 'review_platform', 'Trustpilot'],
    ['https://www.tripadvisor.com/Hotel_Review-g1-d2.html', 'review_platform', 'Tripadvisor'],
    ['https://www.tripadvisor.co.uk/Restaurant_Review-g1.html', 'review_platform', 'Tripadvisor'],
    ['https://www.booking.com/hotel/de/acme.html', 'review_platform', 'Booking.com'],
    ['https://m.yelp.com/biz/acme-sf', 'review_platform', 'Yelp'],
    ['https://www.dianping.com/shop/12345', 'review_platform', '大众点评'],
    ['https://m.dianping.com/shopshare/abc', 'review_platform', '大众点评'],
    ['https://x.com/acme/status/1', 'social', 'X'],
    ['https://twitter.com/acme/status/1', 'social', 'X'],
    ['https://mobile.twitter.com/acme', 'social', 'X'],
    ['https://www.facebook.com/acme/posts/1', 'social', 'Facebook'],
    ['https://m.facebook.com/acme', 'social', 'Facebook'],
    ['https://www.instagram.com/p/abc/', 'social', 'Instagram'],
    ['https://www.tiktok.com/@acme/video/1', 'social', 'TikTok'],
    ['https://www.douyin.com/video/1', 'social', '抖音'],
    ['https://www.youtube.com/watch?v=abc', 'social', 'YouTube'],
    ['https://m.youtube.com/watch?v=abc', 'social', 'YouTube'],
    ['https://youtu.be/abc', 'social', 'YouTube'],
    ['https://www.linkedin.com/company/acme', 'social', 'LinkedIn'],
    ['https://old.reddit.com/r/acme/comments/1', 'social', 'Reddit'],
    ['https://weibo.com/u/123', 'social', '微博'],
    ['https://m.weibo.cn/detail/1', 'social', '微博'],
    ['https://www.xiaohongshu.com/explore/abc', 'social', '小红书'],
    ['https://zhuanlan.zhihu.com/p/123', 'social', '知乎'],
    ['https://www.bilibili.com/video/BV1', 'social', 'B站'],
    ['https://mp.weixin.qq.com/s/abc', 'social', '微信公众号'],
    ['https://www.google.com/search?q=acme', 'search', 'Google'],
    ['https://www.google.co.uk/search?q=acme', 'search', 'Google'],
    ['https://www.bing.com/search?q=acme', 'search', 'Bing'],
    ['https://cn.bing.com/search?q=acme', 'search', 'Bing'],
    ['https://www.baidu.com/s?wd=acme', 'search', '百度'],
    ['https://m.baidu.com/s?word=acme', 'search', '百度'],
    ['https://tieba.baidu.com/p/123', 'forum', '百度贴吧'],
    ['https://www.amazon.com/dp/B000', 'marketplace', 'Amazon'],
    ['https://www.amazon.co.uk/dp/B000', 'marketplace', 'Amazon'],
    ['https://item.taobao.com/item.htm?id=1', 'marketplace', '淘宝'],
    ['https://detail.tmall.com/item.htm?id=1', 'marketplace', '天猫'],
    ['https://item.jd.com/100012345678.html', 'marketplace', '京东'],
    ['https://item.m.jd.com/product/1.html', 'marketplace', '京东'],
    ['https://news.ycombinator.com/item?id=1', 'forum', 'Hacker News'],
    ['https://www.bbc.co.uk/news/business-1', 'news', 'BBC'],
  ];

  it.each(cases)('%s → %s (%s)', (url, sourceType, site) => {
    expect(detectSource(url)).toEqual({ sourceType, site });
  });

  it('the table wins over what the page says about itself', () => {
    const m = meta({ siteName: 'Trustpilot UK', types: ['NewsArticle'] });
    expect(detectSource('https://uk.trustpilot.com/review/acme.com', m)).toEqual({
      sourceType: 'review_platform',
      site: 'Trustpilot',
    });
  });
});

describe('findKnownSite', () => {
  it('matches the domain itself and any subdomain, case-insensitively, ignoring a trailing dot', () => {
    expect(findKnownSite('trustpilot.com')?.name).toBe('Trustpilot');
    expect(findKnownSite('uk.trustpilot.com')?.name).toBe('Trustpilot');
    expect(findKnownSite('WWW.G2.COM.')?.name).toBe('G2');
  });

  it('does not match look-alike domains', () => {
    expect(findKnownSite('notg2.com')).toBeUndefined();
    expect(findKnownSite('g2.com.evil.test')).toBeUndefined();
    expect(findKnownSite('mytrustpilot.com')).toBeUndefined();
    expect(findKnownSite('weixin.qq.com')).toBeUndefined();
  });

  it('prefers the most specific domain', () => {
    expect(findKnownSite('tieba.baidu.com')).toMatchObject({ domain: 'tieba.baidu.com', sourceType: 'forum' });
    expect(findKnownSite('jump.tieba.baidu.com')).toMatchObject({ domain: 'tieba.baidu.com', sourceType: 'forum' });
    expect(findKnownSite('baidu.com')).toMatchObject({ domain: 'baidu.com', sourceType: 'search' });
    expect(findKnownSite('www.baidu.com')).toMatchObject({ domain: 'baidu.com', sourceType: 'search' });
  });

  it('has no duplicate domains and only lower-case entries', () => {
    const domains = KNOWN_SITES.map((s) => `${s.domain}${s.path ? s.path.source : ''}`);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains.every((d) => d === d.toLowerCase())).toBe(true);
  });

  it('returns undefined for an empty host', () => {
    expect(findKnownSite('')).toBeUndefined();
  });
});

describe('detectSource: unknown sites', () => {
  it('an unknown domain is named by og:site_name, and is "other" until the page shows whose site it is', () => {
    expect(detectSource('https://www.acme.com/products/x', meta({ siteName: 'Acme Inc.' }))).toEqual({ sourceType: 'other', site: 'Acme Inc.' });
    // Its product's brand is the site's name, or its organisation or copyright holder is: the brand's own site.
    expect(detectSource('https://www.acme.com/products/x', meta({ siteName: 'Acme Inc.', brandName: 'Acme', types: ['Product'] }))).toEqual({
      sourceType: 'competitor_site',
      site: 'Acme Inc.',
    });
    expect(detectSource('https://www.acme.com/', meta({ siteName: 'Acme', organizationName: 'Acme Corporation' })).sourceType).toBe('competitor_site');
    expect(detectSource('https://www.acme.com/', meta({ siteName: 'Acme', copyrightHolder: 'Acme SIA' })).sourceType).toBe('competitor_site');
    // A study brand's domain or name.
    expect(detectSource('https://www.acme.com/', meta(), [makeBrand('a', 'Acme', ['acme.com'])]).sourceType).toBe('competitor_site');
    expect(detectSource('https://acme-shop.test/', meta({ siteName: 'Acme' }), [makeBrand('a', 'Acme')]).sourceType).toBe('competitor_site');
  });

  it("a help centre, or a site named after its own domain, is the brand's own site", () => {
    expect(detectSource('https://acme.zendesk.com/hc/en-us/articles/1-Returns', meta({ siteName: 'Acme' })).sourceType).toBe('competitor_site');
    expect(detectSource('https://help.initrode.example/article/9', meta({ siteName: 'Initrode' })).sourceType).toBe('competitor_site');
    expect(detectSource('https://www.initrode.example/pricing', meta({ siteName: 'Initrode', ogType: 'website' })).sourceType).toBe('competitor_site');
    // …but an article there, or a name that is not the domain's, proves nothing.
    expect(detectSource('https://www.initrode.example/story', meta({ siteName: 'Initrode', ogType: 'article' })).sourceType).toBe('other');
    expect(detectSource('https://www.initrode.example/', meta({ siteName: 'Welcome' })).sourceType).toBe('other');
  });

  it('falls back to a name made from the host', () => {
    expect(detectSource('https://www.acme.com/')).toEqual({ sourceType: 'other', site: 'Acme' });
    expect(detectSource('https://shop.globex.co.uk/basket')).toEqual({ sourceType: 'other', site: 'Globex' });
    expect(detectSource('https://acme.com', meta())).toEqual({ sourceType: 'other', site: 'Acme' });
  });

  it('recognises forums by host, path or JSON-LD type', () => {
    expect(detectSource('https://community.acme.com/x/1').sourceType).toBe('forum');
    expect(detectSource('https://forum.acme.com/').sourceType).toBe('forum');
    expect(detectSource('https://acme.com/forums/general/1').sourceType).toBe('forum');
    expect(detectSource('https://acme.com/t/slow-sync/42').sourceType).toBe('forum');
    expect(detectSource('https://acme.com/questions/1', meta({ types: ['QAPage'] })).sourceType).toBe('forum');
    expect(detectSource('https://acmeforum.com/').sourceType).toBe('other');
  });

  it('recognises news by JSON-LD type', () => {
    expect(detectSource('https://dailyplanet.test/a', meta({ types: ['NewsArticle'], siteName: 'Daily Planet' }))).toEqual({
      sourceType: 'news',
      site: 'Daily Planet',
    });
    expect(detectSource('https://blog.acme.com/a', meta({ types: ['Article'] })).sourceType).toBe('other');
    expect(detectSource('https://blog.acme.com/a', meta({ types: ['Article'], siteName: 'Acme Blog', organizationName: 'Acme' })).sourceType).toBe('competitor_site');
  });

  it('recognises a search. host with a search path or query', () => {
    expect(detectSource('https://search.acme.com/search?q=blender').sourceType).toBe('search');
    expect(detectSource('https://search.acme.com/results?query=blender').sourceType).toBe('search');
    // a site's own search page is still the site
    expect(detectSource('https://www.acme.com/search?q=blender').sourceType).toBe('other');
    expect(detectSource('https://www.acme.com/search?q=blender', meta(), [makeBrand('a', 'Acme', ['acme.com'])]).sourceType).toBe('competitor_site');
  });

  it('an unparsable URL is "other"', () => {
    expect(detectSource('not a url')).toEqual({ sourceType: 'other', site: '' });
  });

  it('bounds the site name', () => {
    expect(detectSource('https://acme.com/', meta({ siteName: 'A'.repeat(200) })).site).toHaveLength(200);
  });
});

describe('siteNameFromHost', () => {
  it.each([
    ['www.acme.com', 'Acme'],
    ['www2.acme.com', 'Acme'],
    ['help.acme.com', 'Acme'],
    ['acme.co.uk', 'Acme'],
    ['shop.acme.com.cn', 'Acme'],
    ['localhost', 'Localhost'],
  ])('%s → %s', (host, name) => {
    expect(siteNameFromHost(host)).toBe(name);
  });
});
