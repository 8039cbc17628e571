import type { LocalizedText } from '../localized';
import type { Behavior, Sentiment, Servqual, SourceType } from '../vocab';

/** A lens value's label and a one-line hint, in every UI language. */
export interface LensLabel {
  label: LocalizedText;
  hint: LocalizedText;
}

const t = (en: string, zh_CN: string, zh_TW: string): LocalizedText => ({ en, zh_CN, zh_TW });

/** Critical-moment behaviour: what the brand is doing at the moment clipped. */
export const BEHAVIOR_LABELS: Record<Behavior, LensLabel> = {
  explore: {
    label: t('Explore', '探索', '探索'),
    hint: t('The brand is finding out what the customer needs.', '品牌在了解顾客的需求。', '品牌在了解顧客的需求。'),
  },
  propose: {
    label: t('Propose', '提议', '提議'),
    hint: t('The brand offers something fitted to that need.', '品牌针对需求给出量身方案。', '品牌針對需求給出量身方案。'),
  },
  act: {
    label: t('Act', '行动', '行動'),
    hint: t('The brand delivers what it offered.', '品牌兑现它的提议。', '品牌兌現它的提議。'),
  },
  confirm: {
    label: t('Confirm', '确认', '確認'),
    hint: t('The brand checks the need was really met.', '品牌确认需求确实得到满足。', '品牌確認需求確實得到滿足。'),
  },
};

/** SERVQUAL service-quality dimensions. */
export const SERVQUAL_LABELS: Record<Servqual, LensLabel> = {
  reliability: {
    label: t('Reliability', '可靠性', '可靠性'),
    hint: t('Does what it promised, accurately and every time.', '准确、稳定地兑现承诺。', '準確、穩定地兌現承諾。'),
  },
  responsiveness: {
    label: t('Responsiveness', '响应性', '回應性'),
    hint: t('Willing and quick to help.', '乐于并迅速提供帮助。', '樂於並迅速提供協助。'),
  },
  assurance: {
    label: t('Assurance', '保证性', '保證性'),
    hint: t('Competence and courtesy that earn trust.', '专业与礼貌带来信任。', '專業與禮貌帶來信任。'),
  },
  empathy: {
    label: t('Empathy', '同情心', '同理心'),
    hint: t('Individual care and attention.', '对每位顾客的个别关怀。', '對每位顧客的個別關懷。'),
  },
  tangibles: {
    label: t('Tangibles', '有形性', '有形性'),
    hint: t('What can be seen: site, packaging, materials, staff.', '看得见的部分：网站、包装、资料、人员。', '看得見的部分：網站、包裝、資料、人員。'),
  },
};

export const SENTIMENT_LABELS: Record<Sentiment, LensLabel> = {
  positive: {
    label: t('Positive', '正面', '正面'),
    hint: t('The evidence shows the brand handling the moment well.', '证据显示品牌处理得好。', '證據顯示品牌處理得好。'),
  },
  neutral: {
    label: t('Neutral', '中性', '中性'),
    hint: t('Neither good nor bad; a fact worth keeping.', '不好不坏，值得记录的事实。', '不好不壞，值得記錄的事實。'),
  },
  negative: {
    label: t('Negative', '负面', '負面'),
    hint: t('The evidence shows the brand failing the moment.', '证据显示品牌在此失分。', '證據顯示品牌在此失分。'),
  },
};

export const SOURCE_TYPE_LABELS: Record<SourceType, LensLabel> = {
  competitor_site: {
    label: t('Competitor site', '竞品官网', '競品官網'),
    hint: t("The brand's own site, help centre or shop.", '品牌自己的网站、帮助中心或商店。', '品牌自己的網站、說明中心或商店。'),
  },
  review_platform: {
    label: t('Review platform', '点评平台', '評論平台'),
    hint: t('G2, Trustpilot, Yelp, 大众点评 …', 'G2、Trustpilot、Yelp、大众点评等。', 'G2、Trustpilot、Yelp、大眾點評等。'),
  },
  social: {
    label: t('Social', '社交媒体', '社群媒體'),
    hint: t('X, Facebook, TikTok, 微博, 小红书 …', 'X、Facebook、抖音、微博、小红书等。', 'X、Facebook、抖音、微博、小紅書等。'),
  },
  search: {
    label: t('Search engine', '搜索引擎', '搜尋引擎'),
    hint: t('Google, Bing, 百度 results.', 'Google、Bing、百度的结果页。', 'Google、Bing、百度的結果頁。'),
  },
  marketplace: {
    label: t('Marketplace', '电商平台', '電商平台'),
    hint: t('Amazon, 淘宝/天猫, 京东 listings.', '亚马逊、淘宝/天猫、京东的商品页。', '亞馬遜、淘寶/天貓、京東的商品頁。'),
  },
  forum: {
    label: t('Forum', '论坛社区', '論壇社群'),
    hint: t('Community boards and Q&A threads.', '社区讨论区与问答帖。', '社群討論區與問答串。'),
  },
  news: {
    label: t('News', '新闻媒体', '新聞媒體'),
    hint: t('Press and trade media.', '新闻与行业媒体。', '新聞與產業媒體。'),
  },
  other: {
    label: t('Other', '其他', '其他'),
    hint: t('Anything else.', '其他来源。', '其他來源。'),
  },
};
