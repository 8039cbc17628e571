// @vitest-environment jsdom
// News and blog pages (test/fixtures/capture/articles/): the source type is
// right, and no headline, title, publisher or site name is ever proposed as the
// brand — with no study brands Brand stays empty; with study brands only a
// study brand the page names is offered. Bylines and language tags are read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectBrand } from '../../../lib/capture/brand-detection';
import { readPageItem } from '../../../lib/capture/page-item';
import { readPageMetadata } from '../../../lib/capture/page-metadata';
import { detectSource } from '../../../lib/capture/source-type';
import type { Brand, SourceType } from '../../../lib/model';
import { makeBrand } from './helpers';
import { STUDY } from './platform-study';

const DIR = join(process.cwd(), 'test/fixtures/capture/articles');

const PAGES: [file: string, url: string, source: SourceType, byline?: string][] = [
  ['01-dailyledger.html', 'https://www.dailyledger.example/business/2026/03/04/brightline-recall', 'news', 'Nora Quist'],
  ['02-metronews.html', 'https://metronews.example/business/grocery-delivery-windows', 'news', 'Sam Reyes'],
  ['03-harbourpost.html', 'https://harbourpost.example/local/port-strike-furniture', 'news', 'Ines Duarte'],
  ['04-cdata-news.html', 'https://northerncourier.example/money/streaming-prices', 'news', 'Callum Reid'],
  ['05-citytimes.html', 'https://citytimes.example/news/bakery-chain-expands', 'news', 'Priya Nand'],
  ['06-techwire.html', 'https://techwire.example/2026/03/05/robot-vacuums-tested', 'news', 'Jonah Blake'],
  ['07-reuters.html', 'https://www.reuters.com/business/retail-consumer/retail-sales-slow-2026-03-05/', 'news', 'Ann Lee'],
  ['08-bbc.html', 'https://www.bbc.co.uk/news/business-68400000', 'news'],
  ['09-36kr.html', 'https://36kr.com/p/2660000000000000', 'news', '王晓'],
  ['10-sina.html', 'https://finance.sina.com.cn/china/2026-03-02/doc-inakxyz.shtml', 'news', '新浪财经'],
  ['11-udn.html', 'https://udn.com/news/story/7266/7800000', 'news', '陳怡君'],
  ['12-delfi.html', 'https://www.delfi.lv/bizness/56000000/kurjeru-pakalpojumi', 'news'],
  ['13-lsm.html', 'https://www.lsm.lv/raksts/zinas/ekonomika/pakomatu-tikls.a550000/', 'news', 'Anna Ozola'],
  ['14-guardian.html', 'https://www.theguardian.com/business/2026/mar/03/energy-firms-repay', 'news', 'Jane Smith'],
  ['15-dc-creator.html', 'https://travelgazette.example/airlines-checked-bags', 'news', 'Mei Tanaka'],
  ['16-opinion.html', 'https://observertribune.example/opinion/service-bots', 'news', 'Ruth Osei'],
  ['17-liveblog.html', 'https://marketdaily.example/live/black-friday', 'news'],
  ['18-twnews.html', 'https://www.twdaily.example/news/20260303/delivery', 'news', '林志明'],
  ['19-lvnews.html', 'https://rigasvestis.example/ekonomika/interneta-veikali', 'news', 'Jānis Bērziņš'],
  ['20-array-ld.html', 'https://gadgetledger.example/phones/repair-prices', 'news', 'Lena Fox'],
  ['21-blogspot.html', 'https://cozykitchendiary.blogspot.com/2026/02/stand-mixer.html', 'other', 'Maria'],
  ['22-wordpresscom.html', 'https://pedalnotes.wordpress.com/2026/02/10/budget-e-bike/', 'other', 'Tom K.'],
  ['23-medium.html', 'https://medium.com/@adamills/switching-crms-3f2a1b', 'other', 'Ada Mills'],
  ['24-substack.html', 'https://thefineprint.substack.com/p/the-subscription-trap', 'other', 'Leo Park'],
  ['25-githubio.html', 'https://kimlee.github.io/2026/01/self-hosting-photos/', 'other', 'Kim Lee'],
  ['26-hugo.html', 'https://devjournal.example/posts/returned-smartwatch/', 'other'],
  ['27-yoast-personal.html', 'https://annacooks.example/meal-kit-review/', 'other', 'Anna'],
  ['28-ghost.html', 'https://smallshopstories.example/first-year-online/', 'other'],
  ['29-wikipedia.html', 'https://en.wikipedia.org/wiki/Moment_of_truth_(marketing)', 'other'],
  ['30-readthedocs.html', 'https://requests.readthedocs.io/en/latest/user/advanced/', 'other'],
  ['31-homepage.html', 'https://jordanalvarez.example/', 'other'],
  ['32-wp-tips.html', 'https://janetips.example/speed-up-your-site/', 'other', 'Jane Ortiz'],
  ['33-csdn.html', 'https://blog.csdn.net/xiaoli/article/details/130000000', 'other', '小李'],
  ['34-jianshu.html', 'https://www.jianshu.com/p/8a7b6c5d4e3f', 'other'],
  ['35-oldstyle-news.html', 'https://valleyherald.example/story.php?id=88123', 'news', 'Greg Holm'],
  ['36-section-news.html', 'https://coastalmail.example/travel/lost-luggage-backlog', 'news'],
];

function clip(file: string, url: string, brands: readonly Brand[]) {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
  const sel = doc.getElementById('sel')!;
  const selection = sel.textContent!.trim();
  const meta = readPageMetadata(doc, url);
  meta.item = readPageItem(doc, url, sel.firstChild, selection);
  const source = detectSource(url, meta, brands);
  return { meta, source, brand: detectBrand({ url, meta, selection, source }, brands), doc };
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('news and blog pages', () => {
  it('holds at least 30 pages, news and blogs both', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(30);
    expect(PAGES.filter((p) => p[2] === 'news').length).toBeGreaterThanOrEqual(15);
    expect(PAGES.filter((p) => p[2] === 'other').length).toBeGreaterThanOrEqual(10);
  });

  it.each(PAGES)('%s: source type, no headline or publisher as the brand', (file, url, sourceType) => {
    for (const brands of [[], STUDY]) {
      const r = clip(file, url, brands);
      expect(r.source.sourceType, file).toBe(sourceType);
      const h1 = r.doc.querySelector('h1, h3')?.textContent?.trim() ?? '';
      const never = [r.meta.headline, r.meta.title, r.meta.pageTitle, r.meta.publisher, r.meta.siteName, r.meta.organizationName, r.source.site, h1]
        .filter(Boolean)
        .map(fold);
      if (!brands.length) expect(r.brand, file).toEqual({ name: '', reason: 'none' });
      else if (r.brand.name) {
        // Only a study brand the page names may be offered, and never a new name.
        expect(r.brand.brandId, file).toBeDefined();
      }
      if (!r.brand.brandId) expect(never).not.toContain(fold(r.brand.name || '\u0000'));
    }
  });

  it('a study brand named in a news headline is offered (it is the brand reported on), not the publisher', () => {
    const r = clip('01-dailyledger.html', PAGES[0]![1], STUDY);
    expect(r.brand).toMatchObject({ brandId: 'b-brightline', name: 'Brightline Mattress' });
    expect(r.brand.newDomain).toBeUndefined();
    const zh = clip('09-36kr.html', PAGES[8]![1], STUDY);
    expect(zh.brand).toMatchObject({ brandId: 'b-haier' });
  });

  it('a blog named after WordPress never joins WordPress, nor adds its host to WordPress', () => {
    const wp = makeBrand('b-wp', 'WordPress', ['wordpress.org']);
    const r = clip('32-wp-tips.html', 'https://janetips.example/speed-up-your-site/', [wp]);
    expect(r.source.sourceType).toBe('other');
    expect(r.brand.newDomain).toBeUndefined();
    expect(r.brand.name).not.toBe('WordPress Tips by Jane');
  });

  it.each(PAGES.filter((p) => p[3]))('%s: byline', (file, url, _s, byline) => {
    expect(clip(file, url, []).meta.author).toBe(byline);
  });

  it('reads language tags as BCP 47, CDATA-wrapped JSON-LD, and site names without the host prefix', () => {
    expect(clip('04-cdata-news.html', PAGES[3]![1], []).meta).toMatchObject({ language: 'en-GB', publisher: 'Northern Courier', types: ['NewsArticle'] });
    expect(clip('12-delfi.html', PAGES[11]![1], []).meta.language).toBe('lv');
    expect(clip('11-udn.html', PAGES[10]![1], []).meta.language).toBe('zh-Hant-TW');
    expect(clip('14-guardian.html', PAGES[13]![1], []).meta.author).not.toMatch(/^https?:/);
    expect(clip('02-metronews.html', PAGES[1]![1], []).meta.title).toBe('Why grocery delivery apps keep missing their windows');
  });
});
