import { describe, expect, it } from 'vitest';
import { featurize, hashName } from '../../../lib/stage-model/features';
import { foldToSimplified } from '../../../lib/stage-model/chinese-fold';
import { cueFamilies } from '../../../lib/stage-model/cue-words';

const names = (text: string, extra: Partial<Parameters<typeof featurize>[0]> = {}) =>
  featurize({ text, url: 'https://shop.example/', sourceType: 'competitor_site', ...extra });

describe('stage-model features', () => {
  it('folds Traditional Chinese to Simplified with OpenCC (phrases too), leaving other text alone', () => {
    expect(foldToSimplified('出貨很快，超商取貨，退貨')).toBe('出货很快，超商取货，退货');
    expect(foldToSimplified('滑鼠與軟體')).toBe('鼠标与软件');
    expect(foldToSimplified('Piegāde 2 dienās')).toBe('Piegāde 2 dienās');
  });

  it('gives Traditional and Simplified passages the same features, shown in the script the researcher clipped', () => {
    const hant = names('出貨太慢了，等了兩週');
    const hans = names('出货太慢了，等了两周');
    expect(hant.keys).toEqual(hans.keys);
    expect(hant.shown).toContain('出貨');
    expect(hans.shown).toContain('出货');
  });

  it('reads CJK as character n-grams and other scripts as words, stems and word pairs', () => {
    const zh = names('物流很快');
    for (const n of ['c:物', 'c2:物流', 'c3:物流很']) expect(zh.keys).toContain(hashName(n));
    const lv = names('Piegāde kavējās divas nedēļas');
    for (const n of ['w:piegāde', 's:piegā', 'b:piegāde_kavējās']) expect(lv.keys).toContain(hashName(n));
    // Digits do not make features of their own.
    expect(names('Order 123').keys).toEqual(names('Order 987').keys);
  });

  it('marks words after a negation, so "not sponsored" is not "sponsored"', () => {
    expect(names('not sponsored, just obsessed').keys).toContain(hashName('n:sponsored'));
    expect(names('真不是广告').keys).toContain(hashName('nc:是广'));
  });

  it('adds page signals: source type, host, path words, query keys and JSON-LD types', () => {
    const f = featurize({
      text: 'x',
      url: 'https://help.acme.example/hc/en-us/articles/123-returns?q=refund',
      sourceType: 'competitor_site',
      jsonLdTypes: ['FAQPage'],
      title: 'Returns',
    });
    for (const n of ['src:competitor_site', 'h:help', 'hs:help', 'p:articles', 'p:returns', 'q:q', 'j:faqpage', 'tw:returns'])
      expect(f.keys, n).toContain(hashName(n));
    expect(f.kinds[f.keys.indexOf(hashName('p:returns'))]).toBe('url');
  });

  it('word families match across languages and say which word matched', () => {
    expect(cueFamilies('the parcel arrived late')).toMatchObject(new Map([['wait', 'parcel']]));
    expect(cueFamilies('超商取货要等三天').get('wait')).toBe('取货');
    expect(cueFamilies('kurjers kavējās').get('wait')).toBe('kurjer');
    // A word's beginning only: "ad" is not in "read".
    expect(cueFamilies('i read it').has('advert')).toBe(false);
  });
});
