import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../lib/matrix/build-matrix';
import { aggregateClips, applyClip, emptyCell } from '../../../lib/matrix/cell-aggregate';
import { isFilterActive, matchesFilter, NO_FILTER } from '../../../lib/matrix/clip-filter';
import { matrixToSvg, textWidth, wrapText } from '../../../lib/matrix/matrix-svg';
import { MOMENTS_OF_TRUTH, type Brand, type Clip } from '../../../lib/model';
import { searchTerms, queryTerms } from '../../../lib/search/terms';

const brand = (id: string, name: string): Brand => ({
  id, studyId: 's', name, nameKey: name.toLowerCase(), domains: [], aliases: [], color: '#2563eb',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});

function clip(over: Partial<Clip>): Clip {
  return {
    id: crypto.randomUUID(), studyId: 's', brandId: 'a', stageId: 'fmot', kind: 'selection', url: 'https://a.test/',
    urlKey: 'https://a.test/', title: '', site: 'A', sourceType: 'competitor_site', quote: 'q', selectors: {},
    targetUrl: null, screenshotId: null, lang: '', note: '', tags: [], sentiment: null, score: null, behavior: null,
    servqual: null, capturedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', ...over,
  };
}

describe('cell aggregates', () => {
  it('adds and removes contributions symmetrically', () => {
    const c = clip({ score: 4, sentiment: 'negative' });
    const added = applyClip(emptyCell('s', 'a', 'fmot'), c, 1);
    expect(added).toMatchObject({ count: 1, scoreSum: 4, scoreCount: 1, negative: 1, newest: c.capturedAt });
    expect(applyClip(added, c, -1)).toEqual(emptyCell('s', 'a', 'fmot'));
  });
});

describe('buildMatrix', () => {
  it('lays out brands × stages with totals and gaps', () => {
    const clips = [
      clip({ brandId: 'a', stageId: 'fmot', score: 5 }), clip({ brandId: 'a', stageId: 'fmot', score: 3 }),
      clip({ brandId: 'b', stageId: 'tmot' }), clip({ brandId: 'gone', stageId: 'tmot' }),
    ];
    const m = buildMatrix([brand('a', 'Acme'), brand('b', 'Globex')], MOMENTS_OF_TRUTH.stages, [...aggregateClips(clips).values()]);
    expect(m.rows.map((r) => r.total)).toEqual([2, 1]);
    expect(m.columnTotals).toEqual([0, 0, 2, 0, 0, 1]);
    expect(m.total).toBe(3);
    expect(m.rows[0]!.cells[2]!.average).toBe(4);
    expect(m.rows[1]!.cells[0]!.count).toBe(0);
  });

  it('renders an SVG with escaped text', () => {
    const m = buildMatrix([brand('a', '<script>x</script>')], MOMENTS_OF_TRUTH.stages, [...aggregateClips([clip({})]).values()]);
    const svg = matrixToSvg(m, { title: 'T & <b>', stageLabel: (i) => MOMENTS_OF_TRUTH.stages[i]!.short.en, total: 'Total', gap: 'gap' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&lt;ZMOT');
  });

  it('wraps long names and multi-line findings instead of cutting them', () => {
    expect(wrapText('Northwind Outdoor Company International', 200, 13)).toEqual(['Northwind Outdoor Company', 'International']);
    expect(wrapText('line one\nline two', 500, 12)).toEqual(['line one', 'line two']);
    expect(wrapText('物流太慢了物流太慢了', 60, 12)).toEqual(['物流太慢了', '物流太慢了']);
    expect(textWidth('物流', 10)).toBe(20);
    const m = buildMatrix([brand('a', 'A very long brand name that needs two lines')], MOMENTS_OF_TRUTH.stages, [...aggregateClips([clip({ score: 3 })]).values()]);
    const svg = matrixToSvg(m, {
      title: 'T', stageLabel: (i) => MOMENTS_OF_TRUTH.stages[i]!.short.en, total: 'Total', gap: 'gap', mode: 'score',
      legend: { score: 'Average score', unscored: 'not scored', coverage: 'Covered', weak: 'weak', strong: 'strong' },
      footer: 'T · MOT · 2 Dec · 1 clip', findings: { heading: 'Findings', items: [{ label: 'A × FMOT', text: 'one\ntwo' }] },
    });
    expect(svg).not.toContain('…');
    expect(svg).toContain('>3.0</text>');
    for (const t of ['>weak<', '>strong<', '>not scored<', '>gap<', '>T · MOT · 2 Dec · 1 clip<', '>one<', '>two<']) expect(svg).toContain(t);
  });
});

describe('filters and search terms', () => {
  it('matches each filter', () => {
    const c = clip({ sourceType: 'review_platform', sentiment: 'negative', tags: ['delivery'], behavior: 'act', servqual: 'reliability', quote: '发货太慢了，物流三天没更新', capturedAt: '2026-11-10T12:00:00.000Z' });
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, sourceTypes: ['review_platform'] })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, sourceTypes: ['social'] })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, sentiments: ['positive'] })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, tags: ['delivery'] })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, behaviors: ['explore'] })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, servqual: ['reliability'] })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, from: '2026-11-11' })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, to: '2026-11-10' })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, text: '物流' })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, text: '退款' })).toBe(false);
  });

  it('matches brand, stage and score range filters; a score range leaves unscored clips out', () => {
    const c = clip({ brandId: 'a', stageId: 'fmot', score: 4 });
    expect(matchesFilter(c, { ...NO_FILTER, brandIds: ['a'] })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, brandIds: ['b'] })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, stageIds: ['zmot', 'fmot'] })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, stageIds: ['zmot'] })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, scoreMin: 4, scoreMax: 5 })).toBe(true);
    expect(matchesFilter(c, { ...NO_FILTER, scoreMin: 5 })).toBe(false);
    expect(matchesFilter(c, { ...NO_FILTER, scoreMax: 3 })).toBe(false);
    expect(matchesFilter(clip({ score: null }), { ...NO_FILTER, scoreMax: 5 })).toBe(false);
    expect(isFilterActive({ ...NO_FILTER, scoreMin: 1 })).toBe(true);
    expect(isFilterActive({ ...NO_FILTER, brandIds: ['a'] })).toBe(true);
  });

  it('indexes CJK as bigrams and Latin as words', () => {
    const terms = searchTerms('Fast delivery! 发货很快');
    expect(terms).toEqual(expect.arrayContaining(['fast', 'delivery', '发货', '货很', '很快']));
    expect(queryTerms('物流')).toEqual(['物流']);
    expect(queryTerms('ＦＡＳＴ')).toEqual(['fast']);
  });
});
