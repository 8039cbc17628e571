import { describe, expect, it } from 'vitest';
import { REASON_LABELS, suggestStages, type SuggestInput } from '../../../lib/capture/stage-suggestion';
import { B2B_JOURNEY, B2C_JOURNEY, MOMENTS_OF_TRUTH } from '../../../lib/model';

const MOT = 'moments-of-truth';
const top = (input: SuggestInput) => suggestStages(input)[0];

describe('suggestStages for moments-of-truth', () => {
  it('review platform → tmot', () => {
    expect(top({ frameworkId: MOT, sourceType: 'review_platform', url: 'https://www.trustpilot.com/review/acme.com' })).toEqual({
      stageId: 'tmot',
      score: 0.5,
      reason: 'review',
    });
  });

  it('review JSON-LD adds to a review platform', () => {
    const s = top({ frameworkId: MOT, sourceType: 'review_platform', url: 'https://www.g2.com/products/acme', hasReviewJsonLd: true });
    expect(s?.stageId).toBe('tmot');
    expect(s?.score).toBeCloseTo(0.8);
  });

  it('search → zmot', () => {
    expect(top({ frameworkId: MOT, sourceType: 'search', url: 'https://www.google.com/search?q=acme+blender' })).toEqual({
      stageId: 'zmot',
      score: 0.5,
      reason: 'search',
    });
  });

  it('/checkout → amot', () => {
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://www.acme.com/checkout' })).toMatchObject({
      stageId: 'amot',
      reason: 'checkout',
    });
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/cart/step-2' })?.stageId).toBe('amot');
  });

  it('help.acme.com → smot (host signal)', () => {
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://help.acme.com/articles/42' })).toEqual({
      stageId: 'smot',
      score: 0.4,
      reason: 'support',
    });
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://support.acme.com/' })?.stageId).toBe('smot');
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/help/contact-us' })?.stageId).toBe('smot');
  });

  it('/pricing → zmot', () => {
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/pricing' })).toMatchObject({
      stageId: 'zmot',
      reason: 'faq',
    });
  });

  it('product page → fmot', () => {
    expect(top({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/products/blender-500' })).toMatchObject({
      stageId: 'fmot',
      reason: 'product',
    });
    expect(top({ frameworkId: MOT, sourceType: 'marketplace', url: 'https://item.jd.com/1.html' })).toMatchObject({
      stageId: 'fmot',
      reason: 'product',
    });
  });

  it('a product page with aggregate rating still ranks fmot first, tmot second', () => {
    const s = suggestStages({
      frameworkId: MOT,
      sourceType: 'competitor_site',
      url: 'https://acme.com/products/blender-500',
      hasReviewJsonLd: true,
    });
    expect(s.map((x) => x.stageId)).toEqual(['fmot', 'tmot']);
    expect(s[1]?.score).toBeCloseTo(0.2);
  });

  it('social post with "Sponsored": social → tmot first, ad → lzmot second', () => {
    const s = suggestStages({
      frameworkId: MOT,
      sourceType: 'social',
      url: 'https://x.com/acme/status/1',
      text: 'Sponsored · Acme Blender 500 — crush ice in seconds',
    });
    expect(s).toEqual([
      { stageId: 'tmot', score: 0.5, reason: 'social' },
      { stageId: 'lzmot', score: 0.2, reason: 'ad' },
    ]);
  });

  it('a Chinese ad marker counts too', () => {
    const s = suggestStages({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.test/landing', text: '广告 新品上市' });
    expect(s).toEqual([{ stageId: 'lzmot', score: 0.2, reason: 'ad' }]);
  });

  it('forum and news sources', () => {
    expect(top({ frameworkId: MOT, sourceType: 'forum', url: 'https://tieba.baidu.com/p/1' })?.stageId).toBe('smot');
    expect(top({ frameworkId: MOT, sourceType: 'news', url: 'https://www.bbc.co.uk/news/1' })?.stageId).toBe('zmot');
  });

  it('text signals add up with the source and the path, capped at 1', () => {
    const s = suggestStages({
      frameworkId: MOT,
      sourceType: 'competitor_site',
      url: 'https://acme.com/shipping/tracking',
      title: 'Where is my delivery?',
      text: 'Track your order. Checkout. 快递 物流',
    });
    // delivery path 0.4 + delivery text 0.2 + checkout text 0.2, all amot
    expect(s[0]?.stageId).toBe('amot');
    expect(s[0]?.score).toBeCloseTo(0.8);
    expect(s[0]?.reason).toBe('delivery');
    const capped = suggestStages({
      frameworkId: MOT,
      sourceType: 'review_platform',
      url: 'https://www.trustpilot.com/review/acme.com/renewal',
      hasReviewJsonLd: true,
      text: '5 stars, would recommend',
    });
    expect(capped[0]).toEqual({ stageId: 'tmot', score: 1, reason: 'review' });
  });

  it('is sorted by score, then by stage id', () => {
    const s = suggestStages({ frameworkId: MOT, sourceType: 'other', url: 'https://acme.com/compare/checkout' });
    expect(s.map((x) => [x.stageId, x.score])).toEqual([
      ['amot', 0.4],
      ['zmot', 0.4],
    ]);
  });

  it('no signal → no suggestion; an unparsable URL is not a signal', () => {
    expect(suggestStages({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/about-us' })).toEqual([]);
    expect(suggestStages({ frameworkId: MOT, sourceType: 'other', url: 'not a url' })).toEqual([]);
  });

  it('only matches whole path segments', () => {
    expect(suggestStages({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/cartography' })).toEqual([]);
    expect(suggestStages({ frameworkId: MOT, sourceType: 'competitor_site', url: 'https://acme.com/helpful-tips' })).toEqual([]);
  });
});

describe('suggestStages for the journey frameworks', () => {
  const cases: [string, SuggestInput['sourceType'], string, string][] = [
    ['b2c-journey', 'review_platform', 'https://www.yelp.com/biz/acme', 'explore'],
    ['b2c-journey', 'search', 'https://www.baidu.com/s?wd=acme', 'search'],
    ['b2c-journey', 'social', 'https://www.douyin.com/video/1', 'awareness'],
    ['b2c-journey', 'competitor_site', 'https://acme.com/checkout', 'purchase'],
    ['b2c-journey', 'competitor_site', 'https://acme.com/acme-vs-globex', 'compare'],
    ['b2c-journey', 'marketplace', 'https://www.amazon.com/dp/B000', 'explore'],
    ['b2b-journey', 'review_platform', 'https://www.g2.com/products/acme/reviews', 'consideration'],
    ['b2b-journey', 'search', 'https://www.bing.com/search?q=acme', 'awareness'],
    ['b2b-journey', 'competitor_site', 'https://acme.com/pricing', 'consideration'],
    ['b2b-journey', 'competitor_site', 'https://acme.com/demo', 'decision'],
    ['b2b-journey', 'competitor_site', 'https://acme.com/getting-started', 'delivery'],
    ['b2b-journey', 'competitor_site', 'https://help.acme.com/articles/1', 'use'],
    ['b2b-journey', 'competitor_site', 'https://acme.com/referral', 'loyalty'],
  ];

  it.each(cases)('%s: %s %s → %s', (frameworkId, sourceType, url, stageId) => {
    expect(top({ frameworkId, sourceType, url })?.stageId).toBe(stageId);
  });

  it('b2c has no support stage: a help page gets no suggestion', () => {
    expect(suggestStages({ frameworkId: 'b2c-journey', sourceType: 'competitor_site', url: 'https://help.acme.com/a/1' })).toEqual([]);
  });

  it('b2c social + sponsored merge into one awareness suggestion, reason kept from the stronger signal', () => {
    expect(
      suggestStages({ frameworkId: 'b2c-journey', sourceType: 'social', url: 'https://www.tiktok.com/@acme/video/1', text: 'Sponsored' }),
    ).toEqual([{ stageId: 'awareness', score: 0.7, reason: 'social' }]);
  });

  it('every suggested stage id exists in its built-in framework', () => {
    const frameworks = [MOMENTS_OF_TRUTH, B2C_JOURNEY, B2B_JOURNEY];
    const everything: SuggestInput = {
      frameworkId: '',
      sourceType: 'competitor_site',
      url: 'https://help.acme.com/checkout/shipping/onboarding/faq/compare/products/referral',
      hasReviewJsonLd: true,
      text: 'sponsored delivery checkout support review pricing',
    };
    const sources: SuggestInput['sourceType'][] = ['review_platform', 'social', 'search', 'marketplace', 'forum', 'news'];
    for (const fw of frameworks) {
      const ids = new Set(fw.stages.map((s) => s.id));
      for (const sourceType of sources) {
        for (const s of suggestStages({ ...everything, frameworkId: fw.id, sourceType })) expect(ids).toContain(s.stageId);
      }
    }
  });
});

describe('suggestStages for other frameworks', () => {
  it('an unknown or custom framework id gets no suggestions', () => {
    expect(suggestStages({ frameworkId: 'my-custom-framework', sourceType: 'review_platform', url: 'https://www.trustpilot.com/' })).toEqual([]);
    expect(suggestStages({ frameworkId: '', sourceType: 'search', url: 'https://www.google.com/search?q=x' })).toEqual([]);
  });
});

describe('REASON_LABELS', () => {
  it('labels every reason in all three locales', () => {
    for (const label of Object.values(REASON_LABELS)) {
      expect(label.en && label.zh_CN && label.zh_TW).toBeTruthy();
    }
  });
});
