import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checklistKeys,
  computeCoverage,
  coverageFraction,
  lookForKey,
  sumCoverage,
  type RubricRecord,
} from '../../../lib/matrix/coverage';
import { mergeRubricRows, unionRubricRows, withItem } from '../../../lib/matrix/rubric-merge';
import { coverageColor, heatColor } from '../../../lib/matrix/heat';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';

const item = (en: string) => ({ en, zh_CN: `${en}（简）`, zh_TW: `${en}（繁）` });
const zmot = MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'zmot')!;
const fmot = MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'fmot')!;

describe('lookForKey', () => {
  it('depends on the English wording only, folding case, spacing and punctuation', () => {
    expect(lookForKey(item('Contact hours stated'))).toBe(lookForKey({ en: '  contact   hours stated. ' }));
    expect(lookForKey(item('Contact hours stated'))).toBe(lookForKey({ ...item('Contact hours stated'), zh_CN: '别的译法' } as { en: string }));
    expect(lookForKey(item('Contact hours stated'))).not.toBe(lookForKey(item('Contact hours hidden')));
    expect(lookForKey(item('x'))).toMatch(/^k-[0-9a-f]{16}$/);
  });

  it('gives every built-in checklist item of a stage its own key', () => {
    for (const stage of MOMENTS_OF_TRUTH.stages) {
      expect(checklistKeys(stage.lookFor)).toHaveLength(stage.lookFor.length);
    }
  });
});

describe('computeCoverage', () => {
  const rows = (brandId: string, stageId: string, items: string[]) => ({ brandId, stageId, items });

  it('counts the ticked items of the current checklist per brand × stage', () => {
    const cov = computeCoverage(
      ['a', 'b'],
      [zmot, fmot, { id: 'custom-1', lookFor: [] }],
      [rows('a', 'zmot', [lookForKey(zmot.lookFor[0]!), lookForKey(zmot.lookFor[3]!)]), rows('b', 'fmot', checklistKeys(fmot.lookFor))],
    );
    expect(cov.get('a/zmot')).toEqual({ done: 2, total: 4 });
    expect(cov.get('b/zmot')).toEqual({ done: 0, total: 4 });
    expect(cov.get('b/fmot')).toEqual({ done: 4, total: 4 });
    expect(cov.get('a/custom-1')).toEqual({ done: 0, total: 0 });
    expect(cov.size).toBe(6);
    expect(coverageFraction(cov.get('a/zmot')!)).toBe(0.5);
    expect(coverageFraction(cov.get('a/custom-1')!)).toBeNull();
  });

  it('keeps ticks on their item when the checklist is reordered, and ignores ticks of items no longer there', () => {
    const stage = { id: 's', lookFor: [item('One'), item('Two'), item('Three')] };
    const ticked = [rows('a', 's', [lookForKey(item('Two')), lookForKey(item('Gone'))])];
    expect(computeCoverage(['a'], [stage], ticked).get('a/s')).toEqual({ done: 1, total: 3 });
    const reordered = { id: 's', lookFor: [item('Three'), item('Two'), item('New one'), item('One')] };
    expect(computeCoverage(['a'], [reordered], ticked).get('a/s')).toEqual({ done: 1, total: 4 });
    // Brands or stages not asked for are left out.
    expect(computeCoverage(['z'], [stage], ticked).has('a/s')).toBe(false);
  });

  it('sums for totals, and colours by fraction (nothing ticked: no colour)', () => {
    expect(sumCoverage([{ done: 1, total: 4 }, { done: 3, total: 3 }, { done: 0, total: 0 }])).toEqual({ done: 4, total: 7 });
    expect(coverageColor(null)).toBeUndefined();
    expect(coverageColor(0)).toBeUndefined();
    expect(coverageColor(1)).toBe(heatColor(5));
    expect(coverageColor(0.5)).toBe(heatColor(3));
  });
});

const KEY: [string, string, string] = ['s1', 'b1', 'zmot'];
const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 0, 0, n)).toISOString();
const row = (ops: [item: string, on: boolean, t: number][]): RubricRecord =>
  ops.reduce<RubricRecord | undefined>((r, [k, on, t]) => withItem(r, KEY, k, on, at(t)), undefined)!;

describe('withItem', () => {
  it('ticks and unticks, keeping the untick time', () => {
    const r = row([['k-b', true, 1], ['k-a', true, 2], ['k-b', false, 3]]);
    expect(r.items).toEqual(['k-a']);
    expect(r.changed).toEqual({ 'k-a': at(2), 'k-b': at(3) });
    expect(r.updatedAt).toBe(at(3));
  });
});

describe('mergeRubricRows', () => {
  it('adds up ticks made on both sides, and a later untick beats an older tick', () => {
    const base = row([['k-a', true, 1]]);
    const mine = withItem(base, KEY, 'k-b', true, at(5));
    const theirs = withItem(withItem(base, KEY, 'k-c', true, at(6)), KEY, 'k-a', false, at(7));
    const merged = mergeRubricRows(mine, theirs);
    expect(merged.items).toEqual(['k-b', 'k-c']);
    expect(mergeRubricRows(theirs, mine)).toEqual(merged);
    // An older untick does not beat a newer tick.
    const retick = withItem(mine, KEY, 'k-a', true, at(9));
    expect(mergeRubricRows(retick, theirs).items).toEqual(['k-a', 'k-b', 'k-c']);
  });

  it('is commutative, associative and idempotent (property)', () => {
    const op = fc.tuple(fc.constantFrom('k-a', 'k-b', 'k-c', 'k-d'), fc.boolean(), fc.integer({ min: 0, max: 20 }));
    const rowArb = fc.array(op, { minLength: 1, maxLength: 8 }).map(row);
    fc.assert(
      fc.property(rowArb, rowArb, rowArb, (x, y, z) => {
        expect(mergeRubricRows(x, y)).toEqual(mergeRubricRows(y, x));
        expect(mergeRubricRows(x, x)).toEqual(x);
        expect(mergeRubricRows(mergeRubricRows(x, y), z)).toEqual(mergeRubricRows(x, mergeRubricRows(y, z)));
        // Nothing ticked on both sides is lost.
        const both = x.items.filter((k) => y.items.includes(k));
        for (const k of both) expect(mergeRubricRows(x, y).items).toContain(k);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unionRubricRows (brand merge)', () => {
  it('ticks on the target what either brand ticked, under the target brand', () => {
    const from = row([['k-a', true, 1], ['k-c', true, 1], ['k-d', false, 2]]);
    const into = { ...row([['k-b', true, 1], ['k-c', false, 3]]), brandId: 'b2' };
    const merged = unionRubricRows(into, from, 'b2', at(10));
    expect(merged.brandId).toBe('b2');
    expect(merged.items).toEqual(['k-a', 'k-b', 'k-c']);
    expect(merged.changed['k-a']).toBe(at(10));
    expect(merged.changed['k-d']).toBe(at(2));
    const fresh = unionRubricRows(undefined, from, 'b2', at(10));
    expect(fresh).toMatchObject({ studyId: 's1', brandId: 'b2', stageId: 'zmot', items: ['k-a', 'k-c'] });
  });
});

describe('lookForKey is stored data', () => {
  it('keeps its exact values (changing the scheme would silently drop every stored tick)', () => {
    expect(lookForKey({ en: 'Contact hours stated' })).toBe('k-13934f138f15a36d');
  });
});

describe('matrix image in the coverage view', () => {
  it('shows "done/total" per cell and summed totals instead of clip counts when coverage is given', async () => {
    const { buildMatrix } = await import('../../../lib/matrix/build-matrix');
    const { matrixToSvg } = await import('../../../lib/matrix/matrix-svg');
    const brand = { id: 'b1', studyId: 's1', name: 'Acme', nameKey: 'acme', domains: [], aliases: [], color: '#123456', createdAt: at(0), updatedAt: at(0) };
    const m = buildMatrix([brand], [zmot, fmot], [{ studyId: 's1', brandId: 'b1', stageId: 'zmot', count: 7, scoreSum: 0, scoreCount: 0, positive: 0, neutral: 0, negative: 0, newest: at(1) }]);
    const labels = { title: 't', stageLabel: (i: number) => [zmot, fmot][i]!.short.en, total: 'Total', gap: 'gap' };
    const coverage = computeCoverage(['b1'], [zmot, fmot], [{ brandId: 'b1', stageId: 'zmot', items: [lookForKey(zmot.lookFor[0]!), lookForKey(zmot.lookFor[2]!)] }]);
    const counts = matrixToSvg(m, labels);
    expect(counts).toContain('>7</text>');
    expect(counts).not.toContain('2/4');
    const svg = matrixToSvg(m, { ...labels, coverage });
    expect(svg).toContain('>2/4</text>');
    expect(svg).toContain('>0/4</text>');
    expect(svg).toContain('>2/8</text>');
    expect(svg).not.toContain('>7</text>');
  });
});
