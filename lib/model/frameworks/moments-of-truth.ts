import type { Framework } from '../framework';
import type { LocalizedText } from '../localized';

const t = (en: string, zh_CN: string, zh_TW: string, lv: string): LocalizedText => ({ en, zh_CN, zh_TW, lv });

/**
 * Moments of Truth, in journey order. The term goes back to Jan Carlzon at SAS
 * (1987): millions of short contacts a year, each of which can win or lose a
 * customer. Later writers named the moments before, at and after purchase.
 */
export const MOMENTS_OF_TRUTH: Framework = {
  id: 'moments-of-truth',
  builtin: true,
  name: t('Moments of Truth', '关键时刻（MOT）', '關鍵時刻（MOT）', 'Patiesības mirkļi'),
  description: t(
    'The short moments in which a customer forms a view of a brand, from the first hint of a need to sharing the experience with others. Jan Carlzon (SAS, 1987) counted ten million customers meeting five employees for 15 seconds each: 50 million moments a year that decide a company’s fate.',
    '顾客对品牌形成看法的那些短暂瞬间，从需求萌芽一直到分享体验。扬·卡尔松（北欧航空，1987）算过：一千万名顾客、每人接触五位员工、每次约 15 秒，一年就是五千万个决定公司命运的时刻。',
    '顧客對品牌形成看法的那些短暫瞬間，從需求萌芽一直到分享體驗。揚·卡爾森（北歐航空，1987）算過：一千萬名顧客、每人接觸五位員工、每次約 15 秒，一年就是五千萬個決定公司命運的時刻。',
    'Īsie mirkļi, kuros klients veido viedokli par zīmolu, — no pirmās vajadzības nojausmas līdz pieredzes stāstīšanai citiem. Jans Karlzons (Jan Carlzon, SAS, 1987) saskaitīja desmit miljonus klientu, no kuriem katrs satiek piecus darbiniekus apmēram uz 15 sekundēm: 50 miljoni mirkļu gadā, kas izšķir uzņēmuma likteni.',
  ),
  updatedAt: '2026-12-01T00:00:00.000Z',
  stages: [
    {
      id: 'lzmot',
      short: t('<ZMOT', '<ZMOT', '<ZMOT', '<ZMOT'),
      name: t('Less-than-Zero Moment of Truth', '零关键时刻之前（<ZMOT）', '零關鍵時刻之前（<ZMOT）', 'Pirms nulles patiesības mirklis'),
      description: t(
        'Before any search: the person first becomes aware of a need, often prompted by an ad, a social post or a brand e-mail.',
        '还没开始搜索：人第一次意识到某种需求，常常是被广告、社交帖子或品牌邮件触发的。',
        '還沒開始搜尋：人第一次意識到某種需求，常常是被廣告、社群貼文或品牌郵件觸發的。',
        'Pirms jebkādas meklēšanas: cilvēks pirmo reizi apzinās vajadzību — bieži pēc reklāmas, sociālo mediju ieraksta vai zīmola e-pasta.',
      ),
      evidence: t('Ads, sponsored posts, newsletters.', '广告、赞助帖、电子报。', '廣告、贊助貼文、電子報。', 'Reklāmas, sponsorēti ieraksti, jaunumu vēstules.'),
      lookFor: [
        t('Ads and sponsored posts that name the need', '点出需求的广告与赞助帖', '點出需求的廣告與贊助貼文', 'Reklāmas un sponsorēti ieraksti, kas nosauc vajadzību'),
        t('Newsletters and brand e-mails', '电子报与品牌邮件', '電子報與品牌郵件', 'Jaunumu vēstules un zīmola e-pasti'),
        t('Presence in the feeds the audience reads', '出现在目标人群常看的信息流里', '出現在目標族群常看的動態中', 'Klātbūtne plūsmās, ko lasa mērķauditorija'),
      ],
      color: '#8b5cf6',
    },
    {
      id: 'zmot',
      short: t('ZMOT', 'ZMOT', 'ZMOT', 'ZMOT'),
      name: t('Zero Moment of Truth', '零关键时刻（ZMOT）', '零關鍵時刻（ZMOT）', 'Nulles patiesības mirklis'),
      description: t(
        'Research before buying: search, reviews, comparisons. Google named it in 2011, when shoppers used 10.4 sources per decision (5.3 a year earlier) and 53% researched before buying.',
        '购买前的研究：搜索、看评价、做比较。Google 于 2011 年提出这个说法，当时每个购买决定平均参考 10.4 个信息来源（前一年为 5.3 个），53% 的购物者会先做功课。',
        '購買前的研究：搜尋、看評價、做比較。Google 於 2011 年提出這個說法，當時每個購買決定平均參考 10.4 個資訊來源（前一年為 5.3 個），53% 的購物者會先做功課。',
        'Izpēte pirms pirkuma: meklēšana, atsauksmes, salīdzinājumi. Google to nosauca 2011. gadā, kad pircēji vienam lēmumam izmantoja 10,4 informācijas avotus (gadu iepriekš — 5,3) un 53 % pirms pirkuma veica izpēti.',
      ),
      evidence: t('Search results, review sites, comparison pages, FAQ and pricing pages.', '搜索结果、点评网站、比较页、常见问题与价格页。', '搜尋結果、評論網站、比較頁、常見問題與價格頁。', 'Meklēšanas rezultāti, atsauksmju vietnes, salīdzinājumu lapas, BUJ un cenu lapas.'),
      lookFor: [
        t('Easy to find in search', '在搜索中容易找到', '在搜尋中容易找到', 'Viegli atrodams meklētājā'),
        t('An FAQ that answers every pre-purchase question, price included', '常见问题解答覆盖所有购前疑问，包括价格', '常見問題涵蓋所有購前疑問，包括價格', 'BUJ, kas atbild uz visiem jautājumiem pirms pirkuma, arī par cenu'),
        t('How-to content and customer stories', '教程内容与客户故事', '教學內容與客戶故事', 'Pamācības un klientu stāsti'),
        t('Contact hours stated', '写明联系时间', '寫明聯絡時間', 'Norādīts saziņas laiks'),
      ],
      color: '#3b82f6',
    },
    {
      id: 'fmot',
      short: t('FMOT', 'FMOT', 'FMOT', 'FMOT'),
      name: t('First Moment of Truth', '第一关键时刻（FMOT）', '第一關鍵時刻（FMOT）', 'Pirmais patiesības mirklis'),
      description: t(
        'The first encounter with the product, on a shelf or a product page: the three to seven seconds in which the buyer decides. Named by P&G under A.G. Lafley in 2005–2006.',
        '第一次真正接触产品，在货架上或商品页上：买家在三到七秒内做出决定。宝洁在雷富礼（A.G. Lafley）任内于 2005–2006 年提出。',
        '第一次真正接觸產品，在貨架上或商品頁上：買家在三到七秒內做出決定。寶僑在雷富禮（A.G. Lafley）任內於 2005–2006 年提出。',
        'Pirmā saskarsme ar produktu — veikala plauktā vai produkta lapā: tās trīs līdz septiņas sekundes, kurās pircējs izlemj. Terminu 2005.–2006. gadā ieviesa P&G A. Dž. Leflija (A.G. Lafley) vadībā.',
      ),
      evidence: t('Product pages, demos, trial sign-up, pricing, shelf or listing.', '商品页、演示、试用注册、价格、货架或商品列表。', '商品頁、示範、試用註冊、價格、貨架或商品列表。', 'Produktu lapas, demonstrācijas, pieteikšanās izmēģinājumam, cenas, plaukts vai preces lapa.'),
      lookFor: [
        t('Sizes, photos and a how-to video', '尺寸、图片和使用视频', '尺寸、圖片和使用影片', 'Izmēri, fotoattēli un lietošanas video'),
        t('Price, availability and shipping shown', '标明价格、库存与配送', '標明價格、庫存與配送', 'Norādīta cena, pieejamība un piegāde'),
        t('Reviews, ratings and testimonials', '评价、评分与用户证言', '評價、評分與使用者證言', 'Atsauksmes, vērtējumi un klientu liecības'),
        t('Present on the platforms buyers use', '出现在买家常用的平台上', '出現在買家常用的平台上', 'Klātbūtne platformās, ko izmanto pircēji'),
      ],
      color: '#10b981',
    },
    {
      id: 'amot',
      short: t('AMOT', 'AMOT', 'AMOT', 'AMOT'),
      name: t('Actual Moment of Truth', '实际关键时刻（AMOT）', '實際關鍵時刻（AMOT）', 'Faktiskais patiesības mirklis'),
      description: t(
        'Between paying and receiving: checkout, waiting, delivery and logistics.',
        '从付款到收货之间：结账、等待、配送与物流。',
        '從付款到收貨之間：結帳、等待、配送與物流。',
        'Starp apmaksu un saņemšanu: pirkuma noformēšana, gaidīšana, piegāde un loģistika.',
      ),
      evidence: t('Checkout flow, shipping promises, delivery tracking, complaints about waiting.', '结账流程、配送承诺、物流追踪、对等待的抱怨。', '結帳流程、配送承諾、物流追蹤、對等待的抱怨。', 'Pirkuma noformēšanas process, piegādes solījumi, sūtījumu izsekošana, sūdzības par gaidīšanu.'),
      lookFor: [
        t('A clear delivery promise', '明确的配送承诺', '明確的配送承諾', 'Skaidrs piegādes solījums'),
        t('Order tracking', '订单追踪', '訂單追蹤', 'Pasūtījuma izsekošana'),
        t('A short, honest checkout', '简短透明的结账流程', '簡短透明的結帳流程', 'Īsa un godīga pirkuma noformēšana'),
      ],
      color: '#f59e0b',
    },
    {
      id: 'smot',
      short: t('SMOT', 'SMOT', 'SMOT', 'SMOT'),
      name: t('Second Moment of Truth', '第二关键时刻（SMOT）', '第二關鍵時刻（SMOT）', 'Otrais patiesības mirklis'),
      description: t(
        'Using the product and judging it against the promise: onboarding, support contacts and every later use. There are many second moments. Also from P&G.',
        '使用产品并拿它和承诺对照：上手引导、联系客服，以及之后的每一次使用。第二关键时刻有很多个。同样出自宝洁。',
        '使用產品並拿它和承諾對照：上手引導、聯絡客服，以及之後的每一次使用。第二關鍵時刻有很多個。同樣出自寶僑。',
        'Produkta lietošana un tā salīdzināšana ar solīto: ievadapmācība, saziņa ar atbalsta dienestu un katra nākamā lietošanas reize. Otro patiesības mirkļu ir daudz. Arī šis termins nāk no P&G.',
      ),
      evidence: t('Onboarding e-mails, help centre, support chat, manuals, community forums.', '引导邮件、帮助中心、客服聊天、说明书、用户论坛。', '引導郵件、說明中心、客服聊天、說明書、使用者論壇。', 'Ievadapmācības e-pasti, palīdzības centrs, atbalsta tērzēšana, lietošanas instrukcijas, kopienas forumi.'),
      lookFor: [
        t('Delivered on time and in good condition', '准时送达且完好无损', '準時送達且完好無損', 'Piegādāts laikā un nebojāts'),
        t('Service reachable by chat, phone and social', '可通过聊天、电话和社交媒体联系到客服', '可透過聊天、電話和社群媒體聯絡到客服', 'Klientu apkalpošana sasniedzama tērzēšanā, pa tālruni un sociālajos medijos'),
        t('Manuals or QR codes that help', '有用的说明书或二维码', '有用的說明書或 QR 碼', 'Noderīgas lietošanas instrukcijas vai QR kodi'),
        t('A user forum', '用户论坛', '使用者論壇', 'Lietotāju forums'),
      ],
      color: '#ef4444',
    },
    {
      id: 'tmot',
      short: t('TMOT', 'TMOT', 'TMOT', 'TMOT'),
      name: t('Third (Ultimate) Moment of Truth', '第三（终极）关键时刻（TMOT/UMOT）', '第三（終極）關鍵時刻（TMOT/UMOT）', 'Trešais (galīgais) patiesības mirklis'),
      description: t(
        'The customer reacts and shares: reviews, word of mouth, user-generated content. They become an advocate or a critic — a happy customer tells three friends, an angry one tells 3,000 — and what they share feeds the next buyer’s ZMOT. Pete Blackshaw, 2006.',
        '顾客作出反应并分享：评价、口碑、用户生成内容。他们会成为拥护者或批评者——满意的顾客告诉三个朋友，愤怒的顾客告诉三千人——而这些分享又成为下一位买家的 ZMOT。由皮特·布莱克肖于 2006 年提出。',
        '顧客作出反應並分享：評價、口碑、使用者生成內容。他們會成為擁護者或批評者——滿意的顧客告訴三個朋友，憤怒的顧客告訴三千人——而這些分享又成為下一位買家的 ZMOT。由彼特·布萊克蕭於 2006 年提出。',
        'Klients reaģē un dalās pieredzē: atsauksmes, ieteikumi no mutes mutē, lietotāju radīts saturs. Viņš kļūst par zīmola aizstāvi vai kritiķi — apmierināts klients pastāsta trim draugiem, dusmīgs — 3000 cilvēku —, un tas, ar ko viņš dalās, baro nākamā pircēja ZMOT. Pīts Blekšo (Pete Blackshaw), 2006.',
      ),
      evidence: t('Reviews, social posts, brand replies to reviews, UGC campaigns.', '评价、社交帖子、品牌对评价的回复、UGC 活动。', '評價、社群貼文、品牌對評價的回覆、UGC 活動。', 'Atsauksmes, sociālo mediju ieraksti, zīmola atbildes uz atsauksmēm, UGC kampaņas.'),
      lookFor: [
        t('Replies to both praise and complaints', '对好评和差评都有回复', '對好評和負評都有回覆', 'Atbildes gan uz uzslavām, gan uz sūdzībām'),
        t('An invitation to share', '邀请顾客分享', '邀請顧客分享', 'Aicinājums dalīties pieredzē'),
        t('Useful after-purchase content, not just promotions', '有用的售后内容，而不只是促销', '有用的售後內容，而不只是促銷', 'Noderīgs saturs pēc pirkuma, ne tikai akcijas'),
      ],
      color: '#ec4899',
    },
  ],
};
