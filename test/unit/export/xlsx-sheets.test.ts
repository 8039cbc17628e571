import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, cellText, ooxmlString, rangeOf } from '../../../lib/export/xlsx-sheets';
import { heatColor, heatHex } from '../../../lib/matrix/heat';

const cut = (n: number) => ` [+${n}]`;

describe('.xlsx cells', () => {
  it('keeps text up to the cell limit and cuts longer text with a visible mark, never inside a surrogate pair', () => {
    expect(cellText('short', cut)).toBe('short');
    const exact = 'x'.repeat(CELL_LIMIT);
    expect(cellText(exact, cut)).toBe(exact);
    const long = 'a'.repeat(40_003);
    const out = cellText(long, cut);
    expect(out.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(out).toMatch(/ \[\+\d+\]$/);
    const kept = out.replace(/ \[\+\d+\]$/, '');
    expect(Number(/\+(\d+)/.exec(out)![1])).toBe(long.length - kept.length);
    // An emoji straddling the cut is dropped whole, not halved.
    const emoji = 'b'.repeat(CELL_LIMIT - cut(9999).length - 1) + '😀'.repeat(5000);
    const e = cellText(emoji, cut);
    expect(e.replace(/ \[\+\d+\]$/, '')).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('escapes CR and other control characters the OOXML way, and a literal escape', () => {
    expect(ooxmlString('a\r\nb\tc')).toBe('a_x000D_\nb\tc');
    expect(ooxmlString('bell\u0007')).toBe('bell_x0007_');
    expect(ooxmlString('_x000D_ literal')).toBe('_x005F_x000D_ literal');
    expect(ooxmlString('价格；物流 😀')).toBe('价格；物流 😀');
  });

  it('names ranges A1-style', () => {
    expect(rangeOf(21, 18)).toBe('A1:R21');
    expect(rangeOf(3, 26)).toBe('A1:Z3');
    expect(rangeOf(3, 27)).toBe('A1:AA3');
    expect(rangeOf(0, 5)).toBe('A1:E1');
  });

  it('gives the matrix heat as an opaque colour: red for weak, green for strong, blue tint for unscored', () => {
    expect(heatHex(null)).toBe('#e7f0fe');
    const [weak, strong] = [heatHex(1), heatHex(5)];
    const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    expect(rgb(weak)[0]).toBeGreaterThan(rgb(weak)[1]!);
    expect(rgb(strong)[1]).toBeGreaterThan(rgb(strong)[0]!);
    expect(heatColor(1)).toContain('hsl(0 ');
    expect(heatColor(5)).toContain('hsl(130 ');
  });
});
