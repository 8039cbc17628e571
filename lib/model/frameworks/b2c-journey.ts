import type { Framework } from '../framework';
import type { LocalizedText } from '../localized';

const t = (en: string, zh_CN: string, zh_TW: string, lv: string): LocalizedText => ({ en, zh_CN, zh_TW, lv });

/** The consumer (C端) journey: five stages from first hearing of a product to buying it. */
export const B2C_JOURNEY: Framework = {
  id: 'b2c-journey',
  builtin: true,
  name: t('B2C consumer journey', 'C端消费者旅程', 'C端消費者旅程', 'B2C patērētāja ceļš'),
  description: t(
    'How a consumer moves from first hearing of a product to buying it.',
    '消费者从第一次听说产品到最终购买的过程。',
    '消費者從第一次聽說產品到最終購買的過程。',
    'Kā patērētājs nonāk no pirmās dzirdētās ziņas par produktu līdz tā iegādei.',
  ),
  updatedAt: '2026-12-01T00:00:00.000Z',
  stages: [
    {
      id: 'awareness',
      short: t('Awareness', '知晓', '知曉', 'Uzzināšana'),
      name: t('Awareness', '知晓', '知曉', 'Uzzināšana'),
      description: t('The consumer first hears of the product or the need it meets.', '消费者第一次听说该产品或它能满足的需求。', '消費者第一次聽說該產品或它能滿足的需求。', 'Patērētājs pirmo reizi uzzina par produktu vai vajadzību, ko tas apmierina.'),
      evidence: t('Ads, social posts, recommendations.', '广告、社交帖子、他人推荐。', '廣告、社群貼文、他人推薦。', 'Reklāmas, sociālo mediju ieraksti, ieteikumi.'),
      lookFor: [t('Where and how the brand gets noticed', '品牌在哪里、以什么方式被注意到', '品牌在哪裡、以什麼方式被注意到', 'Kur un kā zīmolu pamana')],
      color: '#8b5cf6',
    },
    {
      id: 'search',
      short: t('Search', '搜索', '搜尋', 'Meklēšana'),
      name: t('Search', '搜索', '搜尋', 'Meklēšana'),
      description: t('The consumer looks for information actively.', '消费者主动查找信息。', '消費者主動查找資訊。', 'Patērētājs aktīvi meklē informāciju.'),
      evidence: t('Search results, FAQ pages, answers on Q&A sites.', '搜索结果、常见问题页、问答网站上的回答。', '搜尋結果、常見問題頁、問答網站上的回答。', 'Meklēšanas rezultāti, BUJ lapas, atbildes jautājumu un atbilžu vietnēs.'),
      lookFor: [t('Findable in search, with clear answers', '搜索中可见且答案清楚', '搜尋中可見且答案清楚', 'Atrodams meklētājā, ar skaidrām atbildēm')],
      color: '#3b82f6',
    },
    {
      id: 'explore',
      short: t('Explore', '探查', '探查', 'Izpēte'),
      name: t('Explore', '探查', '探查', 'Izpēte'),
      description: t('The consumer digs into the product: details, photos, reviews.', '消费者深入了解产品：细节、图片、评价。', '消費者深入了解產品：細節、圖片、評價。', 'Patērētājs iedziļinās produktā: detaļas, fotoattēli, atsauksmes.'),
      evidence: t('Product pages, reviews, videos.', '商品页、评价、视频。', '商品頁、評價、影片。', 'Produktu lapas, atsauksmes, video.'),
      lookFor: [t('Complete product details and honest reviews', '完整的产品信息与真实评价', '完整的產品資訊與真實評價', 'Pilnīga informācija par produktu un godīgas atsauksmes')],
      color: '#10b981',
    },
    {
      id: 'compare',
      short: t('Compare', '比较', '比較', 'Salīdzināšana'),
      name: t('Compare', '比较', '比較', 'Salīdzināšana'),
      description: t('The consumer weighs the options against each other.', '消费者把几个选择放在一起权衡。', '消費者把幾個選擇放在一起權衡。', 'Patērētājs izsver iespējas, salīdzinot tās savā starpā.'),
      evidence: t('Comparison pages, price comparisons, forum threads.', '对比页、比价、论坛讨论。', '比較頁、比價、論壇討論。', 'Salīdzinājumu lapas, cenu salīdzinājumi, forumu diskusijas.'),
      lookFor: [t('Reasons to choose this brand over others', '选择该品牌而非其他品牌的理由', '選擇該品牌而非其他品牌的理由', 'Iemesli izvēlēties šo zīmolu, nevis citus')],
      color: '#f59e0b',
    },
    {
      id: 'purchase',
      short: t('Purchase', '购买', '購買', 'Pirkums'),
      name: t('Purchase', '购买', '購買', 'Pirkums'),
      description: t('The consumer buys: checkout, payment, delivery promise.', '消费者下单：结账、付款、配送承诺。', '消費者下單：結帳、付款、配送承諾。', 'Patērētājs pērk: pirkuma noformēšana, apmaksa, piegādes solījums.'),
      evidence: t('Checkout flow, payment options, shipping terms.', '结账流程、付款方式、配送条款。', '結帳流程、付款方式、配送條款。', 'Pirkuma noformēšanas process, apmaksas iespējas, piegādes noteikumi.'),
      lookFor: [t('A checkout without surprises', '没有意外的结账过程', '沒有意外的結帳過程', 'Pirkuma noformēšana bez pārsteigumiem')],
      color: '#ef4444',
    },
  ],
};
