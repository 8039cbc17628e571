// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describeRange } from '../../../lib/anchoring/describe';
import { buildTextIndex, offsetsToRange } from '../../../lib/anchoring/text-content';

import { capture, offsetOf, page, placed } from './page-helpers';

const ARTICLE = `
  <h1>Returns and refunds</h1>
  <p>You can return most items within 30 days of delivery. Items must be unused and in their original packaging.</p>
  <p>Refunds go back to the original payment method within five business days after we receive the parcel.</p>
  <p>Need help? Contact us.</p>
  <p>Gift cards and personalised items cannot be returned.</p>
  <p>Need help? Contact us.</p>`;

describe('anchor', () => {
  it('finds an unchanged passage exactly, at the captured position', () => {
    page(ARTICLE);
    const sel = capture('within five business days');
    const r = placed(anchor(document.body, sel));
    expect(r).toMatchObject({ status: 'exact', changed: false, start: sel.position.start, end: sel.position.end });
    expect(r.foundText).toBe('within five business days');
    expect(r.range.toString()).toBe('within five business days');
    expect(r.confidence).toBeGreaterThan(0.95);
  });

  it('treats re-flowed white space as unchanged', () => {
    page(ARTICLE);
    const sel = capture('Items must be unused and in their original packaging.');
    page(ARTICLE.replace(/\n\s*/g, '').replace('Items must be unused', 'Items&nbsp;must  be\n     unused'));
    const r = placed(anchor(document.body, sel));
    expect(r.status).toBe('exact');
    expect(r.changed).toBe(false);
    expect(r.foundText).toBe('Items\u00a0must  be\n     unused and in their original packaging.');
  });

  it('tells repeated phrases apart by their context', () => {
    page(ARTICLE);
    const second = capture('Need help? Contact us.', 1);
    page(`<p>Sale! Everything 20% off this week.</p>${ARTICLE}`);
    const r = placed(anchor(document.body, second));
    expect(r.start).toBe(offsetOf('Need help? Contact us.', 1));
  });

  it('uses the position hint when repeats read exactly alike', () => {
    const html = '<p>Rated 5 stars. Great value.</p>'.repeat(6);
    page(html);
    const third = capture('Great value', 2);
    const r = placed(anchor(document.body, third));
    expect(r.start).toBe(offsetOf('Great value', 2));
    // Twins get longer context at capture (describe.ts), so even without the
    // position the quote still picks the same repeat.
    expect(placed(anchor(document.body, { quote: third.quote })).start).toBe(offsetOf('Great value', 2));
  });

  it('orphans a removed passage', () => {
    page(ARTICLE);
    const sel = capture('Gift cards and personalised items cannot be returned.');
    page(ARTICLE.replace('<p>Gift cards and personalised items cannot be returned.</p>', ''));
    expect(anchor(document.body, sel).status).toBe('orphan');
  });

  it('orphans a short repeated phrase whose own occurrence was removed', () => {
    page(ARTICLE);
    const sel = capture('Need help? Contact us.', 1);
    page(ARTICLE.replace(/<p>Need help\? Contact us\.<\/p>\s*$/, '<p>Questions? Call 555-0100.</p>'));
    expect(anchor(document.body, sel).status).toBe('orphan');
  });

  it('finds an edited passage and reports it changed', () => {
    page(ARTICLE);
    const sel = capture('Refunds go back to the original payment method within five business days after we receive the parcel.');
    page(ARTICLE.replace('within five business days', 'within three working days'));
    const r = placed(anchor(document.body, sel));
    expect(r.status).toBe('fuzzy');
    expect(r.changed).toBe(true);
    expect(r.foundText).toBe('Refunds go back to the original payment method within three working days after we receive the parcel.');
  });

  it('finds CJK passages after edits and re-flow', () => {
    const zh = '<p>我们提供七天无理由退货服务，运费由卖家承担。商品签收后如发现质量问题，请在四十八小时内联系在线客服并提供照片。</p><p>退款将在收到退货后三个工作日内原路返回。</p>';
    page(zh);
    const sel = capture('商品签收后如发现质量问题，请在四十八小时内联系在线客服并提供照片。');
    page(zh.replace('四十八小时内', '\n二十四小时之内').replace('我们提供', '<b>我们</b>提供'));
    const r = placed(anchor(document.body, sel));
    expect(r.status).toBe('fuzzy');
    expect(r.foundText).toBe('商品签收后如发现质量问题，请在\n二十四小时之内联系在线客服并提供照片。');
  });

  it('orphans text that is not there', () => {
    page(ARTICLE);
    const r = anchor(document.body, {
      quote: { exact: 'This product ships worldwide in recyclable boxes.', prefix: '', suffix: '' },
    });
    expect(r.status).toBe('orphan');
  });

  it('orphans without a quote', () => {
    page(ARTICLE);
    expect(anchor(document.body, { position: { start: 0, end: 5 } })).toEqual({ status: 'orphan', reason: 'no-quote' });
    expect(anchor(document.body, { quote: { exact: '  \n ' } }).status).toBe('orphan');
  });

  it('matches long quotes by head and tail, with exact boundaries', () => {
    const words = ['delivery', 'parcel', 'courier', 'refund', 'support', 'order', 'tracking', 'warehouse', 'label', 'driver'];
    let seed = 7;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const paras: string[] = [];
    for (let p = 0; p < 140; p++) {
      const ws: string[] = [];
      for (let w = 0; w < 120; w++) ws.push(words[Math.floor(rnd() * words.length)]! + (w % 13 === 12 ? '.' : ''));
      paras.push(`<p>${ws.join(' ')}</p>`);
    }
    page(paras.join('\n'));
    const full = buildTextIndex(document.body).text;
    const start = full.indexOf(paras[10]!.slice(3, 40));
    const end = full.indexOf(paras[120]!.slice(-60, -4)) + 56;
    const sel = describeRange(document.body, offsetsToRange(buildTextIndex(document.body), start, end));
    expect(sel.quote.exact.length).toBeGreaterThan(80_000);
    const edited = [...paras];
    for (const i of [20, 45, 70, 95]) edited[i] = edited[i]!.replace(/delivery/g, 'shipment');
    edited.splice(60, 0, '<p>Advertisement: try our premium plan today.</p>');
    page(edited.join('\n'));
    const t0 = performance.now();
    const r = placed(anchor(document.body, sel));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.status).toBe('fuzzy');
    const now = buildTextIndex(document.body).text;
    expect(r.start).toBe(now.indexOf(paras[10]!.slice(3, 40)));
    expect(r.end).toBe(now.indexOf(paras[120]!.slice(-60, -4)) + 56);
  });
});
