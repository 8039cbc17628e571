import { describe, expect, it } from 'vitest';
import { REASON_LABELS, suggestStages, type SuggestInput } from '../../../lib/capture/stage-suggestion';
import type { SourceType } from '../../../lib/model/vocab-values';

const top = (sourceType: SourceType, url: string, text = '', frameworkId = 'moments-of-truth', title = '') =>
  suggestStages({ frameworkId, sourceType, url, text, title } satisfies SuggestInput)[0];

describe('suggestStages (moments of truth)', () => {
  it('pricing, product, cart and 加入购物车 → FMOT', () => {
    expect(top('competitor_site', 'https://acme.com/pricing')).toMatchObject({ stageId: 'fmot', reason: 'pricing-page' });
    expect(top('competitor_site', 'https://acme.com/checkout')).toMatchObject({ stageId: 'fmot', reason: 'checkout-page' });
    expect(top('marketplace', 'https://item.jd.com/100.html', '加入购物车，到手价 299 元')).toMatchObject({ stageId: 'fmot' });
  });

  it('shipping, delivery, 物流, 发货, 提车 → AMOT, with the wording as the reason', () => {
    expect(top('competitor_site', 'https://acme.com/shipping')).toMatchObject({ stageId: 'amot', reason: 'delivery-page' });
    expect(top('review_platform', 'https://www.trustpilot.com/review/acme.com', 'My parcel arrived two weeks late.')).toMatchObject({
      stageId: 'amot',
      reason: 'delivery-words',
    });
    expect(top('social', 'https://weibo.com/1', '等了一个月终于提车了')).toMatchObject({ stageId: 'amot' });
    expect(top('marketplace', 'https://detail.tmall.com/item.htm?id=1', '物流很快，第二天就发货了')).toMatchObject({ stageId: 'amot' });
  });

  it('help, support, onboarding, 客服, 售后 → SMOT', () => {
    expect(top('competitor_site', 'https://help.acme.com/articles/1')).toMatchObject({ stageId: 'smot', reason: 'help-page' });
    expect(top('competitor_site', 'https://acme.com/getting-started')).toMatchObject({ stageId: 'smot', reason: 'onboarding-page' });
    expect(top('social', 'https://weibo.com/2', '客服一直不回复，售后太差了')).toMatchObject({ stageId: 'smot', reason: 'support-words' });
  });

  it('reviews read on a platform → ZMOT; a customer’s own review → TMOT; a brand’s reply → TMOT', () => {
    expect(top('review_platform', 'https://www.g2.com/products/acme/reviews', 'Rated 4.5 stars by 1,200 reviewers.')).toMatchObject({ stageId: 'zmot' });
    expect(top('review_platform', 'https://www.trustpilot.com/review/acme.com', 'I love this brand, my second pair already.')).toMatchObject({
      stageId: 'tmot',
      reason: 'own-words',
    });
    expect(top('review_platform', 'https://www.trustpilot.com/review/acme.com', 'Thank you for your review, Sam!')).toMatchObject({
      stageId: 'tmot',
      reason: 'brand-reply',
    });
    expect(top('social', 'https://www.xiaohongshu.com/explore/1', '我用了三个月，真心推荐给姐妹们')).toMatchObject({ stageId: 'tmot' });
  });

  it('search results and comparisons → ZMOT; ads → <ZMOT', () => {
    expect(top('search', 'https://www.google.com/search?q=acme')).toMatchObject({ stageId: 'zmot', reason: 'search-results' });
    expect(top('competitor_site', 'https://acme.com/compare/acme-vs-globex')).toMatchObject({ stageId: 'zmot' });
    expect(top('social', 'https://www.facebook.com/acme/posts/1', 'Sponsored · 30% off this weekend')).toMatchObject({ stageId: 'lzmot', reason: 'ad-words' });
    expect(top('social', 'https://weibo.com/3', '双11 大促，满300减50')).toMatchObject({ stageId: 'lzmot' });
  });

  it('/p/ is a post on social sites, not a product page', () => {
    const s = suggestStages({ frameworkId: 'moments-of-truth', sourceType: 'social', url: 'https://www.instagram.com/p/abc' });
    expect(s.map((x) => x.reason)).not.toContain('product-page');
  });

  it('every reason has a label in every language', () => {
    for (const label of Object.values(REASON_LABELS)) {
      expect(label.en && label.zh_CN && label.zh_TW).toBeTruthy();
    }
  });
});

describe('suggestStages (other frameworks)', () => {
  it('maps the same signals onto B2C and B2B stages', () => {
    expect(top('competitor_site', 'https://acme.com/checkout', '', 'b2c-journey')?.stageId).toBe('purchase');
    expect(top('search', 'https://www.bing.com/search?q=acme', '', 'b2c-journey')?.stageId).toBe('search');
    expect(top('competitor_site', 'https://acme.com/pricing', '', 'b2b-journey')?.stageId).toBe('decision');
    expect(top('competitor_site', 'https://help.acme.com/', '', 'b2b-journey')?.stageId).toBe('use');
    expect(top('competitor_site', 'https://acme.com/onboarding', '', 'b2b-journey')?.stageId).toBe('delivery');
  });
  it('a custom framework gets no suggestion', () => {
    expect(suggestStages({ frameworkId: 'custom-1', sourceType: 'search', url: 'https://www.google.com/search?q=x' })).toEqual([]);
  });
});
