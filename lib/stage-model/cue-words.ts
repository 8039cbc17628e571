/**
 * Word families that mean the same thing across English, Chinese (folded to
 * Simplified) and Latvian: each family is one feature whose weight per stage
 * the model learns, so a word seen in one language or phrasing helps with its
 * synonyms. They are not rules: a family says what a passage talks about, never
 * which stage it is. Latin-script entries match a word's beginning; Chinese
 * entries match anywhere.
 */
export const CUE_FAMILIES: Record<string, readonly string[]> = {
  advert: ['sponsored', 'promoted', 'advert', 'ad', 'ads', '#ad', 'partnership', 'paid', 'campaign', 'billboard', 'commercial', 'newsletter', 'unsubscribe', 'launch', 'introducing', 'meet the', 'coming soon',
    '广告', '推广', '赞助', '合作', '投放', '代言', '新品', '上市', '预告', '首发', '订阅', '邮件', '活动',
    'reklām', 'sponsor', 'jaunum', 'iepazīst', 'kampaņ', 'akcij'],
  offer: ['% off', 'sale', 'discount', 'deal', 'coupon', 'code', 'limited', 'today only', 'free gift', 'voucher', 'promo',
    '优惠', '折', '满减', '立减', '限时', '秒杀', '券', '红包', '大促', '返现', '包邮',
    'atlaid', 'izpārdo', 'kupon', 'ierobežot'],
  need: ['suddenly', 'just broke', 'flooded', 'broke down', 'died', 'need a', 'need to', 'time to replace', 'finally time', 'started', 'realised', 'realized', 'noticed', 'struggling', 'tired of', 'fed up',
    '突然', '坏了', '需要', '该换', '想换', '发现', '开始', '受不了', '烦',
    'pēkšņi', 'salūz', 'vajag', 'nepieciešam', 'jāmaina', 'apnicis'],
  research: ['which', 'vs', 'versus', 'compare', 'comparison', 'alternative', 'anyone', 'recommend', 'worth', 'should i', 'looking at', 'looking for', 'deciding', 'narrowed', 'before i buy', 'before buying', 'thinking of', 'considering', 'best', 'review', 'rating', 'rated', 'pros', 'cons', 'opinions', 'experiences with',
    '哪个', '哪款', '对比', '比较', '推荐', '求', '纠结', '值得', '值不值', '怎么样', '测评', '评测', '攻略', '种草', '选购', '口碑', '排行', '入手前', '有没有人',
    'kurš', 'kuru', 'salīdzin', 'iesak', 'vērts', 'atsauksm', 'vērtēj', 'labākais', 'izvēlēties', 'apsver', 'pirms pirkšanas'],
  search: ['results', 'search', 'searched', 'google', 'sponsored result', 'people also ask', 'about', 'faq',
    '搜索', '百度', '结果', '问答', '常见问题',
    'meklē', 'rezultāt', 'jautājum'],
  product: ['spec', 'specs', 'size', 'sizes', 'colour', 'color', 'material', 'dimensions', 'weight', 'battery', 'features', 'in stock', 'add to', 'buy now', 'price', 'priced', 'from £', 'from $', 'model', 'shelf', 'display', 'packaging', 'box', 'trial', 'demo', 'sample', 'tester', 'try',
    '规格', '尺寸', '颜色', '材质', '参数', '库存', '加入购物车', '立即购买', '价格', '售价', '到手价', '货架', '包装', '试用', '试吃', '试驾', '样品', '专柜', '门店', '直播间',
    'izmēr', 'krās', 'materiāl', 'cena', 'cenas', 'grozā', 'pirkt', 'izmēģin', 'plaukt', 'iepakojum'],
  checkout: ['checkout', 'cart', 'basket', 'payment', 'paid', 'order', 'ordered', 'booking', 'booked', 'reservation', 'confirmation', 'invoice', 'receipt', 'subscribe',
    '下单', '付款', '支付', '结账', '订单', '预订', '预约', '购物车',
    'pasūtīj', 'pasūtījum', 'maksāj', 'apmaks', 'grozs', 'rezervāc', 'rēķin'],
  wait: ['delivery', 'delivered', 'deliver', 'shipping', 'shipped', 'ships', 'dispatch', 'courier', 'parcel', 'package', 'tracking', 'track', 'arrive', 'arrived', 'arrival', 'late', 'delay', 'delayed', 'queue', 'waiting', 'wait', 'waited', 'pick up', 'pickup', 'collect', 'collection', 'in transit', 'out for delivery', 'installation', 'install date', 'check-in', 'boarding', 'table',
    '物流', '快递', '发货', '出货', '配送', '送达', '到货', '签收', '包裹', '取货', '自提', '提车', '排队', '等了', '等待', '延迟', '迟到', '上门', '安装', '超商',
    'piegād', 'kurjer', 'sūtījum', 'paka', 'pakomāt', 'rind', 'gaidīj', 'gaid', 'kavēj', 'izsekot', 'saņēm', 'uzstādīš'],
  using: ['using', 'used', 'use it', 'been using', 'after', 'weeks', 'months', 'days in', 'night', 'every day', 'daily', 'so far', 'setup', 'set up', 'setting up', 'onboarding', 'getting started', 'welcome', 'manual', 'instructions', 'how to', 'tutorial', 'tip', 'update', 'firmware', 'battery life',
    '用了', '使用', '一个月', '两周', '半年', '几天', '每天', '上手', '设置', '安装', '说明书', '教程', '更新', '激活', '绑定',
    'lietoj', 'izmanto', 'nedēļ', 'mēneš', 'iestatī', 'instrukcij', 'pamācīb', 'atjaunin'],
  support: ['support', 'customer service', 'help', 'helpdesk', 'agent', 'chat', 'ticket', 'refund', 'return', 'returns', 'replacement', 'warranty', 'repair', 'fix', 'fixed', 'broken', 'faulty', 'not working', 'stopped working', 'error', 'bug', 'issue', 'problem', 'complaint', 'cancel', 'call centre', 'hold',
    '客服', '售后', '退货', '退款', '换货', '保修', '维修', '故障', '投诉', '问题', '处理', '解决', '退订', '取消',
    'atbalst', 'klientu serviss', 'palīdzīb', 'atgriez', 'garantij', 'remont', 'bojāt', 'nestrādā', 'kļūd', 'sūdzīb', 'atcel'],
  share: ['recommend', 'told', 'tell everyone', 'my friends', 'friends', 'family', 'sharing', 'share', 'shared', 'posted', 'review', 'stars', '5 stars', 'love', 'obsessed', 'never going back', 'again', 'second', 'loyal', 'referral', 'refer', 'invite', 'unboxing', 'haul', 'tag us', 'photo', 'thank you for', 'thanks for', 'we are sorry', "we're sorry", 'reply', 'owner',
    '推荐给', '安利', '分享', '晒', '晒单', '好评', '差评', '回购', '无限回购', '朋友', '闺蜜', '姐妹', '邀请', '返图', '感谢您', '亲', '回复', '商家',
    'iesaku', 'draug', 'ģimen', 'dalīt', 'atsauksm', 'zvaigzn', 'mīlu', 'atkal', 'paldies', 'atbilde', 'uzaicin'],
  self: ['i', "i'm", "i've", 'my', 'me', 'we', 'our', 'us',
    '我', '我们', '本人', '自己',
    'es', 'mans', 'mana', 'mēs', 'mūsu', 'man'],
  question: ['?', 'anyone', 'does anyone', 'is it', 'can it', 'how do', 'what is', 'should',
    '吗', '呢', '请问', '有没有', '是否', '怎么',
    'vai', 'kā', 'kāpēc'],
  negation: ['not', 'no', 'never', "isn't", "don't", "didn't", 'without', 'just obsessed', 'not sponsored', 'not an ad',
    '不是', '没有', '不', '非', '并非', '真不是', '自费',
    'nav', 'ne', 'nekad', 'bez'],
};

const HAN = /[\u3400-\u9fff]/;

interface Compiled {
  han: [string, string][];
  latin: [RegExp, string][];
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  const han: [string, string][] = [];
  const latin: [RegExp, string][] = [];
  for (const [family, words] of Object.entries(CUE_FAMILIES)) {
    for (const w of words) {
      if (HAN.test(w)) han.push([w, family]);
      else {
        const body = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // A word's beginning (Latvian and English inflect at the end); symbols anywhere.
        latin.push([new RegExp(/^[\p{L}\p{N}]/u.test(w) ? `(?<![\\p{L}\\p{N}])${body}` : body, 'u'), family]);
      }
    }
  }
  return { han, latin };
}

/** The families a (lower-cased, Simplified-folded) text mentions, each with the first word that matched. */
export function cueFamilies(text: string): Map<string, string> {
  compiled ??= compile();
  const found = new Map<string, string>();
  for (const [w, family] of compiled.han) if (!found.has(family) && text.includes(w)) found.set(family, w);
  for (const [re, family] of compiled.latin) {
    if (found.has(family)) continue;
    const m = re.exec(text);
    if (m) found.set(family, m[0]);
  }
  return found;
}
