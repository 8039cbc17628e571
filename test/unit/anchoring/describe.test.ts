// @vitest-environment jsdom
import { describe, it, expect, beforeEach } from 'vitest';
import { describeRange } from '../../../lib/anchoring/describe';
import { buildTextIndex, offsetsToRange } from '../../../lib/anchoring/text-content';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../../../lib/model/selectors';

beforeEach(() => {
  document.body.innerHTML = `
    <article>
      <h1>Trail Runner 3</h1>
      <script type="application/ld+json">{"description": "Grippy outsole for wet rock"}</script>
      <p>A   grippy outsole
         for wet rock and <em>loose</em> gravel.</p>
      <p>Free shipping on orders over $50.</p>
    </article>`;
});

function rangeOf(text: string): Range {
  const index = buildTextIndex(document.body);
  const at = index.text.indexOf(text);
  if (at < 0) throw new Error(`no ${text}`);
  return offsetsToRange(index, at, at + text.length);
}

describe('describeRange', () => {
  it('gives a valid quote and position for a selection', () => {
    const d = describeRange(document.body, rangeOf('loose</em>'.replace('</em>', '') + ' gravel'));
    expect(TextQuoteSelectorSchema.parse(d.quote)).toEqual(d.quote);
    expect(TextPositionSelectorSchema.parse(d.position)).toEqual(d.position);
    expect(d.quote.exact).toBe('loose gravel');
    expect(buildTextIndex(document.body).text.slice(d.position.start, d.position.end)).toBe(d.quote.exact);
  });

  it('keeps 32 characters of context with white space collapsed', () => {
    const d = describeRange(document.body, rangeOf('Free shipping'));
    expect(d.quote.prefix).toBe(' for wet rock and loose gravel. ');
    expect(d.quote.suffix).toBe(' on orders over $50.');
    const mid = describeRange(document.body, rangeOf('for wet rock'));
    expect(mid.quote.prefix).toBe('Trail Runner 3 A grippy outsole ');
    expect(mid.quote.prefix).toHaveLength(32);
    expect(mid.quote.suffix).toBe(' and loose gravel. Free shipping');
    expect(mid.quote.suffix).toHaveLength(32);
  });

  it('trims white space at the ends of the selection', () => {
    const d = describeRange(document.body, rangeOf('\n         for wet'));
    expect(d.quote.exact).toBe('for wet');
  });

  it('accepts ranges set on elements', () => {
    const p = document.querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    expect(describeRange(document.body, range).quote.exact).toBe('Free shipping on orders over $50.');
    range.selectNode(p);
    expect(describeRange(document.body, range).quote.exact).toBe('Free shipping on orders over $50.');
  });

  it('never reads script text', () => {
    const d = describeRange(document.body, rangeOf('Trail Runner 3'));
    expect(d.quote.suffix).not.toContain('description');
  });

  it('throws for a white-space-only range', () => {
    expect(() => describeRange(document.body, rangeOf('\n         '))).toThrow();
  });

  it('describes CJK text', () => {
    document.body.innerHTML = '<p>我们提供七天无理由退货服务，运费由卖家承担。</p>';
    const d = describeRange(document.body, rangeOf('七天无理由退货'));
    expect(d.quote).toEqual({ type: 'TextQuoteSelector', exact: '七天无理由退货', prefix: '我们提供', suffix: '服务，运费由卖家承担。' });
  });
});
