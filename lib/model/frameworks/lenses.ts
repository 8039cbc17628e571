import type { LocalizedText } from '../localized';
import type { Behavior, Sentiment, Servqual, SourceType } from '../vocab';

/** A lens value's label and a one-line hint, in every UI language. */
export interface LensLabel {
  label: LocalizedText;
  hint: LocalizedText;
}

const t = (en: string, zh_CN: string, zh_TW: string, lv: string): LocalizedText => ({ en, zh_CN, zh_TW, lv });

/** Critical-moment behaviour: what the brand is doing at the moment clipped. */
export const BEHAVIOR_LABELS: Record<Behavior, LensLabel> = {
  explore: {
    label: t('Explore', '探索', '探索', 'Izzināt'),
    hint: t('The brand is finding out what the customer needs.', '品牌在了解顾客的需求。', '品牌在了解顧客的需求。', 'Zīmols noskaidro, kas klientam vajadzīgs.'),
  },
  propose: {
    label: t('Propose', '提议', '提議', 'Piedāvāt'),
    hint: t('The brand offers something fitted to that need.', '品牌针对需求给出量身方案。', '品牌針對需求給出量身方案。', 'Zīmols piedāvā kaut ko, kas atbilst šai vajadzībai.'),
  },
  act: {
    label: t('Act', '行动', '行動', 'Rīkoties'),
    hint: t('The brand delivers what it offered.', '品牌兑现它的提议。', '品牌兌現它的提議。', 'Zīmols izpilda to, ko piedāvāja.'),
  },
  confirm: {
    label: t('Confirm', '确认', '確認', 'Pārliecināties'),
    hint: t('The brand checks the need was really met.', '品牌确认需求确实得到满足。', '品牌確認需求確實得到滿足。', 'Zīmols pārliecinās, ka vajadzība tiešām ir apmierināta.'),
  },
};

/** SERVQUAL service-quality dimensions. */
export const SERVQUAL_LABELS: Record<Servqual, LensLabel> = {
  reliability: {
    label: t('Reliability', '可靠性', '可靠性', 'Uzticamība'),
    hint: t('Does what it promised, accurately and every time.', '准确、稳定地兑现承诺。', '準確、穩定地兌現承諾。', 'Izpilda solīto — precīzi un katru reizi.'),
  },
  responsiveness: {
    label: t('Responsiveness', '响应性', '回應性', 'Atsaucība'),
    hint: t('Willing and quick to help.', '乐于并迅速提供帮助。', '樂於並迅速提供協助。', 'Gatavība palīdzēt un ātra reakcija.'),
  },
  assurance: {
    label: t('Assurance', '保证性', '保證性', 'Pārliecība'),
    hint: t('Competence and courtesy that earn trust.', '专业与礼貌带来信任。', '專業與禮貌帶來信任。', 'Kompetence un pieklājība, kas rada uzticēšanos.'),
  },
  empathy: {
    label: t('Empathy', '同情心', '同理心', 'Empātija'),
    hint: t('Individual care and attention.', '对每位顾客的个别关怀。', '對每位顧客的個別關懷。', 'Individuāla gādība un uzmanība.'),
  },
  tangibles: {
    label: t('Tangibles', '有形性', '有形性', 'Materiālie elementi'),
    hint: t('What can be seen: site, packaging, materials, staff.', '看得见的部分：网站、包装、资料、人员。', '看得見的部分：網站、包裝、資料、人員。', 'Tas, ko var redzēt: vietne, iepakojums, materiāli, personāls.'),
  },
};

export const SENTIMENT_LABELS: Record<Sentiment, LensLabel> = {
  positive: {
    label: t('Positive', '正面', '正面', 'Pozitīvs'),
    hint: t('The evidence shows the brand handling the moment well.', '证据显示品牌处理得好。', '證據顯示品牌處理得好。', 'Pierādījums rāda, ka zīmols šajā mirklī rīkojas labi.'),
  },
  neutral: {
    label: t('Neutral', '中性', '中性', 'Neitrāls'),
    hint: t('Neither good nor bad; a fact worth keeping.', '不好不坏，值得记录的事实。', '不好不壞，值得記錄的事實。', 'Ne labi, ne slikti; fakts, ko vērts paturēt.'),
  },
  negative: {
    label: t('Negative', '负面', '負面', 'Negatīvs'),
    hint: t('The evidence shows the brand failing the moment.', '证据显示品牌在此失分。', '證據顯示品牌在此失分。', 'Pierādījums rāda, ka zīmols šajā mirklī neattaisno gaidas.'),
  },
};

export const SOURCE_TYPE_LABELS: Record<SourceType, LensLabel> = {
  competitor_site: {
    label: t('Competitor site', '竞品官网', '競品官網', 'Konkurenta vietne'),
    hint: t("The brand's own site, help centre or shop.", '品牌自己的网站、帮助中心或商店。', '品牌自己的網站、說明中心或商店。', 'Zīmola paša vietne, palīdzības centrs vai veikals.'),
  },
  review_platform: {
    label: t('Review platform', '点评平台', '評論平台', 'Atsauksmju platforma'),
    hint: t('G2, Trustpilot, Yelp, 大众点评 …', 'G2、Trustpilot、Yelp、大众点评等。', 'G2、Trustpilot、Yelp、大眾點評等。', 'G2, Trustpilot, Yelp, 大众点评 u. c.'),
  },
  social: {
    label: t('Social', '社交媒体', '社群媒體', 'Sociālie mediji'),
    hint: t('X, Facebook, TikTok, 微博, 小红书 …', 'X、Facebook、抖音、微博、小红书等。', 'X、Facebook、抖音、微博、小紅書等。', 'X, Facebook, TikTok, 微博, 小红书 u. c.'),
  },
  search: {
    label: t('Search engine', '搜索引擎', '搜尋引擎', 'Meklētājprogramma'),
    hint: t('Google, Bing, 百度 results.', 'Google、Bing、百度的结果页。', 'Google、Bing、百度的結果頁。', 'Google, Bing, 百度 rezultāti.'),
  },
  marketplace: {
    label: t('Marketplace', '电商平台', '電商平台', 'Tirdzniecības platforma'),
    hint: t('Amazon, 淘宝/天猫, 京东 listings.', '亚马逊、淘宝/天猫、京东的商品页。', '亞馬遜、淘寶/天貓、京東的商品頁。', 'Amazon, 淘宝/天猫, 京东 preču lapas.'),
  },
  forum: {
    label: t('Forum', '论坛社区', '論壇社群', 'Forums'),
    hint: t('Community boards and Q&A threads.', '社区讨论区与问答帖。', '社群討論區與問答串。', 'Kopienu diskusiju dēļi un jautājumu un atbilžu pavedieni.'),
  },
  news: {
    label: t('News', '新闻媒体', '新聞媒體', 'Ziņas'),
    hint: t('Press and trade media.', '新闻与行业媒体。', '新聞與產業媒體。', 'Prese un nozares mediji.'),
  },
  other: {
    label: t('Other', '其他', '其他', 'Cits'),
    hint: t('Anything else.', '其他来源。', '其他來源。', 'Jebkas cits.'),
  },
};
