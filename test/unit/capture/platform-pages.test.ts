// @vitest-environment jsdom
// Fixture pages written from the real markup of the platforms researchers clip
// from (test/fixtures/capture/platforms/): for each, the brand the form
// proposes, the source type, and the review / post / comment / listing the
// selection lies in. Pages with no known brand must leave Brand empty — never
// the page title, the platform or the headline.
import { describe, expect, it } from 'vitest';
import type { ClipItem, SourceType } from '../../../lib/model';
import { makeBrand } from './helpers';
import { STUDY, clipOn } from './platform-study';

interface Case {
  file: string;
  url: string;
  selection: string;
  brands?: typeof STUDY;
  brand: string;
  source: SourceType;
  /** The item fields expected (null: the selection lies in no item). */
  item: Partial<ClipItem> | null;
}

const NONE: typeof STUDY = [];

const CASES: Case[] = [
  // Review platforms
  { file: 'trustpilot.html', url: 'https://www.trustpilot.com/review/brightline.example?page=2', selection: 'support kept closing my ticket',
    brand: 'Brightline Mattress', source: 'review_platform',
    item: { kind: 'review', author: 'Priya Raman', publishedAt: '2026-03-04T18:22:10.000Z', rating: 1, permalink: 'https://www.trustpilot.com/reviews/65f0a1' } },
  { file: 'trustpilot.html', url: 'https://www.trustpilot.com/review/brightline.example?page=2', selection: 'the trial period is generous', brands: NONE,
    brand: 'Brightline', source: 'review_platform', item: { kind: 'review', author: 'Tom Becker', rating: 5, publishedAt: '2026-03-02T09:01:00.000Z' } },
  { file: 'g2.html', url: 'https://www.g2.com/products/acme-crm/reviews', selection: 'Support took four days to answer a billing question',
    brand: 'Acme', source: 'review_platform',
    item: { kind: 'review', author: 'Marta K.', publishedAt: '2026-02-18', rating: 3, permalink: 'https://www.g2.com/survey_responses/acme-crm-review-9182736' } },
  { file: 'capterra.html', url: 'https://www.capterra.com/p/1234/Zentro-Desk/reviews/', selection: 'Ticket routing broke twice after an update', brands: NONE,
    brand: 'Zentro Desk', source: 'review_platform', item: { kind: 'review', author: 'Hannah W.', publishedAt: '2026-01-20', rating: 2 } },
  { file: 'yelp.html', url: 'https://www.yelp.com/biz/golden-lotus-noodle-bar-san-francisco', selection: 'the broth was lukewarm', brands: NONE,
    brand: 'Golden Lotus Noodle Bar', source: 'review_platform', item: { kind: 'review', author: 'Kevin L.', publishedAt: '2026-03-01', rating: 2 } },
  { file: 'tripadvisor.html', url: 'https://www.tripadvisor.com/Hotel_Review-g60878-d1234-Reviews-The_Harbor_Line_Hotel-Seattle_Washington.html', selection: 'the room above the bar was loud until 2am', brands: NONE,
    brand: 'The Harbor Line Hotel', source: 'review_platform',
    item: { kind: 'review', author: 'travelgal82', publishedAt: '2026-03-03', rating: 2, permalink: 'https://www.tripadvisor.com/ShowUserReviews-g60878-d1234-r950001-The_Harbor_Line_Hotel-Seattle_Washington.html' } },
  { file: 'booking.html', url: 'https://www.booking.com/hotel/lv/riga-centrs.en-gb.html', selection: 'reception did not send anyone to fix it', brands: NONE,
    brand: 'Hotel Riga Centrs', source: 'review_platform', item: { kind: 'review', author: 'Ieva', publishedAt: '2026-03-05', rating: 3 } },
  { file: 'google-maps.html', url: 'https://www.google.com/maps/place/Northwind+Outdoor+Store/@45.5,-122.6,17z/data=!4m8', selection: 'it still was not ready',
    brands: [...STUDY, makeBrand('b-northwind', 'Northwind Outdoor')], brand: 'Northwind Outdoor', source: 'review_platform',
    item: { kind: 'review', author: 'Sam Ortiz', rating: 1, publishedAt: '' } },
  { file: 'google-maps-unknown.html', url: 'https://www.google.com/maps/place/Corner+Bakery+Lab/@1,2,17z', selection: 'Sourdough sells out by 10am', brands: NONE,
    brand: '', source: 'review_platform', item: { kind: 'review', author: 'Ana G.', rating: 4 } },
  { file: 'dianping.html', url: 'https://www.dianping.com/shop/H8aBc12', selection: '服务员上错了两次菜', brands: NONE,
    brand: '老北京炸酱面', source: 'review_platform', item: { kind: 'review', author: '吃货小王', publishedAt: '2026-03-03T19:20:00.000Z', rating: 2 } },
  { file: 'smzdm.html', url: 'https://post.smzdm.com/p/a8x9y7z6/', selection: '走官方售后换电池花了四百多',
    brand: '戴森', source: 'review_platform', item: { kind: 'post', author: '值友6612', publishedAt: '2026-02-22T13:40:00.000Z' } },
  { file: 'salidzini.html', url: 'https://www.salidzini.lv/cena?q=samsung+galaxy+s24', selection: 'Piegāde 1-2 darba dienās',
    brand: 'Samsung', source: 'review_platform', item: null },
  // Marketplaces
  { file: 'amazon-com.html', url: 'https://www.amazon.com/Soundcore-Cancelling-Headphones/dp/B08HMWZBXC', selection: 'the replacement took five weeks to arrive', brands: NONE,
    brand: 'Soundcore', source: 'marketplace',
    item: { kind: 'review', author: 'J. Morales', publishedAt: '2026-02-14', rating: 2, permalink: 'https://www.amazon.com/gp/customer-reviews/R2XK4ZQ1/ref=cm_cr_dp_d_rvw_ttl?ie=UTF8&ASIN=B08HMWZBXC' } },
  { file: 'amazon-de.html', url: 'https://www.amazon.de/Philips-Sonicare-DiamondClean-HX9911-09/dp/B09XYZ', selection: 'der Akku hält nach einem Monat nur noch eine Woche', brands: NONE,
    brand: 'Philips', source: 'marketplace', item: { kind: 'review', author: 'Katrin S.', publishedAt: '2026-03-03', rating: 4 } },
  { file: 'ebay.html', url: 'https://www.ebay.com/itm/285512345678', selection: 'Ships within 1 business day from our Ohio warehouse', brands: NONE,
    brand: 'Makita', source: 'marketplace',
    item: { kind: 'listing', product: 'Makita XFD131 18V LXT Brushless Cordless 1/2" Driver-Drill Kit', price: 129.99, currency: 'USD', seller: 'toolsdirect_usa' } },
  { file: 'etsy.html', url: 'https://www.etsy.com/listing/1234/hand-stitched-linen-apron', selection: 'it shipped nine days after the promised date', brands: NONE,
    brand: 'WillowAndThread', source: 'marketplace', item: { kind: 'review', author: 'Dana', publishedAt: '2026-02-09', rating: 3 } },
  { file: 'aliexpress.html', url: 'https://www.aliexpress.com/item/1005006.html', selection: 'the store ignored my message', brands: NONE,
    brand: 'Baseus', source: 'marketplace', item: { kind: 'review', author: 'M***a', publishedAt: '2026-03-05', rating: 3 } },
  { file: 'bestbuy.html', url: 'https://www.bestbuy.com/site/sony-wh-1000xm5/6505727.p?skuId=6505727', selection: 'the store said to contact Sony', brands: NONE,
    brand: 'Sony', source: 'marketplace', item: { kind: 'review', author: 'ChrisT', publishedAt: '2026-03-01', rating: 3 } },
  { file: 'jd.html', url: 'https://item.jd.com/100066896338.html', selection: '客服三天才回复',
    brand: '小米', source: 'marketplace', item: { kind: 'review', author: 'j***8', publishedAt: '2026-03-05T10:12:00.000Z', rating: 2 } },
  { file: 'jd.html', url: 'https://item.jd.com/100066896338.html', selection: '客服三天才回复', brands: NONE,
    brand: '小米', source: 'marketplace', item: { kind: 'review', author: 'j***8', rating: 2 } },
  { file: 'tmall.html', url: 'https://detail.tmall.com/item.htm?id=712345', selection: '把门磕了一个印子',
    brand: '海尔', source: 'marketplace', item: { kind: 'review', author: 't**3', publishedAt: '2026-03-02' } },
  { file: 'tmall.html', url: 'https://detail.tmall.com/item.htm?id=712345', selection: '把门磕了一个印子', brands: NONE,
    brand: 'Haier/海尔', source: 'marketplace', item: { kind: 'review', author: 't**3' } },
  { file: 'momo.html', url: 'https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=10112233', selection: '訂單成立後24小時內出貨', brands: NONE,
    brand: 'Panasonic 國際牌', source: 'marketplace', item: { kind: 'listing', price: 11990, currency: 'TWD', seller: 'momo購物網' } },
  { file: 'shopee-tw.html', url: 'https://shopee.tw/Dyson-V12-i.111.222', selection: '盒子還壓壞了',
    brand: '戴森', source: 'marketplace', item: { kind: 'review', author: 'k*****8', publishedAt: '2026-03-04T21:15:00.000Z', rating: 2 } },
  { file: '220lv.html', url: 'https://220.lv/lv/majai/virtuves-tehnika/philips-hd9252-90', selection: 'Piegāde ar kurjeru 2–4 darba dienās', brands: NONE,
    brand: 'Philips', source: 'marketplace', item: { kind: 'listing', price: 89.99, currency: 'EUR', seller: 'Elektroveikals SIA' } },
  { file: 'sslv.html', url: 'https://www.ss.lv/msg/lv/electronics/washing-machines/abcde.html', selection: 'Piegāde Rīgā bez maksas', brands: NONE,
    brand: 'Bosch', source: 'marketplace', item: null },
  { file: 'appstore.html', url: 'https://apps.apple.com/us/app/notely-notes-sync/id1234', selection: 'two weeks of notes vanished',
    brand: 'Notely', source: 'marketplace', item: { kind: 'review', author: 'Frustrated_writer', publishedAt: '2026-02-28T00:00:00.000Z', rating: 2 } },
  // Social
  { file: 'reddit.html', url: 'https://www.reddit.com/r/RobotVacuums/comments/1b2c3d/anyone_else_had_delivery_issues/', selection: 'promised a call back within 24 hours',
    brand: 'Globex', source: 'social',
    item: { kind: 'comment', author: 'mopmaster', publishedAt: '2026-03-01T16:40:00.000Z', permalink: 'https://www.reddit.com/r/RobotVacuums/comments/1b2c3d/comment/kx9a1/' } },
  { file: 'reddit-unknown.html', url: 'https://www.reddit.com/r/HomeOffice/comments/9zz/best_budget_standing_desk/', selection: 'most cheap frames wobble',
    brand: '', source: 'social', item: { kind: 'comment', author: 'ergo_nerd', publishedAt: '2026-02-11T08:00:00.000Z' } },
  { file: 'youtube.html', url: 'https://www.youtube.com/watch?v=Xy12AbCdEf', selection: 'the app kept losing the map',
    brand: 'Globex', source: 'social', item: { kind: 'comment', author: 'linda.k', permalink: 'https://www.youtube.com/watch?v=Xy12AbCdEf&lc=UgzQ1w2e3r4t5y6' } },
  { file: 'youtube-unknown.html', url: 'https://www.youtube.com/watch?v=Q1', selection: 'matches my experience exactly',
    brand: '', source: 'social', item: { kind: 'comment', author: 'ren' } },
  { file: 'x.html', url: 'https://x.com/danawhit/status/1765000000000000001', selection: 'where my refund is. 19 days',
    // The status page is the post itself: no permalink of its own.
    brand: 'Acme', source: 'social', item: { kind: 'post', author: 'Dana Whitfield', publishedAt: '2026-03-05T09:15:00.000Z', permalink: '' } },
  { file: 'douyin.html', url: 'https://www.douyin.com/video/7340000000000000000', selection: '售后说要自费换',
    brand: 'Globex', source: 'social', item: { kind: 'comment', author: '爱猫的阿杰', publishedAt: '2026-03-02' } },
  { file: 'douyin.html', url: 'https://www.douyin.com/video/7340000000000000000', selection: '售后说要自费换', brands: NONE,
    brand: '', source: 'social', item: { kind: 'comment', author: '爱猫的阿杰' } },
  { file: 'weibo.html', url: 'https://weibo.com/7712/O5aBcDe', selection: '报修一周没人上门',
    brand: '海尔', source: 'social', item: { kind: 'post', author: '数码老张', publishedAt: '2026-03-03T21:04:00.000Z' } },
  { file: 'zhihu.html', url: 'https://www.zhihu.com/question/600001', selection: '客服只会让重启',
    brand: 'Globex', source: 'social', item: { kind: 'comment', author: '李雷', publishedAt: '2026-02-20T10:00:00.000Z', permalink: 'https://www.zhihu.com/question/600001/answer/3001' } },
  { file: 'bilibili.html', url: 'https://www.bilibili.com/video/BV1xx411c7XD', selection: '销售一直说下周就到',
    brand: '小米', source: 'social', item: { kind: 'comment', author: '车评小白', publishedAt: '2026-02-25T21:03:00.000Z' } },
  { file: 'bilibili.html', url: 'https://www.bilibili.com/video/BV1xx411c7XD', selection: '销售一直说下周就到', brands: NONE,
    brand: '', source: 'social', item: { kind: 'comment', author: '车评小白' } },
  { file: 'xiaohongshu.html', url: 'https://www.xiaohongshu.com/explore/65d1a2b3000000000b00c1d2', selection: '柜姐说是换季，不给退',
    brand: '兰蔻', source: 'social', item: { kind: 'post', author: '橘子汽水', publishedAt: '2026-02-18' } },
  { file: 'linkedin.html', url: 'https://www.linkedin.com/posts/acme-cloud_support-activity-7170000000000000001-AbCd', selection: 'waited 45 minutes',
    brand: 'Acme Cloud', source: 'social', item: { kind: 'comment', author: 'Rosa Martinez' } },
  { file: 'facebook.html', url: 'https://www.facebook.com/brightlinemattress', selection: 'free delivery in 48 hours',
    brand: 'Brightline Mattress', source: 'social', item: { kind: 'post', author: 'Brightline Mattress', permalink: 'https://www.facebook.com/brightlinemattress/posts/pfbid02xyz' } },
  // Forums and communities
  { file: 'autohome.html', url: 'https://club.autohome.com.cn/bbs/thread/abc/110001-1.html', selection: '4S店保养预约要等两周',
    brand: '比亚迪', source: 'forum', item: { kind: 'post', author: '冬天的海', publishedAt: '2026-03-01T20:11:09.000Z' } },
  { file: 'autohome.html', url: 'https://club.autohome.com.cn/bbs/thread/abc/110001-1.html', selection: '4S店保养预约要等两周', brands: NONE,
    brand: '', source: 'forum', item: { kind: 'post', author: '冬天的海' } },
  { file: 'ptt.html', url: 'https://www.ptt.cc/bbs/CVS/M.1772545510.A.1B2.html', selection: '全家客服說不會換回來了',
    brand: '全家', source: 'forum', item: { kind: 'comment', author: 'beanlover' } },
  { file: 'ptt.html', url: 'https://www.ptt.cc/bbs/CVS/M.1772545510.A.1B2.html', selection: '美式變得比較酸',
    brand: '全家', source: 'forum', item: { kind: 'post', author: 'coffeecat', publishedAt: '2026-03-03' } },
  { file: 'dcard.html', url: 'https://www.dcard.tw/f/3c/p/255001122', selection: '客服叫我自己去問門市',
    brand: '蝦皮購物', source: 'forum', item: { kind: 'post', author: '國立臺北大學', publishedAt: '2026-03-04T12:30:00.000Z' } },
  { file: 'hackernews.html', url: 'https://news.ycombinator.com/item?id=43210', selection: 'took a week to restore a deleted bucket',
    brand: 'Acme Cloud', source: 'forum', item: { kind: 'comment', author: 'pgsql_fan', publishedAt: '2026-03-02T11:20:33.000Z', permalink: 'https://news.ycombinator.com/item?id=43299' } },
  { file: 'mobile01.html', url: 'https://www.mobile01.com/topicdetail.php?f=350&t=6600001', selection: '客服說這是正常現象',
    brand: '小米', source: 'forum', item: { kind: 'post', author: '阿德', publishedAt: '2026-02-26T22:10:00.000Z' } },
  { file: 'discourse.html', url: 'https://community.notely.example/t/sync-stopped-working-after-4-2-update/8812', selection: 'which lost my drafts',
    brand: 'Notely', source: 'forum', item: { kind: 'post', author: 'mira_v', publishedAt: '2026-02-27T10:00:00.000Z' } },
  // Brands' own help centres, mail, search
  { file: 'zendesk.html', url: 'https://pinecrest.zendesk.com/hc/en-us/articles/36000111-How-long-does-delivery-take', selection: 'delivery takes 2–3 working days', brands: NONE,
    brand: 'Pinecrest', source: 'competitor_site', item: { kind: 'post', author: 'Pinecrest Team', publishedAt: '2026-01-15T09:00:00.000Z' } },
  { file: 'gmail.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ', selection: 'should arrive within 5–7 business days',
    brand: 'Brightline Mattress', source: 'other', item: { kind: 'post', publishedAt: '2026-03-04' } },
  { file: 'google-search.html', url: 'https://www.google.com/search?q=brightline+mattress+delivery+time&hl=en', selection: 'Most orders arrive in 5–7 business days',
    brand: 'Brightline Mattress', source: 'search', item: null },
  { file: 'google-search.html', url: 'https://www.google.com/search?q=brightline+mattress+delivery+time&hl=en', selection: 'Most orders arrive in 5–7 business days', brands: NONE,
    brand: '', source: 'search', item: null },
  { file: 'baidu-search.html', url: 'https://www.baidu.com/s?wd=%E6%B5%B7%E5%B0%94%E6%B4%97%E8%A1%A3%E6%9C%BA%E5%94%AE%E5%90%8E%E7%94%B5%E8%AF%9D', selection: '7×24小时为您提供预约维修',
    brand: '海尔', source: 'search', item: null },
];

describe('platform pages: brand, source type and item', () => {
  it.each(CASES.map((c, i) => [`${i + 1}. ${c.file} — ${c.selection.slice(0, 30)}${c.brands === NONE ? ' (no study brands)' : ''}`, c] as const))('%s', (_name, c) => {
    const r = clipOn(c.file, c.url, c.selection, c.brands ?? STUDY);
    expect({ brand: r.brand.name, source: r.source.sourceType }).toEqual({ brand: c.brand, source: c.source });
    if (c.item === null) expect(r.item).toBeNull();
    else expect(r.item).toMatchObject(c.item);
  });

  it('covers at least 40 platforms, pages with unknown brands among them', () => {
    const platforms = new Set(CASES.map((c) => c.file.replace(/(-unknown)?\.html$/, '').replace(/^google-maps$/, 'google-maps')));
    expect(platforms.size).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => c.brand === '').length).toBeGreaterThanOrEqual(5);
  });

  it('never proposes the page title, the headline or the platform as the brand', () => {
    for (const c of CASES) {
      const r = clipOn(c.file, c.url, c.selection, c.brands ?? STUDY);
      const name = r.brand.name.toLowerCase();
      // A study brand matched by name may be named in the title ("Brightline Mattress | Facebook"); a proposal may not be the title.
      if (!name || r.brand.brandId) continue;
      expect(name, c.file).not.toBe(r.meta.title.toLowerCase());
      expect(name, c.file).not.toBe(r.source.site.toLowerCase());
      if (r.meta.headline) expect(name, c.file).not.toBe(r.meta.headline.toLowerCase());
    }
  });
});
