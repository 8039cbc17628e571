import { describe, expect, it } from 'vitest';
import { KNOWN_SITES, findKnownSite } from '../../../lib/capture/site-table';
import { detectSource, isSearchResults } from '../../../lib/capture/source-type';

describe('the platform table', () => {
  it('finds every entry by its own host and by a subdomain (most specific entry wins)', () => {
    for (const site of KNOWN_SITES) {
      const path = site.path ? '/maps/place/x' : '/';
      for (const host of [site.domain, `www.${site.domain}`]) {
        const found = findKnownSite(host, path);
        expect(found, host).toBeDefined();
        // A more specific entry for the www host would be a different platform: none exists.
        expect({ host, name: found!.name, type: found!.sourceType }).toEqual({ host, name: site.name, type: site.sourceType });
      }
    }
  });

  it.each([
    ['https://220.lv/lv/majai/philips-hd9252', 'marketplace', '220.lv'],
    ['https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=1', 'marketplace', 'momo購物網'],
    ['https://shopee.tw/product-i.1.2', 'marketplace', '蝦皮購物'],
    ['https://www.ptt.cc/bbs/CVS/M.1.A.1.html', 'forum', 'PTT'],
    ['https://www.dcard.tw/f/3c/p/1', 'forum', 'Dcard'],
    ['https://www.mobile01.com/topicdetail.php?f=1&t=2', 'forum', 'Mobile01'],
    ['https://club.autohome.com.cn/bbs/thread/1.html', 'forum', '汽车之家'],
    ['https://k.autohome.com.cn/spec/1/', 'review_platform', '汽车之家口碑'],
    ['https://post.smzdm.com/p/a1/', 'review_platform', '什么值得买'],
    ['https://www.salidzini.lv/cena?q=tv', 'review_platform', 'Salidzini.lv'],
    ['https://www.ss.lv/msg/lv/1.html', 'marketplace', 'SS.lv'],
    ['https://pigu.lt/lt/1', 'marketplace', 'Pigu.lt'],
    ['https://www.delfi.lv/bizness/1', 'news', 'Delfi'],
    ['https://www.lsm.lv/raksts/1', 'news', 'LSM'],
    ['https://www.draugiem.lv/user/1', 'social', 'Draugiem.lv'],
    ['https://udn.com/news/story/1', 'news', '聯合新聞網'],
    ['https://www.google.com/maps/place/Acme/@1,2,17z', 'review_platform', 'Google Maps'],
    ['https://www.google.de/maps/place/Acme', 'review_platform', 'Google Maps'],
    ['https://maps.google.com/?cid=1', 'review_platform', 'Google Maps'],
    ['https://mail.google.com/mail/u/0/#inbox', 'other', 'Gmail'],
    ['https://docs.google.com/document/d/1', 'other', 'Google Docs'],
    ['https://news.google.com/articles/1', 'news', 'Google News'],
    ['https://play.google.com/store/apps/details?id=x', 'marketplace', 'Google Play'],
    ['https://www.google.com/', 'other', 'Google'],
    ['https://www.google.com/search?q=acme', 'search', 'Google'],
    ['https://www.bing.com/search?q=acme', 'search', 'Bing'],
    ['https://duckduckgo.com/?q=acme', 'search', 'DuckDuckGo'],
    ['https://html.duckduckgo.com/html?q=acme', 'search', 'DuckDuckGo'],
    ['https://www.baidu.com/s?wd=acme', 'search', '百度'],
    ['https://www.baidu.com/', 'other', '百度'],
    ['https://baike.baidu.com/item/x', 'other', '百度百科'],
    ['https://zhidao.baidu.com/question/1.html', 'forum', '百度知道'],
    ['https://yandex.ru/search/?text=acme', 'search', 'Yandex'],
    ['https://en.wikipedia.org/wiki/Acme', 'other', 'Wikipedia'],
  ])('%s → %s (%s)', (url, sourceType, site) => {
    expect(detectSource(url)).toEqual({ sourceType, site });
  });

  it('counts only real result URLs as search', () => {
    expect(isSearchResults('/search?q=acme')).toBe(true);
    expect(isSearchResults('/s?wd=acme&ie=utf-8')).toBe(true);
    expect(isSearchResults('/?q=acme')).toBe(true);
    expect(isSearchResults('/search/acme+cloud')).toBe(true);
    expect(isSearchResults('/')).toBe(false);
    expect(isSearchResults('/maps/place/x')).toBe(false);
    expect(isSearchResults('/search')).toBe(false);
    expect(isSearchResults('/intl/en/about/')).toBe(false);
  });
});
