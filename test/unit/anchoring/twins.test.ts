// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { anchor, SEVERAL_PLACES, type AnchorSelectors } from '../../../lib/anchoring/anchor';
import { describePlaces } from '../../../lib/anchoring/describe-places';
import { keyOf } from '../../../lib/anchoring/normalize';
import { MIN_LEAD, singleOut, sidesAt, wholeButOneRun, type TwinPlace } from '../../../lib/anchoring/twins';
import { capture, offsetOf, page, placed } from './page-helpers';

const SENTENCE = 'Refunds are paid back to the original payment method within five working days.';
const site = (file: string) => {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/sites/twins.test', file), 'utf8');
  return /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
};
/** What another annotation client (or a clip from before twin-aware capture) keeps: 32 characters each side, no position. */
const short = (sel: ReturnType<typeof capture>): AnchorSelectors => ({
  quote: { exact: sel.quote.exact, prefix: sel.quote.prefix.slice(-32), suffix: sel.quote.suffix.slice(0, 32) },
});
describe('twins: a passage several places could hold', () => {
  it('a clipped copy that was removed is an orphan ("several places match") listing the remaining copies, never placed on one', () => {
    page(site('index.html'));
    const full = capture(SENTENCE, 1); // the copy in the first <div>
    const shortSel = short(full);
    page(site('index.removed.html'));
    for (const sel of [full, shortSel, { quote: full.quote }]) {
      const r = anchor(document.body, sel);
      expect(r.status).toBe('orphan');
      if (r.status !== 'orphan') continue;
      expect(r.reason).toBe(SEVERAL_PLACES);
      expect(r.places?.map((p) => p.text)).toEqual([SENTENCE, SENTENCE]);
      // The copy in the <p> and the one in the second <div>.
      expect(r.places?.map((p) => p.start).sort((x, y) => x - y)).toEqual([offsetOf(SENTENCE, 0), offsetOf(SENTENCE, 1)]);
    }
  });

  it('a place picked from the list re-anchors the clip there, and stays there on the next visit', () => {
    page(site('index.html'));
    const sel = capture(SENTENCE, 1);
    page(site('index.removed.html'));
    const r = anchor(document.body, sel);
    if (r.status !== 'orphan') throw new Error('expected an orphan');
    const candidates = describePlaces(document.body, r.places ?? []);
    expect(candidates).toHaveLength(2);
    for (const c of candidates) {
      const again = placed(anchor(document.body, c));
      expect(again.status).toBe('exact');
      expect([again.start, again.end]).toEqual([c.position.start, c.position.end]);
    }
    // The copies' own context tells them apart: the new selectors are twin-aware.
    expect(candidates.every((c) => Math.max(c.quote.prefix.length, c.quote.suffix.length) > 40)).toBe(true);
  });

  it('a word changed inside the clipped copy keeps the clip there (edited), not on an unchanged twin', () => {
    page(site('index.html'));
    const sel = capture(SENTENCE, 1);
    const edited = site('index.html').replace(
      /(<div id="copy-b">Refunds are paid back to the original )payment( method)/,
      '$1paymnet$2',
    );
    for (const s of [sel, short(sel)]) {
      page(edited);
      const r = placed(anchor(document.body, s));
      expect(r.changed).toBe(true);
      expect(r.foundText).toContain('paymnet');
    }
  });

  it('words changed next to the clipped copy: quote-only selectors do not move it to a twin', () => {
    page(site('index.html'));
    const sel = capture(SENTENCE, 1);
    page(
      site('index.html')
        .replace('can be used for several orders.', 'can be used for many orders.')
        .replace('If you paid with a gift card', 'When you paid with a gift card'),
    );
    for (const s of [sel, short(sel), { quote: sel.quote }]) {
      const r = anchor(document.body, s);
      // Either still on its own copy, or an orphan: never on copy-a or copy-c.
      if (r.status !== 'orphan') expect(r.start).toBe(offsetOf(SENTENCE, 1));
      else expect(r.reason).toBe(SEVERAL_PLACES);
    }
  });

  it('an unchanged copy is still found when a twin was edited or removed', () => {
    page(site('index.html'));
    const a = capture(SENTENCE, 0);
    const c = capture(SENTENCE, 2);
    page(site('index.removed.html'));
    expect(placed(anchor(document.body, short(a))).start).toBe(offsetOf(SENTENCE, 0));
    expect(placed(anchor(document.body, short(c))).start).toBe(offsetOf(SENTENCE, 1));
  });
});

describe('twins in a table (short quotes, template rows)', () => {
  const TABLE = `<table>
    <tr><td>Starter 100</td><td>100 Mbps</td><td>£22 a month</td><td>No setup fee</td><td>12-month contract</td></tr>
    <tr><td>Family 500</td><td>500 Mbps</td><td>£29 a month</td><td>£30 setup fee</td><td>18-month contract</td></tr>
    <tr><td>Gamer 900</td><td>900 Mbps</td><td>£38 a month</td><td>No setup fee</td><td>18-month contract</td></tr>
    <tr><td>Pro 2000</td><td>2 Gbps</td><td>£55 a month</td><td>No setup fee</td><td>24-month contract</td></tr>
  </table><p>Moving home? Take your plan with you.</p>`;

  it('the clipped cell edited beyond recognition: the clip does not move to another row whose cells merely look alike', () => {
    page(TABLE);
    const gamer = capture('No setup fee', 1);
    page(TABLE.replace('<td>£38 a month</td><td>No setup fee</td>', '<td>£38 a month</td><td>No really fee</td>'));
    for (const sel of [gamer, short(gamer), { quote: short(gamer).quote, position: gamer.position }]) {
      const r = anchor(document.body, sel);
      if (r.status !== 'orphan') expect(r.foundText).toBe('No really fee');
    }
  });

  it('the clipped row removed: an orphan, never another row', () => {
    page(TABLE);
    const pro = capture('No setup fee', 2);
    page(TABLE.replace(/<tr><td>Pro 2000<\/td>.*?<\/tr>/, ''));
    for (const sel of [pro, short(pro), { quote: pro.quote }]) expect(anchor(document.body, sel).status).toBe('orphan');
  });
});

describe('singleOut', () => {
  const text = keyOf('alpha beta gamma QUOTE delta epsilon. zeta eta theta QUOTE iota kappa. lambda mu nu QUOTE xi omicron.');
  const places = (): TwinPlace[] => {
    const out: TwinPlace[] = [];
    for (let i = text.indexOf('QUOTE'); i >= 0; i = text.indexOf('QUOTE', i + 1)) out.push({ start: i, end: i + 5, errors: 0, distance: null });
    return out;
  };

  it('takes the place whose context on both sides reaches past what the others share', () => {
    const p = places();
    const chosen = singleOut({ text, prefix: keyOf('zeta eta theta'), suffix: keyOf('iota kappa.') }, p);
    expect(chosen).toBe(p[1]);
  });

  it('takes nothing when one side matches and the other does not (a copy that inherits a neighbour)', () => {
    const p = places();
    expect(singleOut({ text, prefix: keyOf('zeta eta theta'), suffix: keyOf('xi omicron.') }, p)).toBeUndefined();
  });

  it('takes nothing when the context is edited all along (a template that merely looks alike)', () => {
    const p = places();
    const sides = sidesAt({ text, prefix: keyOf('zeta eta thXta'), suffix: keyOf('iota kappa.') }, p[1] as TwinPlace);
    expect(sides.before?.sim).toBeGreaterThan(0.8);
    expect(singleOut({ text, prefix: keyOf('zetX etX theta'), suffix: keyOf('ioXa kXppa.') }, p)).toBeUndefined();
    expect(MIN_LEAD).toBeGreaterThan(0);
  });

  it('takes the one place whose context is whole but for a word right next to the quote, on either side', () => {
    const p = places();
    const input = { text, prefix: keyOf('zeta eta theta OLD'), suffix: keyOf('WORD iota kappa.') };
    expect(wholeButOneRun(input, p[1] as TwinPlace)).toBe(true);
    expect(wholeButOneRun(input, p[0] as TwinPlace)).toBe(false);
    expect(singleOut(input, p)).toBe(p[1]);
    // A difference further out (another row's label) is not a word next to the quote.
    expect(wholeButOneRun({ text, prefix: keyOf('zeta XX theta'), suffix: keyOf('iota kappa.') }, p[1] as TwinPlace)).toBe(false);
    // Two places that both qualify: nothing is decided.
    const same = keyOf('one two three QUOTE four five. one two three QUOTE four five.');
    const twins = [0, 1].map((k) => {
      const at = k ? same.lastIndexOf('QUOTE') : same.indexOf('QUOTE');
      return { start: at, end: at + 5, errors: 0, distance: null };
    });
    expect(singleOut({ text: same, prefix: keyOf('one two threeX'), suffix: keyOf('four five.') }, twins)).toBeUndefined();
  });

  it('takes the exact copy where the others are edited, and the copy right at the stored position', () => {
    const p = places().map((x, i) => ({ ...x, errors: i === 2 ? 0 : 2 }));
    expect(singleOut({ text, prefix: '', suffix: '' }, p)).toBe(p[2]);
    const q = places().map((x, i) => ({ ...x, distance: i === 0 ? 0 : 40 * i }));
    expect(singleOut({ text }, q)).toBe(q[0]);
    const far = places().map((x) => ({ ...x, distance: 40 }));
    expect(singleOut({ text }, far)).toBeUndefined();
  });
});
