/**
 * What kind of page a walk step is on, from its URL path and title, so that
 * walks of different brands can be compared stage by stage: product → cart →
 * checkout → confirmation. English, Chinese (both scripts) and Latvian words.
 * Unknown pages are `other`; nothing is guessed from the page's text.
 */
export const PAGE_TYPES = [
  'home',
  'search',
  'listing',
  'product',
  'cart',
  'account',
  'checkout',
  'payment',
  'confirmation',
  'tracking',
  'help',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const RULES: [PageType, RegExp][] = [
  ['confirmation', /(order[-_ ]?(confirm|complete|success|received|placed)|thank[-_ ]?you|\/success\b|\/complete\b|\bconfirmation\b|订单(已)?(提交|确认|完成)|訂單(已)?(提交|確認|完成)|下单成功|下單成功|感谢您的订购|感謝您的訂購|pasūtījums (ir )?(saņemts|apstiprināts)|paldies par pirkumu)/i],
  ['payment', /(\/pay(ment)?\b|\/billing\b|\bpayment\b|\bpay now\b|收银台|收銀台|支付|付款|apmaksa|maksājums)/i],
  ['checkout', /(check[-_ ]?out|\/shipping\b|\/delivery-details\b|\bguest\b.*\bcheckout\b|结算|結算|结账|結帳|确认订单|確認訂單|填写订单|填寫訂單|noformēt|pasūtījuma noformēšana)/i],
  ['cart', /(\/cart\b|\/basket\b|\/bag\b|shopping[-_ ]?(cart|bag)|\bcart\b|\bbasket\b|购物车|購物車|grozs|iepirkumu grozs)/i],
  ['account', /(\/log[-_ ]?in\b|\/sign[-_ ]?(in|up)\b|\/register\b|\/account\b|\blog in\b|\bsign in\b|登录|登錄|登入|注册|註冊|pieslēgties|reģistrēties)/i],
  ['tracking', /(track(ing)?[-_ ]?(order|parcel|package|shipment)?\b|\/orders?\/\w|where is my (order|parcel)|物流|查询订单|查詢訂單|订单跟踪|訂單追蹤|sūtījuma izsekošana)/i],
  ['help', /(\/help\b|\/support\b|\/faq\b|\/contact\b|help[-_ ]?cent(er|re)|customer service|帮助中心|幫助中心|說明中心|客服|常见问题|常見問題|palīdzība|biežāk uzdotie jautājumi|klientu serviss)/i],
  ['search', /([?&](q|query|search|keyword|s)=|\/search\b|搜索|搜尋|meklēt)/i],
  ['product', /(\/(p|dp|product|products|item|sku)\/|[?&](sku|product_id|pid)=|商品详情|商品詳情|produkts)/i],
  ['listing', /(\/(c|category|categories|collections?|shop|catalog(ue)?)\b|分类|分類|类目|類目|kategorija)/i],
];

/** The page type of a URL and its title. */
export function pageTypeOf(url: string, title = ''): PageType {
  let path: string;
  try {
    const u = new URL(url);
    path = decodeURIComponent(u.pathname + u.search).toLowerCase();
    if ((u.pathname === '/' || u.pathname === '') && !u.search) return 'home';
  } catch {
    return 'other';
  }
  const text = `${path} ${title.toLowerCase()}`;
  for (const [type, re] of RULES) if (re.test(text)) return type;
  return 'other';
}
