// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  cleanSiteName,
  detectBrand,
  hostMatchesDomain,
  registrableDomain,
} from '../../../lib/capture/brand-detection';
import { PageMetadataSchema, type PageMetadata } from '../../../lib/capture/page-metadata';
import { detectSource } from '../../../lib/capture/source-type';
import type { Brand } from '../../../lib/model';
import { fixtureMeta, makeBrand } from './helpers';

const meta = (over: Partial<PageMetadata> = {}): PageMetadata => PageMetadataSchema.parse(over);

/** Runs detection the way the capture handler does: source first, then brand. */
function detect(url: string, brands: readonly Brand[], m?: PageMetadata, selection?: string) {
  return detectBrand({ url, meta: m, selection, source: detectSource(url, m, brands) }, brands);
}

const acme = makeBrand('b-acme', 'Acme', ['www.acme.com'], ['ACME Corp', 'アクメ']);
const globex = makeBrand('b-globex', 'Globex', ['globex.co.uk']);
const initech = makeBrand('b-initech', '英泰科', ['initech.cn'], ['Initech']);
const brands = [acme, globex, initech];

describe('registrableDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['help.acme.com', 'acme.com'],
    ['a.b.c.acme.com', 'acme.com'],
    ['acme.co.uk', 'acme.co.uk'],
    ['help.acme.co.uk', 'acme.co.uk'],
    ['shop.acme.com.cn', 'acme.com.cn'],
    ['www.acme.ne.jp', 'acme.ne.jp'],
    ['HELP.ACME.COM.', 'acme.com'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('hostMatchesDomain', () => {
  it('matches the domain, its subdomains and www variants', () => {
    expect(hostMatchesDomain('acme.com', 'acme.com')).toBe(true);
    expect(hostMatchesDomain('help.acme.com', 'www.acme.com')).toBe(true);
    expect(hostMatchesDomain('www.acme.com', 'acme.com')).toBe(true);
    expect(hostMatchesDomain('Help.Acme.com', 'ACME.COM')).toBe(true);
  });

  it('matches sibling hosts of the same registrable domain', () => {
    expect(hostMatchesDomain('shop.acme.com', 'help.acme.com')).toBe(true);
    expect(hostMatchesDomain('help.globex.co.uk', 'shop.globex.co.uk')).toBe(true);
  });

  it('does not match other domains', () => {
    expect(hostMatchesDomain('notacme.com', 'acme.com')).toBe(false);
    expect(hostMatchesDomain('acme.com.evil.test', 'acme.com')).toBe(false);
    expect(hostMatchesDomain('acme.co.uk', 'globex.co.uk')).toBe(false);
    expect(hostMatchesDomain('acme.com', 'acme.co.uk')).toBe(false);
    expect(hostMatchesDomain('', 'acme.com')).toBe(false);
    expect(hostMatchesDomain('acme.com', '')).toBe(false);
  });
});

describe('cleanSiteName', () => {
  it.each([
    ['Acme Help Center', 'Acme'],
    ['Acme Help Centre', 'Acme'],
    ['Acme | Official Site', 'Acme'],
    ['Acme - Official Store', 'Acme'],
    ['Acme Support Center', 'Acme'],
    ['Acme — Blog', 'Acme'],
    ['Acme Docs | Knowledge Base', 'Acme'],
    ['Acme官方网站', 'Acme'],
    ['Acme 帮助中心', 'Acme'],
    ['京东商城', '京东'],
    ['  Acme   Corp  ', 'Acme Corp'],
    ['Acme', 'Acme'],
  ])('%s → %s', (name, expected) => {
    expect(cleanSiteName(name)).toBe(expected);
  });

  it('never cleans a name down to nothing', () => {
    expect(cleanSiteName('Shop')).toBe('Shop');
    expect(cleanSiteName('Help Center')).toBe('Help Center');
  });

  it('bounds the length', () => {
    expect(cleanSiteName('A'.repeat(300))).toHaveLength(120);
  });
});

describe('detectBrand on a brand’s own site', () => {
  it('matches by exact domain without proposing a new one', () => {
    expect(detect('https://www.acme.com/pricing', brands)).toEqual({ brandId: 'b-acme', name: 'Acme', reason: 'domain' });
    expect(detect('https://acme.com/', brands)).toEqual({ brandId: 'b-acme', name: 'Acme', reason: 'domain' });
  });

  it('matches a subdomain and proposes it as a new domain', () => {
    const m = fixtureMeta('help-center.html', 'https://help.acme.com/articles/returns');
    expect(detect('https://help.acme.com/articles/returns', brands, m)).toEqual({
      brandId: 'b-acme',
      name: 'Acme',
      reason: 'domain',
      newDomain: 'help.acme.com',
    });
  });

  it('matches a co.uk brand from a sibling host', () => {
    expect(detect('https://support.globex.co.uk/ticket', brands)).toEqual({
      brandId: 'b-globex',
      name: 'Globex',
      reason: 'domain',
      newDomain: 'support.globex.co.uk',
    });
  });

  it('the domain wins over names mentioned on the page', () => {
    const m = meta({ title: 'Globex vs Acme', siteName: 'Acme' });
    expect(detect('https://www.acme.com/compare/globex', brands, m, 'Globex is slower')).toMatchObject({
      brandId: 'b-acme',
      reason: 'domain',
    });
  });
});

describe('detectBrand on review platforms and marketplaces', () => {
  it('takes the reviewed brand from JSON-LD, never the platform', () => {
    const url = 'https://uk.trustpilot.com/review/acme.com';
    const m = fixtureMeta('trustpilot-review.html', url);
    expect(detect(url, brands, m)).toEqual({ brandId: 'b-acme', name: 'Acme', reason: 'reviewed-item' });
  });

  it('proposes the reviewed name when no study brand matches', () => {
    const url = 'https://uk.trustpilot.com/review/acme.com';
    const m = fixtureMeta('trustpilot-review.html', url);
    expect(detect(url, [globex], m)).toEqual({ name: 'Acme', reason: 'reviewed-item' });
  });

  it('prefers JSON-LD brand over the product name', () => {
    const url = 'https://item.jd.com/100012345678.html';
    const m = fixtureMeta('jd-product-zh.html', url);
    expect(detect(url, [], m)).toEqual({ name: 'Acme', reason: 'reviewed-item' });
    expect(detect(url, brands, m)).toEqual({ brandId: 'b-acme', name: 'Acme', reason: 'reviewed-item' });
  });

  it('reads the reviewed name from the title when there is no JSON-LD', () => {
    const m = meta({ title: 'Globex Reviews | Read Customer Service Reviews of globex.co.uk', siteName: 'Trustpilot' });
    expect(detect('https://www.trustpilot.com/review/globex.co.uk', [], m)).toEqual({
      name: 'Globex',
      reason: 'reviewed-item',
    });
    const g2 = meta({ title: 'Initech Reviews 2026: Details, Pricing, & Features | G2' });
    expect(detect('https://www.g2.com/products/initech/reviews', [], g2)).toEqual({ name: 'Initech', reason: 'reviewed-item' });
    const dp = meta({ title: '海底捞火锅的评价 - 大众点评' });
    expect(detect('https://www.dianping.com/shop/1/review_all', [], dp)).toEqual({ name: '海底捞火锅', reason: 'reviewed-item' });
  });

  it('matches a study brand named in the title (alias), without proposing a domain', () => {
    const m = meta({ title: 'Initech Reviews 2026 | G2' });
    expect(detect('https://www.g2.com/products/initech/reviews', brands, m)).toEqual({
      brandId: 'b-initech',
      name: '英泰科',
      reason: 'alias',
    });
  });

  it('never proposes the platform itself', () => {
    const m = meta({ title: 'Trustpilot', siteName: 'Trustpilot', itemName: 'Trustpilot' });
    expect(detect('https://www.trustpilot.com/', [], m)).toEqual({ name: '', reason: 'none' });
    expect(detect('https://www.trustpilot.com/', [])).toEqual({ name: '', reason: 'none' });
    const tp = makeBrand('b-tp', 'Trustpilot', ['trustpilot.com']);
    expect(detect('https://www.trustpilot.com/', [tp], m)).toEqual({ name: '', reason: 'none' });
  });

  it('does not match a brand by domain on a third-party platform', () => {
    // a brand that listed its marketplace store host still is not "own site" there
    const shop = makeBrand('b-shop', 'Shopco', ['shopco.tmall.com']);
    expect(detect('https://shopco.tmall.com/', [shop])).toEqual({ name: '', reason: 'none' });
  });

  it('finds an alias in the selection on social media', () => {
    expect(detect('https://x.com/someone/status/1', brands, meta({ title: 'someone on X' }), 'Thanks ACME Corp for the quick refund!')).toEqual({
      brandId: 'b-acme',
      name: 'Acme',
      reason: 'alias',
    });
  });

  it('finds a CJK alias as a substring', () => {
    expect(detect('https://www.xiaohongshu.com/explore/1', brands, meta(), '今天试了アクメ的新品')).toMatchObject({
      brandId: 'b-acme',
      reason: 'alias',
    });
  });

  it('matches names as whole words only, longest first', () => {
    const pro = makeBrand('b-pro', 'Acme Pro');
    expect(detect('https://www.reddit.com/r/x/1', [acme, pro], meta(), 'I moved to Acme Pro last week')).toMatchObject({
      brandId: 'b-pro',
    });
    expect(detect('https://www.reddit.com/r/x/1', [acme], meta(), 'Acmeville is a town')).toEqual({ name: '', reason: 'none' });
  });
});

describe('detectBrand on unknown sites', () => {
  it('proposes the site name minus suffixes, and the host as its domain', () => {
    const m = fixtureMeta('help-center.html', 'https://help.initrode.test/articles/returns');
    expect(detect('https://help.initrode.test/articles/returns', [globex, initech], m)).toEqual({
      name: 'Acme',
      reason: 'site-name',
      newDomain: 'help.initrode.test',
    });
    const zh = meta({ siteName: '海尔官方网站' });
    expect(detect('https://www.haier.test/', [], zh)).toEqual({ name: '海尔', reason: 'site-name', newDomain: 'haier.test' });
  });

  it('falls back to the organization the site is named after; a bare page proposes nothing', () => {
    const m = fixtureMeta('graph-org-article.html', 'https://globex.test/blog/onboarding');
    // og:site_name "Globex Blog" → "Globex"
    expect(detect('https://globex.test/blog/onboarding', [], m)).toMatchObject({ name: 'Globex', reason: 'site-name' });
    expect(detect('https://globex.test/', [], meta({ organizationName: 'Globex Corporation' }))).toMatchObject({
      name: 'Globex Corporation',
      reason: 'site-name',
    });
    // A bare page says nothing about whose site it is: Brand stays empty (never a name made from the host).
    expect(detect('https://www.umbrella.test/about', [])).toEqual({ name: '', reason: 'none' });
  });

  it('matches a study brand named in the title and proposes the new host', () => {
    const m = meta({ title: 'Acme 官方旗舰店', siteName: 'Acme 中国' });
    expect(detect('https://acme-china.test/', brands, m)).toEqual({
      brandId: 'b-acme',
      name: 'Acme',
      reason: 'site-name',
      newDomain: 'acme-china.test',
    });
  });

  it('gives nothing for an unparsable URL with no metadata', () => {
    expect(detect('not a url', brands)).toEqual({ name: '', reason: 'none' });
  });
});

describe('detectBrand on review platforms without structured data', () => {
  it('takes the business from the start of the title, in proper casing, never the whole title', () => {
    const cases: [string, string, string][] = [
      ['https://www.tripadvisor.com/Hotel_Review-g1-d2.html', 'THE HARBOR LINE HOTEL - Updated 2026 Prices & Reviews (Seattle, WA)', 'The Harbor Line Hotel'],
      ['https://www.yelp.com/biz/golden-lotus', 'GOLDEN LOTUS NOODLE BAR - Updated March 2026 - 388 Reviews - Yelp', 'Golden Lotus Noodle Bar'],
      ['https://www.g2.com/products/zentro/reviews', 'Zentro Desk Reviews 2026: Details, Pricing, & Features | G2', 'Zentro Desk'],
      ['https://www.trustpilot.com/review/initech.test', 'Initech Reviews | Read Customer Service Reviews of initech.test', 'Initech'],
    ];
    for (const [url, title, name] of cases) {
      const m = meta({ title, pageTitle: title });
      expect(detectBrand({ url, meta: m, source: detectSource(url, m) }, [])).toEqual({ name, reason: 'reviewed-item' });
    }
    // A review page title that names a study brand's near-duplicate resolves to the study brand.
    const m = meta({ title: 'Brightline Reviews | Read Customer Service Reviews of brightline.example' });
    const url = 'https://www.trustpilot.com/review/brightline.example';
    expect(detectBrand({ url, meta: m, source: detectSource(url, m) }, [makeBrand('b', 'Brightline Mattress')])).toMatchObject({ brandId: 'b', name: 'Brightline Mattress' });
  });
});
