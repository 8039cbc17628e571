import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../lib/matrix/build-matrix';
import { aggregateClips } from '../../../lib/matrix/cell-aggregate';
import { escapeMarkdown, markdownReport, strongestQuotes } from '../../../lib/export/markdown-report';
import { matrixSummaryCsv } from '../../../lib/export/matrix-summary-csv';
import { MOMENTS_OF_TRUTH, type Brand, type Clip } from '../../../lib/model';

const T = '2026-01-01T00:00:00.000Z';
const brand = (id: string, name: string): Brand => ({ id, studyId: 's', name, nameKey: name.toLowerCase(), domains: [], aliases: [], color: '#2563eb', createdAt: T, updatedAt: T });
let n = 0;
const clip = (brandId: string, stageId: string, over: Partial<Clip> = {}): Clip => ({
  id: `c${n++}`, studyId: 's', brandId, stageId, kind: 'selection', url: 'https://acme.test/p', urlKey: 'acme.test/p', title: '', site: 'Acme',
  sourceType: 'competitor_site', quote: 'q', selectors: {}, targetUrl: null, screenshotId: null, lang: 'en', note: '', tags: [],
  sentiment: null, score: null, behavior: null, servqual: null, capturedAt: T, updatedAt: T, ...over,
});

const labels = { title: 'Report', clips: (k: number) => `${k} clips`, averageScore: 'Average score', finding: 'Finding', noEvidence: 'no evidence', generated: 'Generated' };

describe('matrix summary CSV', () => {
  it('has a row per brand with count, average and finding per stage, formula-safe', () => {
    const brands = [brand('a', 'Acme'), brand('g', '=Globex')];
    const clips = [clip('a', 'fmot', { score: 4 }), clip('a', 'fmot', { score: 5 }), clip('g', 'tmot')];
    const matrix = buildMatrix(brands, MOMENTS_OF_TRUTH.stages, [...aggregateClips(clips).values()]);
    const csv = matrixSummaryCsv(matrix, new Map([['a/fmot', 'Clear, "honest" pricing']]), 'en');
    expect(csv.startsWith('\uFEFF"brand","<ZMOT clips","<ZMOT avg score","<ZMOT finding","ZMOT clips"')).toBe(true);
    // Text quoted, numbers bare.
    expect(csv.split('\r\n')[1]).toMatch(/^"Acme",0,,"",0,,"",2,4\.5,"Clear, ""honest"" pricing",/);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const acme = rows[1]!;
    expect(acme[0]).toBe('Acme');
    expect(acme[header.indexOf('FMOT clips')]).toBe('2');
    expect(acme[header.indexOf('FMOT avg score')]).toBe('4.5');
    expect(acme[header.indexOf('FMOT finding')]).toBe('Clear, "honest" pricing');
    expect(acme[header.indexOf('total clips')]).toBe('2');
    expect(rows[2]![0]).toBe("'=Globex");
  });
});

describe('Markdown report', () => {
  it('lists per stage how each brand handles it, with the finding and the strongest quotes, escaped', () => {
    const brands = [brand('a', 'Acme'), brand('g', 'Globex')];
    const clips = [
      clip('a', 'amot', { quote: 'Free delivery [click](javascript:alert(1)) <b>now</b>', score: 5, url: 'https://acme.test/ship' }),
      clip('a', 'amot', { quote: 'weak one', score: 1 }),
      clip('a', 'amot', { quote: 'mid one', score: 3 }),
      clip('a', 'amot', { quote: 'another', score: 2 }),
      clip('g', 'tmot', { quote: '物流太慢了', url: 'javascript:alert(1)' }),
    ];
    const best = strongestQuotes(3);
    clips.forEach((c) => best.add(c));
    const md = markdownReport({
      studyName: 'Study # 1', framework: MOMENTS_OF_TRUTH, brands, cells: [...aggregateClips(clips).values()],
      findings: new Map([['a/amot', 'Fast *and* clear']]), quotes: best.result(), locale: 'en', labels, date: new Date(T),
    });
    expect(md).toContain('## AMOT — Actual Moment of Truth');
    expect(md).toContain('**Finding:** Fast \\*and\\* clear');
    expect(md).toContain('4 clips · Average score 2.8/5');
    expect(md).toContain('\\[click\\](javascript:alert(1)) \\<b\\>now\\</b\\>');
    expect(md).toContain('[Acme](https://acme.test/ship)');
    expect(md).not.toContain('weak one'); // only the three strongest
    expect(md).toContain('物流太慢了');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // no unescaped link to javascript:
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('escapes only what Markdown reads as markup, and keeps a finding\'s lines', () => {
    expect(escapeMarkdown('Less-than-Zero (<ZMOT) costs 5.99! snake_case')).toBe('Less-than-Zero (\\<ZMOT) costs 5.99! snake_case');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('_em_ *b* `c` ~~s~~ &amp;')).toBe('\\_em\\_ \\*b\\* \\`c\\` \\~\\~s\\~\\~ \\&amp;');
    const md = markdownReport({
      studyName: 'S', framework: MOMENTS_OF_TRUTH, brands: [brand('a', 'Acme')], cells: [],
      findings: new Map([['a/fmot', 'Line one\n- line two']]), quotes: new Map(), locale: 'en', labels, date: new Date(T),
    });
    expect(md).toContain('**Finding:** Line one  \n\\- line two');
  });
});
