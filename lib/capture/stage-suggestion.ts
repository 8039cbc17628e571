import type { LocalizedText } from '../model/locale';
import type { SourceType } from '../model/vocab-values';

/**
 * A stage suggestion for the clip form: a pre-fill the researcher confirms,
 * with the reason shown ("pricing page", "delivery wording", "review
 * platform"). Signals come from the source type, the URL path and the words of
 * the selection and title, in English and Chinese. Accuracy on a labelled set
 * is measured by test/unit/capture/stage-suggestion-accuracy.test.ts.
 */

/** Why a stage was suggested. */
export type ReasonCode =
  | 'review-platform'
  | 'social-post'
  | 'search-results'
  | 'listing'
  | 'forum'
  | 'news'
  | 'pricing-page'
  | 'checkout-page'
  | 'product-page'
  | 'delivery-page'
  | 'help-page'
  | 'onboarding-page'
  | 'faq-page'
  | 'compare-page'
  | 'promo-page'
  | 'ad-words'
  | 'research-words'
  | 'pricing-words'
  | 'delivery-words'
  | 'support-words'
  | 'own-words'
  | 'brand-reply';

const t = (en: string, zh_CN: string, zh_TW: string, lv: string): LocalizedText => ({ en, zh_CN, zh_TW, lv });

export const REASON_LABELS: Record<ReasonCode, LocalizedText> = {
  'review-platform': t('review platform', '点评平台', '評論平台', 'atsauksmju platforma'),
  'social-post': t('social post', '社交帖子', '社群貼文', 'sociālo mediju ieraksts'),
  'search-results': t('search results', '搜索结果', '搜尋結果', 'meklēšanas rezultāti'),
  listing: t('marketplace listing', '电商商品页', '電商商品頁', 'preces lapa tirdzniecības platformā'),
  forum: t('forum thread', '论坛讨论', '論壇討論', 'foruma diskusija'),
  news: t('news article', '新闻报道', '新聞報導', 'ziņu raksts'),
  'pricing-page': t('pricing page', '价格页', '價格頁', 'cenu lapa'),
  'checkout-page': t('cart or checkout page', '购物车或结账页', '購物車或結帳頁', 'grozs vai pirkuma noformēšanas lapa'),
  'product-page': t('product page', '商品页', '商品頁', 'produkta lapa'),
  'delivery-page': t('delivery page', '配送页面', '配送頁面', 'piegādes lapa'),
  'help-page': t('help centre', '帮助中心', '說明中心', 'palīdzības centrs'),
  'onboarding-page': t('onboarding page', '上手引导页', '上手引導頁', 'ievadapmācības lapa'),
  'faq-page': t('FAQ page', '常见问题页', '常見問題頁', 'BUJ lapa'),
  'compare-page': t('comparison page', '对比页', '比較頁', 'salīdzinājuma lapa'),
  'promo-page': t('promotion or newsletter', '促销或电子报', '促銷或電子報', 'akcija vai jaunumu vēstule'),
  'ad-words': t('advertising wording', '广告用语', '廣告用語', 'reklāmas formulējumi'),
  'research-words': t('research wording', '比较选购的用语', '比較選購的用語', 'izpētes formulējumi'),
  'pricing-words': t('price or cart wording', '价格或下单用语', '價格或下單用語', 'cenas vai groza formulējumi'),
  'delivery-words': t('delivery wording', '物流配送用语', '物流配送用語', 'piegādes formulējumi'),
  'support-words': t('support wording', '客服售后用语', '客服售後用語', 'atbalsta formulējumi'),
  'own-words': t("a customer's own words", '顾客的亲身分享', '顧客的親身分享', 'klienta paša vārdi'),
  'brand-reply': t('brand reply to a review', '品牌对评价的回复', '品牌對評價的回覆', 'zīmola atbilde uz atsauksmi'),
};

export interface StageSuggestion {
  stageId: string;
  /** Higher is surer (a sum of signal weights). */
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

type Signal = [RegExp, ReasonCode];

const SOURCE_SIGNALS: Partial<Record<SourceType, [ReasonCode, number]>> = {
  review_platform: ['review-platform', 0.3],
  social: ['social-post', 0.3],
  search: ['search-results', 0.6],
  marketplace: ['listing', 0.3],
  forum: ['forum', 0.25],
  news: ['news', 0.25],
};

/** URL paths (and help.* hosts). */
const PATH_SIGNALS: Signal[] = [
  [/\/(checkout|cart|basket|buy|order\/new)\b/, 'checkout-page'],
  [/\/(pricing|plans?|price|prices|subscribe)\b/, 'pricing-page'],
  [/\/(shipping|delivery|deliveries|track|tracking|order-status|logistics|piegade|piegāde)\b/, 'delivery-page'],
  [/\/(onboarding|getting-started|get-started|setup|welcome|quickstart)\b/, 'onboarding-page'],
  [/^(help|support|docs|kb|service)\.|\/(help|support|docs|manual|manuals|kb|knowledge|contact|service|after-sales)\b/, 'help-page'],
  [/\/(faq|faqs|questions)\b/, 'faq-page'],
  [/\/(compare|comparison|vs|alternatives?)\b|-vs-/, 'compare-page'],
  [/\/(newsletter|promo|promotions?|campaign|deals?|sale)\b/, 'promo-page'],
  [/\/(products?|p|item|items|shop|store|demo|trial|dp)\b|item\.htm|\/\d+\.html$/, 'product-page'],
];

/** Words of the selection and title, English and Chinese. */
const TEXT_SIGNALS: Signal[] = [
  [/\b(sponsored|promoted|advertisement|paid (content|partnership)|newsletter|subscribe now|limited[- ]time|flash sale|\d+% off|black friday|new arrivals?|launch(es|ing)? (this|next))\b|^ad\b|#ad\b|广告|廣告|赞助|贊助|推广|推廣|品牌合作|大促|满\d+减|滿\d+減|限时|限時|优惠券|優惠券|双11|雙11|618|新品|预告|預告|敬请期待|敬請期待/i, 'ad-words'],
  [/\b(shipping|shipped|ships|deliver(y|ed|ies)?|courier|tracking|tracked|parcel|package|arriv(ed|al|e)|dispatch(ed)?|in transit|out of stock)\b|物流|发货|發貨|快递|快遞|到货|到貨|配送|顺丰|順豐|提车|提車|签收|簽收|送达|送達|包裹|piegād\w*|kurjer\w*|sūtījum\w*|pakomāt\w*/i, 'delivery-words'],
  [/\b(support|help ?desk|customer service|agent|onboarding|set ?up|setup|manual|tutorial|refund|return(s|ed)?|warranty|repair|troubleshoot\w*|ticket|live chat|chat|leak(s|ing)?|broken|not working|stopped working|error)\b|@\w*(help|support|care)\b|客服|售后|售後|退换|退換|退货|退貨|保修|说明书|說明書|教程|安装|安裝|维修|維修|上手|坏了|壞了|故障|atbalst\w*|palīdzīb\w*|klientu serviss|garantij\w*/i, 'support-words'],
  [/\b(price[sd]?|pricing|per month|\/mo|a month|plans?|add to (cart|bag|basket)|buy now|checkout|in stock|free trial|demo|\$\d|€\d|£\d|¥\d)\b|加入购物车|加入購物車|立即购买|立即購買|价格|價格|售价|售價|到手价|套餐|试用|試用|试驾|試駕|预约|預約|￥|\d+\s*元|\bcen(a|as|u)\b|pievienot grozam|pirkt tagad/i, 'pricing-words'],
  [/\b(reviews?|compare[sd]?|comparison|vs\.?|versus|which (one|should)|alternatives?|best \w+|worth it|recommend(ed|ations?)?|rated|ratings?|stars?)\b|推荐|推薦|哪个好|哪個好|对比|對比|测评|測評|评测|評測|怎么样|怎麼樣|值得买|值得買|口碑|选购|選購|攻略/i, 'research-words'],
];

/** A customer's own voice (on third-party pages): first person, personal experience. */
const OWN_WORDS = /\b(I|I'm|I've|I'd|my|me|we|our|us)\b|我|我的|本人|入手|用了|亲测|親測|自用|分享/;
/** Lived experience over time: the customer has used the product. */
const EXPERIENCE = /\b(every (day|night|morning)|for (\d+|a few|two|three|six) (days|weeks|months|years)|months? (in|later)|update|so far|still (going|works))\b|半年|几个月|幾個月|用了|一直在用|心得/i;
const BRAND_REPLY = /\b(thank(s| you)( so much)? for (your|the|sharing)|reply from|response from the owner|we('re| are) sorry|sorry to hear|please (contact|reach out to) (us|our))\b|感谢您的|感謝您的|商家回复|商家回覆|亲，|親，|给您带来不便|給您帶來不便|非常抱歉/i;

/** Where each reason points, per built-in framework. */
const STAGE_OF: Record<string, Record<ReasonCode, string>> = {
  'moments-of-truth': {
    'review-platform': 'zmot', 'social-post': 'tmot', 'search-results': 'zmot', listing: 'fmot', forum: 'zmot', news: 'zmot',
    'pricing-page': 'fmot', 'checkout-page': 'fmot', 'product-page': 'fmot', 'delivery-page': 'amot', 'help-page': 'smot',
    'onboarding-page': 'smot', 'faq-page': 'zmot', 'compare-page': 'zmot', 'promo-page': 'lzmot', 'ad-words': 'lzmot',
    'research-words': 'zmot', 'pricing-words': 'fmot', 'delivery-words': 'amot', 'support-words': 'smot',
    'own-words': 'tmot', 'brand-reply': 'tmot',
  },
  'b2c-journey': {
    'review-platform': 'compare', 'social-post': 'awareness', 'search-results': 'search', listing: 'explore', forum: 'compare',
    news: 'awareness', 'pricing-page': 'explore', 'checkout-page': 'purchase', 'product-page': 'explore',
    'delivery-page': 'purchase', 'help-page': 'search', 'onboarding-page': 'purchase', 'faq-page': 'search',
    'compare-page': 'compare', 'promo-page': 'awareness', 'ad-words': 'awareness', 'research-words': 'compare',
    'pricing-words': 'purchase', 'delivery-words': 'purchase', 'support-words': 'purchase', 'own-words': 'compare',
    'brand-reply': 'compare',
  },
  'b2b-journey': {
    'review-platform': 'consideration', 'social-post': 'awareness', 'search-results': 'awareness', listing: 'consideration',
    forum: 'consideration', news: 'awareness', 'pricing-page': 'decision', 'checkout-page': 'decision',
    'product-page': 'consideration', 'delivery-page': 'delivery', 'help-page': 'use', 'onboarding-page': 'delivery',
    'faq-page': 'consideration', 'compare-page': 'consideration', 'promo-page': 'awareness', 'ad-words': 'awareness',
    'research-words': 'consideration', 'pricing-words': 'decision', 'delivery-words': 'delivery', 'support-words': 'use',
    'own-words': 'loyalty', 'brand-reply': 'loyalty',
  },
};

const THIRD_PARTY: ReadonlySet<SourceType> = new Set(['review_platform', 'social', 'marketplace', 'forum']);

/**
 * Stages a clip probably belongs to, best first. Only the built-in frameworks
 * get suggestions; a custom framework's stages mean what its author decides.
 */
export function suggestStages(input: SuggestInput): StageSuggestion[] {
  const map = STAGE_OF[input.frameworkId];
  if (!map) return [];
  const scores = new Map<string, StageSuggestion & { top: number }>();
  const add = (reason: ReasonCode, weight: number) => {
    const stageId = map[reason];
    const prev = scores.get(stageId);
    // The reason shown is the strongest single signal for that stage.
    const stronger = !prev || weight > prev.top;
    scores.set(stageId, {
      stageId,
      score: (prev?.score ?? 0) + weight,
      reason: stronger ? reason : prev.reason,
      top: stronger ? weight : prev.top,
    });
  };

  const source = SOURCE_SIGNALS[input.sourceType];
  if (source) add(source[0], source[1]);

  let host = '';
  let path = '';
  try {
    const u = new URL(input.url);
    host = u.hostname.toLowerCase();
    path = decodeURIComponent(u.pathname).toLowerCase();
  } catch {
    // Not a URL: no path signals.
  }
  // `/p/…` is a product on a shop but a post on social sites and forums; on a
  // marketplace the source already says "listing".
  const shopLike = input.sourceType === 'competitor_site' || input.sourceType === 'other';
  for (const [re, reason] of PATH_SIGNALS) {
    if (reason === 'product-page' && !shopLike) continue;
    const target = reason === 'help-page' ? `${host}${path}` : path;
    if (re.test(target)) {
      add(reason, 0.4);
      break; // The most specific path signal only (the list is ordered).
    }
  }

  const selection = (input.text ?? '').slice(0, 4000);
  const words = `${input.title ?? ''}\n${selection}`;
  for (const [re, reason] of TEXT_SIGNALS) {
    // Words in the selection count fully (an ad marker most of all); words only in the title a little.
    if (re.test(selection)) add(reason, reason === 'ad-words' ? 0.7 : 0.5);
    else if (re.test(input.title ?? '')) add(reason, 0.1);
  }
  if (THIRD_PARTY.has(input.sourceType)) {
    if (BRAND_REPLY.test(selection)) add('brand-reply', 0.9);
    else if (OWN_WORDS.test(selection)) add('own-words', EXPERIENCE.test(selection) ? 0.6 : 0.35);
  }
  if (input.hasReviewJsonLd && input.sourceType !== 'competitor_site' && !words.trim()) add('review-platform', 0.1);

  // Ties keep the order the signals were found in (source, path, words).
  return [...scores.values()].sort((a, b) => b.score - a.score).map(({ top: _top, ...s }) => s);
}
