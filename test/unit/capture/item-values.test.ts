import { describe, expect, it } from 'vitest';
import { normaliseRating, parseItemDate, priceFromText, ratingFromClass, ratingFromText } from '../../../lib/capture/item-values';
import { sentimentOfRating } from '../../../lib/model';

describe('item values as pages write them', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026-03-05T10:12:00+08:00', '2026-03-05T02:12:00.000Z'],
    ['2026-03-05 10:12', '2026-03-05T10:12:00.000Z'],
    ['1772450433', '2026-03-02T11:20:33.000Z'],
    ['2026年3月5日', '2026-03-05'],
    ['2026.03.02', '2026-03-02'],
    ['2026/3/5', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['Reviewed in the United States on February 14, 2026', '2026-02-14'],
    ['Rezension aus Deutschland vom 3. März 2026', '2026-03-03'],
    ['Reviewed: 5 March 2026', '2026-03-05'],
    ['Tue Mar  3 21:45:10 2026', '2026-03-03'],
    ['2026. gada 5. martā', '2026-03-05'],
    ['Date of stay: February 2026', '2026-02'],
    ['3 weeks ago', ''],
    ['3天前', ''],
    ['', ''],
  ])('%s → %s', (raw, iso) => {
    expect(parseItemDate(raw)).toBe(iso);
  });

  it('normalises ratings to 1–5', () => {
    expect(normaliseRating(2, 5)).toBe(2);
    expect(normaliseRating(8, 10)).toBe(4);
    expect(normaliseRating(6, null)).toBe(3);
    expect(normaliseRating(45, 50)).toBe(4.5);
    expect(normaliseRating(90, 100)).toBe(4.5);
    expect(normaliseRating(0, 5)).toBeNull();
    expect(normaliseRating(7, 5)).toBeNull();
    expect(ratingFromText('4,0 von 5 Sternen')).toBe(4);
    expect(ratingFromText('2.0 out of 5 stars')).toBe(2);
    expect(ratingFromText('2 star rating')).toBe(2);
    expect(ratingFromText('3.0 of 5 bubbles')).toBe(3);
    expect(ratingFromText('Scored 6.0')).toBe(3);
    expect(ratingFromText('4星')).toBe(4);
    expect(ratingFromText('Helpful (12)')).toBeNull();
    expect(ratingFromClass('sml-rank-stars sml-str40 star')).toBe(4);
    expect(ratingFromClass('main-title-rating allstar45')).toBe(4.5);
    expect(ratingFromClass('comment-star star5')).toBe(5);
    expect(ratingFromClass('stars-4-5')).toBe(4.5);
    expect(ratingFromClass('starlight')).toBeNull();
  });

  it('reads prices with their currency', () => {
    expect(priceFromText('€ 19,99')).toEqual({ price: 19.99, currency: 'EUR' });
    expect(priceFromText('189,99 €')).toEqual({ price: 189.99, currency: 'EUR' });
    expect(priceFromText('US $129.99')).toEqual({ price: 129.99, currency: 'USD' });
    expect(priceFromText('¥1,299.00')).toEqual({ price: 1299, currency: 'CNY' });
    expect(priceFromText('NT$1,290')).toEqual({ price: 1290, currency: 'TWD' });
    expect(priceFromText('no price')).toEqual({ price: null, currency: '' });
  });

  it('a rating implies a sentiment', () => {
    expect([1, 2, 2.4, 3, 4, 4.5, 5].map(sentimentOfRating)).toEqual(['negative', 'negative', 'negative', 'neutral', 'positive', 'positive', 'positive']);
  });
});

describe('readPageItem on hostile markup', () => {
  it('cuts over-long names and keeps the item', async () => {
    const { readPageItem } = await import('../../../lib/capture/page-item');
    const { JSDOM } = await import('jsdom');
    const long = 'N'.repeat(5000);
    const doc = new JSDOM(
      `<html><body><script type="application/ld+json">{"@type":"Review","itemReviewed":{"name":"${long}"},"author":{"name":"Ann"},"reviewBody":"It broke after a week of use.","reviewRating":{"ratingValue":"9","bestRating":"10"}}</script>` +
        `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">${long}</span><span itemprop="brand" content="${long}"></span><span itemprop="price" content="12.5"></span><p id="t">Sold out twice.</p></div></body></html>`,
    ).window.document;
    const item = readPageItem(doc, 'https://x.test/p', doc.getElementById('t'), 'Sold out twice.');
    expect(item).toMatchObject({ kind: 'listing', price: 12.5 });
    expect(item!.product.length).toBe(300);
    expect(item!.about.length).toBe(300);
    const review = readPageItem(doc, 'https://x.test/p', null, 'It broke after a week of use.');
    expect(review).toMatchObject({ kind: 'review', author: 'Ann', rating: 4.5 });
    expect(review!.about.length).toBe(300);
  });
});

describe('readPageItem from microdata and RDFa', () => {
  it('reads an RDFa review (typeof/property) with its rating scale', async () => {
    const { readPageItem } = await import('../../../lib/capture/page-item');
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM(`<html><body vocab="https://schema.org/"><div typeof="Product"><h1 property="name">Kettle</h1>
      <div property="review" typeof="Review"><span property="author" typeof="Person"><span property="name">Oskars</span></span>
      <meta property="datePublished" content="2026-02-14"><div property="reviewRating" typeof="Rating"><meta property="ratingValue" content="8"><meta property="bestRating" content="10"></div>
      <p id="t">Boils fast but the lid sticks.</p></div>
      <div property="review" typeof="Review"><span property="author">Other</span><meta property="ratingValue" content="1"><p>Bad.</p></div></div></body></html>`).window.document;
    expect(readPageItem(doc, 'https://shop.test/kettle', doc.getElementById('t'), 'Boils fast but the lid sticks.')).toMatchObject({
      kind: 'review', author: 'Oskars', publishedAt: '2026-02-14', rating: 4,
    });
  });
});
