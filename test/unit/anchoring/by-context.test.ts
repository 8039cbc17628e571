// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { chooseByContext, contextLeads, sharedElsewhere } from '../../../lib/anchoring/by-context';
import { keyOf } from '../../../lib/anchoring/normalize';

import { capture, offsetOf, page, placed } from './page-helpers';

const ITEM = (name: string, price: string, stars: string) =>
  `<h3>${name}</h3><p>${price} · ${stars} stars · Free delivery</p><div><a href="#">Add to cart</a> · <a href="#">Compare</a></div>`;
const ITEMS = [ITEM('Trail Runner 3', '£124.00', '4.5'), ITEM('Ridge Hiker Mid GTX', '£159.00', '4.7'), ITEM('Trail Socks Merino (2 pairs)', '£24.00', '4.8')];
const SHOP = (items: string[]) =>
  `<h1>Trail Runner 3</h1><p>A light shoe for long days on rough ground.</p><h2>You may also like</h2>${items.join('')}<footer>© 2025 Northpeak Outdoor Ltd. All rights reserved.</footer>`;
const AD = '<div>Advertisement · Compare energy prices in your area in two minutes</div>';

describe('anchoring by context (by-context.ts)', () => {
  it('finds a repeated phrase with an ad inserted into its prefix', () => {
    page(SHOP(ITEMS));
    const sel = capture('Add to cart · Compare', 1);
    page(SHOP([ITEMS[0]!, ITEMS[1]!.replace('</h3>', `</h3>${AD}`), ITEMS[2]!]));
    expect(placed(anchor(document.body, sel)).start).toBe(offsetOf('Add to cart · Compare', 1));
  });

  it('finds a repeated phrase with an ad right after it', () => {
    page(SHOP(ITEMS));
    const sel = capture('Add to cart · Compare', 1);
    page(SHOP([ITEMS[0]!, ITEMS[1]! + AD, ITEMS[2]!]));
    const r = placed(anchor(document.body, sel));
    expect(r.start).toBe(offsetOf('Add to cart · Compare', 1));
    expect(r).toMatchObject({ status: 'exact', changed: false });
  });

  it('orphans a repeated phrase whose own line was removed, ads or not', () => {
    page(SHOP(ITEMS));
    const sel = capture('Add to cart · Compare', 1);
    const gone = ITEMS[1]!.replace(/<div>.*<\/div>/, '');
    page(SHOP([ITEMS[0]!, gone, ITEMS[2]!]));
    expect(anchor(document.body, sel).status).toBe('orphan');
    page(SHOP([ITEMS[0]! + AD, gone, AD + ITEMS[2]!]));
    expect(anchor(document.body, sel).status).toBe('orphan');
  });

  it('finds an edited short quote between its prefix and its suffix', () => {
    const html = (words: string) =>
      `<p>EASY TO CLEAN: boil-dry protection, a cool-touch handle and a wide ${words} you reach inside with a cloth.</p><p>WHAT YOU GET: kettle, 360° base, removable filter.</p>`;
    page(html('lid opening that lets'));
    const sel = capture('lid opening that lets');
    page(html('lid opening simple that lets'));
    const r = placed(anchor(document.body, sel));
    expect(r).toMatchObject({ status: 'fuzzy', changed: true, foundText: 'lid opening simple that lets' });
  });

  it('orphans an edited short quote when only a template is left around it', () => {
    const review = (text: string, yes: number, no: number) =>
      `<p>${text}</p><p>Was this review helpful? Yes (${yes}) · No (${no}) · Report</p><blockquote>Reply from Northpeak: Thank you for your feedback!</blockquote>`;
    page(review('Great shoe, but the laces are too short.', 9, 4) + review('Comfortable from the first day.', 18, 1));
    const sel = capture('Yes (9) · No (4)');
    // The first review is gone; the second reads alike around other numbers.
    page(review('Comfortable from the first day.', 18, 1));
    expect(anchor(document.body, sel).status).toBe('orphan');
  });

  it('finds a sentence with a banner before it and new neighbours after it', () => {
    const before = '<p>Damage found at delivery is repaired free of charge within the warranty.</p>';
    const sentence = '<p>Please check the parcel in front of the courier.</p>';
    page(`<h1>Delivery</h1>${before}${sentence}<h2>Reviews</h2><p>Fast and well packed.</p>`);
    const sel = capture('Please check the parcel in front of the courier.');
    page(`<h2>Questions</h2><p>Ask us anything.</p>${before}${AD}${sentence.replace('courier', 'couriers')}<h2>Our shops</h2><p>Open daily.</p>`);
    const r = placed(anchor(document.body, sel));
    expect(r).toMatchObject({ status: 'fuzzy', foundText: 'Please check the parcel in front of the couriers.' });
  });
});

describe('contextLeads / chooseByContext', () => {
  const text = keyOf(
    'Trail Runner 3 £124.00 · 4.5 stars · Free delivery Add to cart · Compare ' +
      'Ridge Hiker Mid GTX Advertisement £159.00 · 4.7 stars · Free delivery Add to cart · Compare ' +
      'Trail Socks Merino £24.00 · 4.8 stars · Free delivery Add to cart · Compare © Northpeak',
  );
  const quote = 'Addtocart·Compare';
  const places = [0, 1, 2].map((n) => {
    let at = -1;
    for (let i = 0; i <= n; i++) at = text.indexOf(quote, at + 1);
    return { start: at, end: at + quote.length, errors: 0, quoteSim: 1, score: 80 - n };
  });
  const input = {
    text,
    quote,
    prefix: keyOf('Ridge Hiker Mid GTX £159.00 · 4.7 stars · Free delivery'),
    suffix: keyOf('Trail Socks Merino £24.00 · 4.8 stars'),
    twins: true,
    sharedBound: 19,
  };

  it('credits a context read past an inserted block, on both sides, beyond what twins share', () => {
    const leads = contextLeads(input, places);
    const middle = leads.find((l) => l.candidate === places[1]);
    expect(middle?.prefix).toBeGreaterThanOrEqual(8);
    expect(middle?.suffix).toBeGreaterThanOrEqual(8);
    expect(chooseByContext(input, places, () => true)).toBe(places[1]);
  });

  it('wants both sides: a place with one side only is not chosen', () => {
    expect(chooseByContext({ ...input, suffix: keyOf('Lorem ipsum dolor sit amet') }, places, () => true)).toBeUndefined();
    // Nor when twins could have shared all of it.
    expect(chooseByContext({ ...input, sharedBound: 60 }, places, () => true)).toBeUndefined();
  });

  it('measures context found verbatim elsewhere', () => {
    const t = 'abcXYZdefXYZ';
    expect(sharedElsewhere(t, 'defXYZ', [12], 'before')).toBe(3);
    expect(sharedElsewhere(t, 'defXYZ', [12, 6], 'before')).toBe(0);
    expect(sharedElsewhere(t, 'XYZghi', [3], 'after')).toBe(3);
  });
});
