import type { LocalizedText, SourceType } from '../model';

/** Why a stage was suggested; shown in the form next to the pre-filled stage. */
export type ReasonCode =
  | 'review'
  | 'social'
  | 'ad'
  | 'search'
  | 'faq'
  | 'compare'
  | 'product'
  | 'checkout'
  | 'delivery'
  | 'support'
  | 'onboarding'
  | 'forum'
  | 'news'
  | 'loyalty';

const t = (en: string, zh_CN: string, zh_TW: string): LocalizedText => ({ en, zh_CN, zh_TW });

export const REASON_LABELS: Record<ReasonCode, LocalizedText> = {
  review: t('a review page', '点评页面', '評論頁面'),
  social: t('a social post', '社交帖子', '社群貼文'),
  ad: t('an ad or sponsored post', '广告或赞助内容', '廣告或贊助內容'),
  search: t('search results', '搜索结果', '搜尋結果'),
  faq: t('an FAQ or pricing page', '常见问题或价格页', '常見問題或價格頁'),
  compare: t('a comparison page', '对比页面', '比較頁面'),
  product: t('a product page', '商品页面', '商品頁面'),
  checkout: t('checkout or cart', '结账或购物车', '結帳或購物車'),
  delivery: t('delivery and shipping', '配送与物流', '配送與物流'),
  support: t('help and support', '帮助与客服', '說明與客服'),
  onboarding: t('onboarding or setup', '上手引导或设置', '上手引導或設定'),
  forum: t('a community thread', '社区讨论', '社群討論'),
  news: t('a news article', '新闻报道', '新聞報導'),
  loyalty: t('renewal or referral', '续约或推荐', '續約或推薦'),
};

export interface StageSuggestion {
  stageId: string;
  /** 0–1, higher is surer. */
  score: number;
  reason: ReasonCode;
}

export interface SuggestInput {
  frameworkId: string;
  sourceType: SourceType;
  url: string;
  title?: string;
  text?: string;
  hasReviewJsonLd?: boolean;
}

/** Signals read off the page, each with how strongly it points somewhere. */
const PATH_SIGNALS: readonly [RegExp, ReasonCode][] = [
  [/\/(checkout|cart|basket|order|payment|pay)\b/, 'checkout'],
  [/\/(shipping|delivery|track|tracking)\b/, 'delivery'],
  [/\/(onboarding|getting-started|get-started|setup|welcome|implementation)\b/, 'onboarding'],
  [/\/(help|support|docs|manual|kb|knowledge|contact|service)\b|^help\.|^support\./, 'support'],
  [/\/(faq|faqs|pricing|plans|price)\b/, 'faq'],
  [/\/(compare|comparison|vs|alternatives?)\b|-vs-/, 'compare'],
  [/\/(product|products|p|item|items|shop|store|demo|trial)\b/, 'product'],
  [/\/(renew|renewal|referral|refer|loyalty|rewards|partners?)\b/, 'loyalty'],
];

const TEXT_SIGNALS: readonly [RegExp, ReasonCode][] = [
  [/\b(sponsored|promoted|advertisement|ad)\b|广告|廣告|赞助|贊助/i, 'ad'],
  [/\b(deliver(y|ed)?|shipping|shipped|courier|tracking|arriv(ed|al))\b|配送|快递|快遞|物流|发货|發貨|到货|到貨/i, 'delivery'],
  [/\b(checkout|cart|payment)\b|结账|結帳|付款|下单|下單/i, 'checkout'],
  [/\b(support|help ?desk|customer service|refund|agent|ticket)\b|客服|退款|售后|售後/i, 'support'],
  [/\b(review(ed|s)?|stars?|rated|recommend)\b|评价|評價|好评|好評|差评|差評|点评|點評/i, 'review'],
  [/\b(faq|price|pricing|cost)\b|价格|價格|多少钱|多少錢/i, 'faq'],
];

/** Where each reason points, per built-in framework. */
const STAGE_OF: Record<string, Partial<Record<ReasonCode, string>>> = {
  'moments-of-truth': {
    review: 'tmot', social: 'tmot', ad: 'lzmot', search: 'zmot', faq: 'zmot', compare: 'zmot',
    product: 'fmot', checkout: 'amot', delivery: 'amot', support: 'smot', onboarding: 'smot',
    forum: 'smot', news: 'zmot', loyalty: 'tmot',
  },
  'b2c-journey': {
    review: 'explore', social: 'awareness', ad: 'awareness', search: 'search', faq: 'search',
    compare: 'compare', product: 'explore', checkout: 'purchase', delivery: 'purchase', news: 'awareness',
    forum: 'compare',
  },
  'b2b-journey': {
    review: 'consideration', social: 'awareness', ad: 'awareness', search: 'awareness', news: 'awareness',
    faq: 'consideration', compare: 'consideration', product: 'decision', checkout: 'decision',
    delivery: 'delivery', onboarding: 'delivery', support: 'use', forum: 'use', loyalty: 'loyalty',
  },
};

const SOURCE_REASON: Partial<Record<SourceType, ReasonCode>> = {
  review_platform: 'review',
  social: 'social',
  search: 'search',
  marketplace: 'product',
  forum: 'forum',
  news: 'news',
};

/**
 * Stages a clip probably belongs to, best first. Only the built-in frameworks
 * get suggestions; a custom framework's stages mean what its author decides.
 */
export function suggestStages(input: SuggestInput): StageSuggestion[] {
  const map = STAGE_OF[input.frameworkId];
  if (!map) return [];
  const scores = new Map<string, StageSuggestion>();
  const add = (reason: ReasonCode, weight: number) => {
    const stageId = map[reason];
    if (!stageId) return;
    const prev = scores.get(stageId);
    const score = Math.min(1, (prev?.score ?? 0) + weight);
    scores.set(stageId, { stageId, score, reason: prev && prev.score >= weight ? prev.reason : reason });
  };

  const sourceReason = SOURCE_REASON[input.sourceType];
  if (sourceReason) add(sourceReason, 0.5);
  if (input.hasReviewJsonLd) add('review', input.sourceType === 'competitor_site' ? 0.2 : 0.3);

  let hostPath = '';
  try {
    const u = new URL(input.url);
    hostPath = (u.hostname + u.pathname).toLowerCase();
  } catch {
    hostPath = '';
  }
  const path = hostPath.slice(hostPath.indexOf('/'));
  // `/p/…` is a product on a shop but a post on social sites and forums.
  const shopLike = input.sourceType === 'competitor_site' || input.sourceType === 'marketplace' || input.sourceType === 'other';
  for (const [re, reason] of PATH_SIGNALS) {
    if (reason === 'product' && !shopLike) continue;
    if (re.test(path) || (reason === 'support' && re.test(hostPath))) add(reason, 0.4);
  }
  const text = `${input.title ?? ''}\n${(input.text ?? '').slice(0, 4000)}`;
  for (const [re, reason] of TEXT_SIGNALS) if (re.test(text)) add(reason, 0.2);

  // Ties keep the order signals were found in (the source type first, then the path).
  return [...scores.values()].sort((a, b) => b.score - a.score);
}
