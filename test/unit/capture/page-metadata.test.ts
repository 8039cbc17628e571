// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { jsonLdNodes, readPageMetadata, PageMetadataSchema } from '../../../lib/capture/page-metadata';
import { fixtureDoc, fixtureMeta, htmlDoc } from './helpers';

describe('readPageMetadata on fixture pages', () => {
  it('reads a Trustpilot-like Review: reviewed item, rating, author, date', () => {
    const m = fixtureMeta('trustpilot-review.html', 'https://uk.trustpilot.com/review/acme.com?page=2');
    expect(m).toMatchObject({
      title: 'Acme Reviews | Read Customer Service Reviews of acme.com',
      siteName: 'Trustpilot',
      language: 'en-GB',
      canonicalUrl: 'https://uk.trustpilot.com/review/acme.com',
      itemName: 'Acme',
      brandName: '',
      rating: 2,
      bestRating: 5,
      reviewDate: '2026-03-14T09:30:00Z',
      author: 'Jane Doe',
      review: true,
      price: null,
      currency: '',
    });
    expect(m.description).toContain("Acme's TrustScore");
    expect(m.types).toEqual(['Review']);
  });

  it('reads a Product: brand, price and currency, aggregate rating; og tags win', () => {
    const m = fixtureMeta('product-page.html', 'https://acme.test/products/blender-500');
    expect(m).toMatchObject({
      title: 'Acme Blender 500',
      siteName: 'Acme',
      description: 'A 500 W blender that crushes ice.',
      itemName: 'Acme Blender 500',
      brandName: 'Acme',
      organizationName: '',
      rating: 4.4,
      bestRating: 5,
      price: 129.99,
      currency: 'USD',
      review: true,
      canonicalUrl: '',
    });
    expect(m.types).toEqual(['Product']);
  });

  it('flattens @graph: Organization name and Article author/date', () => {
    const m = fixtureMeta('graph-org-article.html', 'https://globex.test/blog/onboarding');
    expect(m.types).toEqual(['Organization', 'WebSite', 'Article']);
    expect(m).toMatchObject({
      organizationName: 'Globex Corporation',
      author: 'Hank Scorpio',
      published: '2026-02-01',
      itemName: '',
      review: false,
      siteName: 'Globex Blog',
      title: 'How we rebuilt our onboarding',
      language: 'en-US',
    });
  });

  it('reads a 京东-like page: zh-CN, og tags, string brand, CNY price', () => {
    const m = fixtureMeta('jd-product-zh.html', 'https://item.jd.com/100012345678.html');
    expect(m).toMatchObject({
      language: 'zh-CN',
      title: 'Acme 破壁料理机 家用多功能',
      siteName: '京东',
      itemName: 'Acme 破壁料理机',
      brandName: 'Acme',
      price: 1299,
      currency: 'CNY',
      review: false,
      rating: null,
    });
    expect(m.description).toMatch(/^京东JD\.COM提供/);
  });

  it('survives broken JSON-LD and still reads the valid block', () => {
    const doc = fixtureDoc('broken-jsonld.html');
    expect(jsonLdNodes(doc)).toHaveLength(1);
    const m = readPageMetadata(doc, 'https://globex.test/widget');
    expect(m).toMatchObject({
      itemName: 'Globex Widget',
      brandName: 'Globex', // from manufacturer
      price: 19.5, // AggregateOffer lowPrice
      currency: 'EUR',
      author: 'Globex Staff', // <meta name="author">
      description: 'The Globex widget, now in blue.',
      title: 'Globex Widget',
    });
  });

  it('reads a NewsArticle: its authors, JSON-LD date over meta, publisher', () => {
    const m = fixtureMeta('news-article.html', 'https://dailyplanet.test/2026/04/acme-recall');
    expect(m.types).toEqual(['NewsArticle']);
    expect(m).toMatchObject({
      author: 'Lois Lane, Clark Kent',
      published: '2026-04-02T08:00:00Z',
      organizationName: 'Daily Planet',
      siteName: 'The Daily Planet',
      review: false,
    });
  });

  it('reads a help-centre page with og:site_name', () => {
    const m = fixtureMeta('help-center.html', 'https://help.acme.com/articles/returns');
    expect(m).toMatchObject({
      siteName: 'Acme Help Center',
      title: 'How do I return an item?',
      description: 'Returns are free within 30 days.',
      types: [],
      review: false,
    });
  });

  it('resolves a relative canonical link; falls back to og:locale, twitter:site, meta dates', () => {
    const m = fixtureMeta('canonical-link.html', 'https://shop.acme.test/p/123#reviews');
    expect(m).toMatchObject({
      canonicalUrl: 'https://shop.acme.test/products/widget?color=red',
      title: 'Widget in red',
      language: 'en-GB',
      siteName: 'acme',
      published: '2026-05-05',
    });
  });

  it('reads a standalone AggregateRating with a decimal comma and an array of nodes', () => {
    const m = fixtureMeta('aggregate-rating.html', 'https://hotels.test/acme-berlin');
    expect(m).toMatchObject({
      itemName: 'Hotel Acme Berlin',
      rating: 4.5,
      bestRating: 10,
      review: true,
      language: 'de',
    });
    expect(m.types).toEqual(['AggregateRating', 'Hotel', 'LocalBusiness']);
  });

  it('gives empty defaults for a bare page and drops a non-http canonical', () => {
    const m = fixtureMeta('no-metadata.html', 'https://bare.test/');
    expect(m).toEqual(PageMetadataSchema.parse({}));
  });
});

describe('readPageMetadata edge cases', () => {
  const ld = (obj: unknown) =>
    htmlDoc(`<html><head><script type="application/ld+json">${JSON.stringify(obj)}</script></head></html>`);

  it('takes a string itemReviewed as the item name', () => {
    const m = readPageMetadata(ld({ '@type': 'Review', itemReviewed: 'Acme Cloud', reviewRating: { ratingValue: 3 } }), 'https://x.test/');
    expect(m).toMatchObject({ itemName: 'Acme Cloud', rating: 3, review: true });
  });

  it('takes the brand of a reviewed Product', () => {
    const m = readPageMetadata(
      ld({ '@type': 'Review', itemReviewed: { '@type': 'Product', name: 'Blender 500', brand: { name: 'Acme' } } }),
      'https://x.test/',
    );
    expect(m).toMatchObject({ itemName: 'Blender 500', brandName: 'Acme' });
  });

  it('counts a Product with nested reviews as review evidence', () => {
    const m = readPageMetadata(
      ld({ '@type': 'Product', name: 'Widget', review: [{ '@type': 'Review', reviewRating: { ratingValue: '5', bestRating: '5' } }] }),
      'https://x.test/',
    );
    expect(m).toMatchObject({ review: true, rating: 5, bestRating: 5, itemName: 'Widget' });
  });

  it('bounds the number of types and their length', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ '@type': `Type${i}${'x'.repeat(70)}` }));
    const m = readPageMetadata(ld(many), 'https://x.test/');
    expect(m.types).toHaveLength(30);
    expect(m.types.every((t) => t.length <= 60)).toBe(true);
  });

  it('ignores non-string @type entries and JSON-LD primitives', () => {
    const m = readPageMetadata(ld([42, 'text', null, { '@type': [1, 'Product'], name: 'Gizmo' }]), 'https://x.test/');
    expect(m.types).toEqual(['Product']);
    expect(m.itemName).toBe('Gizmo');
  });

  it('ignores an unparsable canonical URL', () => {
    const doc = htmlDoc('<html><head><link rel="canonical" href="http://[bad"></head></html>');
    expect(readPageMetadata(doc, 'https://x.test/').canonicalUrl).toBe('');
  });
});

describe('bylines', () => {
  it('reads visible and meta bylines as names, never profile URLs or job titles', async () => {
    const { bylineName } = await import('../../../lib/capture/page-metadata');
    expect(bylineName('By Greg Holm, Staff Writer')).toBe('Greg Holm');
    expect(bylineName('by Ann Lee | Updated March 3, 2026')).toBe('Ann Lee');
    expect(bylineName('作者：王晓')).toBe('王晓');
    expect(bylineName('Autors: Jānis Bērziņš')).toBe('Jānis Bērziņš');
    expect(bylineName('https://www.theguardian.com/profile/jane-smith')).toBe('');
    expect(bylineName('jane@example.org')).toBe('');
    const m = readPageMetadata(htmlDoc('<html><head><meta property="article:author" content="https://x.test/u/1"><meta name="DC.creator" content="Mei Tanaka"></head></html>'), 'https://x.test/a');
    expect(m.author).toBe('Mei Tanaka');
    const v = readPageMetadata(htmlDoc('<html><body><article><p class="byline">By <a rel="author" href="/a">Sam Reyes</a></p></article></body></html>'), 'https://x.test/a');
    expect(v.author).toBe('Sam Reyes');
  });
});
