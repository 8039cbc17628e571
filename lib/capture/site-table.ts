import type { SourceType } from '../model';

/** A platform researchers clip from, by its registrable domain (or a host under it). */
export interface KnownSite {
  domain: string;
  name: string;
  sourceType: SourceType;
  /** Only URLs whose path matches (e.g. Google Maps under google.com/maps). */
  path?: RegExp;
}

const group = (sourceType: SourceType, entries: readonly (readonly [string, string])[]): KnownSite[] =>
  entries.map(([domain, name]) => ({ domain, name, sourceType }));

/**
 * The maintained table of platforms (the platforms researchers clip from): international, Chinese
 * (mainland and Taiwan/Hong Kong) and Baltic. A host matches an entry when it
 * is the domain or a subdomain of it; the most specific entry wins. Every entry
 * is exercised by test/unit/capture/site-table.test.ts. Search engines count as
 * `search` only on their result pages (see source-type.ts).
 */
export const KNOWN_SITES: readonly KnownSite[] = [
  ...group('review_platform', [
    ['g2.com', 'G2'], ['trustpilot.com', 'Trustpilot'], ['tripadvisor.com', 'Tripadvisor'],
    ['tripadvisor.co.uk', 'Tripadvisor'], ['tripadvisor.cn', 'Tripadvisor'], ['tripadvisor.com.tw', 'Tripadvisor'],
    ['booking.com', 'Booking.com'], ['yelp.com', 'Yelp'], ['capterra.com', 'Capterra'], ['getapp.com', 'GetApp'],
    ['softwareadvice.com', 'Software Advice'], ['trustradius.com', 'TrustRadius'], ['glassdoor.com', 'Glassdoor'],
    ['sitejabber.com', 'Sitejabber'], ['reviews.io', 'REVIEWS.io'], ['productreview.com.au', 'ProductReview'],
    ['consumeraffairs.com', 'ConsumerAffairs'], ['bbb.org', 'BBB'], ['feefo.com', 'Feefo'], ['kununu.com', 'kununu'],
    ['expedia.com', 'Expedia'], ['hotels.com', 'Hotels.com'], ['agoda.com', 'Agoda'], ['opentable.com', 'OpenTable'],
    ['zomato.com', 'Zomato'], ['foursquare.com', 'Foursquare'], ['producthunt.com', 'Product Hunt'],
    ['imdb.com', 'IMDb'], ['goodreads.com', 'Goodreads'], ['rottentomatoes.com', 'Rotten Tomatoes'],
    ['tabelog.com', '食べログ'], ['kakaku.com', '価格.com'], ['openrice.com', 'OpenRice'],
    ['dianping.com', '大众点评'], ['meituan.com', '美团'], ['ctrip.com', '携程'], ['trip.com', 'Trip.com'],
    ['mafengwo.cn', '马蜂窝'], ['qunar.com', '去哪儿'], ['smzdm.com', '什么值得买'], ['ifoodie.tw', '愛食記'],
    ['k.autohome.com.cn', '汽车之家口碑'], ['salidzini.lv', 'Salidzini.lv'], ['kurpirkt.lv', 'Kurpirkt.lv'],
    ['reviews.test', 'Reviews'],
  ]),
  { domain: 'google.com', name: 'Google Maps', sourceType: 'review_platform', path: /^\/maps\b/ },
  { domain: 'maps.google.com', name: 'Google Maps', sourceType: 'review_platform' },
  { domain: 'maps.app.goo.gl', name: 'Google Maps', sourceType: 'review_platform' },
  ...group('social', [
    ['x.com', 'X'], ['twitter.com', 'X'], ['facebook.com', 'Facebook'], ['instagram.com', 'Instagram'],
    ['tiktok.com', 'TikTok'], ['douyin.com', '抖音'], ['youtube.com', 'YouTube'], ['youtu.be', 'YouTube'],
    ['linkedin.com', 'LinkedIn'], ['reddit.com', 'Reddit'], ['weibo.com', '微博'], ['weibo.cn', '微博'],
    ['xiaohongshu.com', '小红书'], ['xhslink.com', '小红书'], ['zhihu.com', '知乎'], ['bilibili.com', 'B站'],
    ['threads.net', 'Threads'], ['threads.com', 'Threads'], ['pinterest.com', 'Pinterest'], ['mp.weixin.qq.com', '微信公众号'],
    ['kuaishou.com', '快手'], ['ixigua.com', '西瓜视频'], ['snapchat.com', 'Snapchat'], ['vk.com', 'VK'],
    ['bsky.app', 'Bluesky'], ['mastodon.social', 'Mastodon'], ['tumblr.com', 'Tumblr'], ['plurk.com', 'Plurk'],
    ['lemon8-app.com', 'Lemon8'], ['draugiem.lv', 'Draugiem.lv'], ['vimeo.com', 'Vimeo'], ['twitch.tv', 'Twitch'],
    ['social.test', 'Social'],
  ]),
  ...group('search', [
    ['google.com', 'Google'], ['google.co.uk', 'Google'], ['google.com.hk', 'Google'], ['google.com.tw', 'Google'],
    ['google.lv', 'Google'], ['bing.com', 'Bing'], ['baidu.com', '百度'], ['duckduckgo.com', 'DuckDuckGo'],
    ['yandex.com', 'Yandex'], ['yandex.ru', 'Yandex'], ['sogou.com', '搜狗'], ['so.com', '360搜索'],
    ['search.yahoo.com', 'Yahoo'], ['search.yahoo.co.jp', 'Yahoo! JAPAN'], ['search.naver.com', 'Naver'],
    ['ecosia.org', 'Ecosia'], ['startpage.com', 'Startpage'], ['search.brave.com', 'Brave Search'],
    ['search.test', 'Search'],
  ]),
  ...group('marketplace', [
    ['amazon.com', 'Amazon'], ['amazon.co.uk', 'Amazon'], ['amazon.de', 'Amazon'], ['amazon.cn', 'Amazon'],
    ['amazon.co.jp', 'Amazon'], ['ebay.com', 'eBay'], ['etsy.com', 'Etsy'], ['aliexpress.com', 'AliExpress'],
    ['temu.com', 'Temu'], ['walmart.com', 'Walmart'], ['target.com', 'Target'], ['bestbuy.com', 'Best Buy'],
    ['rakuten.co.jp', 'Rakuten'], ['bol.com', 'bol.com'], ['allegro.pl', 'Allegro'], ['zalando.de', 'Zalando'],
    ['otto.de', 'OTTO'], ['idealo.de', 'idealo'], ['mercadolibre.com', 'Mercado Libre'], ['flipkart.com', 'Flipkart'],
    ['play.google.com', 'Google Play'], ['apps.apple.com', 'App Store'], ['airbnb.com', 'Airbnb'],
    ['taobao.com', '淘宝'], ['tmall.com', '天猫'], ['jd.com', '京东'], ['pinduoduo.com', '拼多多'],
    ['yangkeduo.com', '拼多多'], ['suning.com', '苏宁易购'], ['vip.com', '唯品会'], ['dangdang.com', '当当'],
    ['1688.com', '1688'], ['goofish.com', '闲鱼'], ['fliggy.com', '飞猪'],
    ['momoshop.com.tw', 'momo購物網'], ['shopee.tw', '蝦皮購物'], ['shopee.com', 'Shopee'], ['shopee.sg', 'Shopee'],
    ['pchome.com.tw', 'PChome 24h購物'], ['ruten.com.tw', '露天拍賣'], ['books.com.tw', '博客來'],
    ['tw.buy.yahoo.com', 'Yahoo奇摩購物中心'], ['rakuten.com.tw', '樂天市場'], ['coupang.com', 'Coupang'],
    ['220.lv', '220.lv'], ['pigu.lt', 'Pigu.lt'], ['kaup24.ee', 'Kaup24.ee'], ['hobbyhall.fi', 'Hobby Hall'],
    ['varle.lt', 'Varle.lt'], ['ss.lv', 'SS.lv'], ['ss.com', 'SS.com'], ['osta.ee', 'Osta.ee'], ['skelbiu.lt', 'Skelbiu.lt'],
    ['market.test', 'Market'],
  ]),
  ...group('forum', [
    ['quora.com', 'Quora'], ['stackexchange.com', 'Stack Exchange'], ['stackoverflow.com', 'Stack Overflow'],
    ['superuser.com', 'Super User'], ['serverfault.com', 'Server Fault'], ['askubuntu.com', 'Ask Ubuntu'],
    ['news.ycombinator.com', 'Hacker News'], ['lobste.rs', 'Lobsters'], ['mumsnet.com', 'Mumsnet'],
    ['xda-developers.com', 'XDA'], ['tieba.baidu.com', '百度贴吧'], ['zhidao.baidu.com', '百度知道'], ['douban.com', '豆瓣'],
    ['v2ex.com', 'V2EX'], ['hupu.com', '虎扑'], ['tianya.cn', '天涯社区'], ['nga.cn', 'NGA'], ['autohome.com.cn', '汽车之家'],
    ['ptt.cc', 'PTT'], ['dcard.tw', 'Dcard'], ['mobile01.com', 'Mobile01'], ['baby-kingdom.com', 'Baby Kingdom'],
    ['forum.test', 'Forum'],
  ]),
  ...group('news', [
    ['nytimes.com', 'The New York Times'], ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'], ['reuters.com', 'Reuters'],
    ['theguardian.com', 'The Guardian'], ['techcrunch.com', 'TechCrunch'], ['theverge.com', 'The Verge'],
    ['cnn.com', 'CNN'], ['washingtonpost.com', 'The Washington Post'], ['wsj.com', 'The Wall Street Journal'],
    ['ft.com', 'Financial Times'], ['bloomberg.com', 'Bloomberg'], ['apnews.com', 'AP News'], ['npr.org', 'NPR'],
    ['cnbc.com', 'CNBC'], ['forbes.com', 'Forbes'], ['businessinsider.com', 'Business Insider'], ['wired.com', 'WIRED'],
    ['arstechnica.com', 'Ars Technica'], ['engadget.com', 'Engadget'], ['zdnet.com', 'ZDNET'], ['cnet.com', 'CNET'],
    ['theatlantic.com', 'The Atlantic'], ['latimes.com', 'Los Angeles Times'], ['usatoday.com', 'USA Today'],
    ['independent.co.uk', 'The Independent'], ['telegraph.co.uk', 'The Telegraph'], ['dailymail.co.uk', 'Daily Mail'],
    ['spiegel.de', 'DER SPIEGEL'], ['zeit.de', 'ZEIT ONLINE'], ['faz.net', 'FAZ'], ['lemonde.fr', 'Le Monde'],
    ['elpais.com', 'EL PAÍS'], ['aljazeera.com', 'Al Jazeera'], ['scmp.com', 'South China Morning Post'],
    ['economist.com', 'The Economist'], ['time.com', 'TIME'], ['axios.com', 'Axios'], ['politico.com', 'POLITICO'],
    ['venturebeat.com', 'VentureBeat'], ['mashable.com', 'Mashable'], ['gizmodo.com', 'Gizmodo'], ['nikkei.com', '日本経済新聞'],
    ['news.google.com', 'Google News'], ['news.yahoo.com', 'Yahoo News'], ['tw.news.yahoo.com', 'Yahoo奇摩新聞'],
    ['36kr.com', '36氪'], ['sina.com.cn', '新浪'], ['caixin.com', '财新'], ['thepaper.cn', '澎湃新闻'], ['ifeng.com', '凤凰网'],
    ['163.com', '网易'], ['sohu.com', '搜狐'], ['news.qq.com', '腾讯新闻'], ['toutiao.com', '今日头条'], ['huxiu.com', '虎嗅'],
    ['jiemian.com', '界面新闻'], ['yicai.com', '第一财经'], ['ithome.com', 'IT之家'], ['xinhuanet.com', '新华网'],
    ['people.com.cn', '人民网'], ['chinadaily.com.cn', 'China Daily'], ['udn.com', '聯合新聞網'], ['ltn.com.tw', '自由時報'],
    ['chinatimes.com', '中時新聞網'], ['ettoday.net', 'ETtoday'], ['cna.com.tw', '中央社'], ['setn.com', '三立新聞網'],
    ['storm.mg', '風傳媒'], ['technews.tw', '科技新報'], ['delfi.lv', 'Delfi'], ['delfi.lt', 'Delfi'], ['delfi.ee', 'Delfi'],
    ['lsm.lv', 'LSM'], ['tvnet.lv', 'TVNET'], ['diena.lv', 'Diena'], ['la.lv', 'LA.LV'], ['nra.lv', 'NRA'],
    ['err.ee', 'ERR'], ['postimees.ee', 'Postimees'], ['lrt.lt', 'LRT'], ['15min.lt', '15min'],
    ['news.test', 'News'],
  ]),
  ...group('other', [
    ['mail.google.com', 'Gmail'], ['docs.google.com', 'Google Docs'], ['outlook.live.com', 'Outlook'],
    ['mail.qq.com', 'QQ邮箱'], ['wikipedia.org', 'Wikipedia'], ['baike.baidu.com', '百度百科'],
  ]),
];

/** National variants of the big platforms: google.de, amazon.fr, amazon.com.br, shopee.co.id … */
const FAMILY = /(?:^|\.)(google|bing|amazon|ebay|tripadvisor|booking|yelp|trustpilot|capterra|glassdoor|expedia|zalando|shopee|rakuten|mercadolibre)\.(?:com?\.)?[a-z]{2,3}$/;

/** The table entry for a host (and path), most specific domain first (`tieba.baidu.com` before `baidu.com`). */
export function findKnownSite(host: string, path = '/'): KnownSite | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  let best: KnownSite | undefined;
  for (const site of KNOWN_SITES) {
    if (site.path && !site.path.test(path)) continue;
    if (h === site.domain || h.endsWith('.' + site.domain)) {
      if (!best || site.domain.length > best.domain.length || (site.path && site.domain.length === best.domain.length)) best = site;
    }
  }
  if (best) return best;
  const m = FAMILY.exec(h);
  if (m) {
    const family = m[1]!;
    const base =
      KNOWN_SITES.find((s) => s.domain === `${family}.com` && !s.path && (!/^\/maps\b/.test(path) || family !== 'google')) ??
      KNOWN_SITES.find((s) => s.domain.startsWith(`${family}.`));
    const maps = family === 'google' && /^\/maps\b/.test(path) ? KNOWN_SITES.find((s) => s.path && s.domain === 'google.com') : undefined;
    const pick = maps ?? base;
    if (pick) return { ...pick, domain: h, path: undefined };
  }
  return undefined;
}
