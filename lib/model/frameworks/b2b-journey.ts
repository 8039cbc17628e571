import type { Framework } from '../framework';
import type { LocalizedText } from '../localized';

const t = (en: string, zh_CN: string, zh_TW: string, lv: string): LocalizedText => ({ en, zh_CN, zh_TW, lv });

/** The business buyer (B端) journey: six stages from a first signal to loyalty. */
export const B2B_JOURNEY: Framework = {
  id: 'b2b-journey',
  builtin: true,
  name: t('B2B buyer journey', 'B端采购旅程', 'B端採購旅程', 'B2B pircēja ceļš'),
  description: t(
    'How a business finds, chooses, receives and keeps a supplier.',
    '企业如何发现、选择、接收并长期留用一家供应商。',
    '企業如何發現、選擇、接收並長期留用一家供應商。',
    'Kā uzņēmums atrod un izvēlas piegādātāju, saņem tā piegādi un sadarbojas ar to ilgtermiņā.',
  ),
  updatedAt: '2026-12-01T00:00:00.000Z',
  stages: [
    {
      id: 'awareness',
      short: t('Awareness', '意识', '意識', 'Apzināšanās'),
      name: t('Awareness', '意识', '意識', 'Apzināšanās'),
      description: t('The buyer recognises a problem and notices possible suppliers.', '买方意识到问题，并注意到可能的供应商。', '買方意識到問題，並注意到可能的供應商。', 'Pircējs apzinās problēmu un pamana iespējamos piegādātājus.'),
      evidence: t('Thought leadership, events, LinkedIn posts, ads.', '行业观点文章、活动、LinkedIn 帖子、广告。', '產業觀點文章、活動、LinkedIn 貼文、廣告。', 'Domu līderības saturs, pasākumi, LinkedIn ieraksti, reklāmas.'),
      lookFor: [t('Content that names the buyer’s problem', '点出买方问题的内容', '點出買方問題的內容', 'Saturs, kas nosauc pircēja problēmu')],
      color: '#8b5cf6',
    },
    {
      id: 'consideration',
      short: t('Consideration', '考虑', '考慮', 'Apsvēršana'),
      name: t('Consideration', '考虑', '考慮', 'Apsvēršana'),
      description: t('The buyer builds a shortlist and studies each option.', '买方列出候选名单并逐一研究。', '買方列出候選名單並逐一研究。', 'Pircējs sastāda īso sarakstu un izpēta katru iespēju.'),
      evidence: t('Case studies, G2 reviews, pricing pages, analyst reports.', '客户案例、G2 评价、价格页、分析师报告。', '客戶案例、G2 評價、價格頁、分析師報告。', 'Klientu gadījumu izpētes, G2 atsauksmes, cenu lapas, analītiķu ziņojumi.'),
      lookFor: [t('Case studies and transparent pricing', '客户案例与透明定价', '客戶案例與透明定價', 'Gadījumu izpētes un caurskatāmas cenas')],
      color: '#3b82f6',
    },
    {
      id: 'decision',
      short: t('Decision', '决策', '決策', 'Lēmums'),
      name: t('Decision', '决策', '決策', 'Lēmums'),
      description: t('The buying group agrees and signs.', '采购小组达成一致并签约。', '採購小組達成共識並簽約。', 'Iepirkuma komanda vienojas un paraksta līgumu.'),
      evidence: t('Trials, demos, proposals, security and procurement documents.', '试用、演示、方案书、安全与采购文件。', '試用、示範、提案書、資安與採購文件。', 'Izmēģinājumi, demonstrācijas, piedāvājumi, drošības un iepirkuma dokumenti.'),
      lookFor: [t('Trial, demo and answers for procurement', '试用、演示以及给采购部门的答复', '試用、示範以及給採購部門的答覆', 'Izmēģinājums, demonstrācija un atbildes iepirkumu nodaļai')],
      color: '#10b981',
    },
    {
      id: 'delivery',
      short: t('Delivery', '交付', '交付', 'Piegāde'),
      name: t('Delivery', '交付', '交付', 'Piegāde'),
      description: t('The supplier implements, ships or onboards.', '供应商实施、发货或完成上线。', '供應商導入、出貨或完成上線。', 'Piegādātājs ievieš risinājumu, nosūta preci vai ievada klientu darbā.'),
      evidence: t('Onboarding plans, implementation guides, delivery terms.', '上线计划、实施指南、交付条款。', '上線計畫、導入指南、交付條款。', 'Ievadapmācības plāni, ieviešanas rokasgrāmatas, piegādes noteikumi.'),
      lookFor: [t('A clear onboarding plan with owners and dates', '有负责人和日期的清晰上线计划', '有負責人和日期的清晰上線計畫', 'Skaidrs ievadapmācības plāns ar atbildīgajiem un termiņiem')],
      color: '#f59e0b',
    },
    {
      id: 'use',
      short: t('Use', '使用', '使用', 'Lietošana'),
      name: t('Use', '使用', '使用', 'Lietošana'),
      description: t('The customer uses the product day to day and meets support.', '客户日常使用产品并与客服打交道。', '客戶日常使用產品並與客服打交道。', 'Klients ikdienā lieto produktu un saskaras ar atbalsta dienestu.'),
      evidence: t('Help centre, support tickets, status pages, community.', '帮助中心、工单、服务状态页、社区。', '說明中心、工單、服務狀態頁、社群。', 'Palīdzības centrs, atbalsta pieteikumi, statusa lapas, kopiena.'),
      lookFor: [t('Reachable, competent support', '找得到且专业的客服', '找得到且專業的客服', 'Sasniedzams un kompetents atbalsts')],
      color: '#ef4444',
    },
    {
      id: 'loyalty',
      short: t('Loyalty', '忠诚', '忠誠', 'Lojalitāte'),
      name: t('Loyalty', '忠诚', '忠誠', 'Lojalitāte'),
      description: t('The customer renews, expands and recommends — or leaves.', '客户续约、扩大采购并推荐——或者离开。', '客戶續約、擴大採購並推薦——或者離開。', 'Klients atjauno līgumu, paplašina sadarbību un iesaka citiem — vai aiziet.'),
      evidence: t('Renewal terms, customer programmes, public reviews, referrals.', '续约条款、客户计划、公开评价、转介绍。', '續約條款、客戶計畫、公開評價、轉介紹。', 'Līguma atjaunošanas noteikumi, klientu programmas, publiskas atsauksmes, ieteikumi.'),
      lookFor: [t('Reasons to stay and to recommend', '留下来和推荐的理由', '留下來和推薦的理由', 'Iemesli palikt un ieteikt')],
      color: '#ec4899',
    },
  ],
};
