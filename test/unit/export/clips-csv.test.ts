import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildCsvBlob,
  clipCsvRow,
  clipsCsvChunks,
  CLIPS_CSV_HEADER,
  type ClipsCsvContext,
} from '../../../lib/export/clips-csv';
import { BOM, CRLF, csvRow, neutraliseFormula, numberCell, quoteCell, textCell } from '../../../lib/csv/csv-cell';
import {
  BEHAVIORS,
  ClipSchema,
  SENTIMENTS,
  SERVQUAL_DIMENSIONS,
  SOURCE_TYPES,
  type Clip,
} from '../../../lib/model';

const HEADER_LINE =
  'id,study,framework,stage_id,stage,brand,source_type,site,url,title,quote,note,tags,sentiment,score,behavior,servqual,captured_at,author,published_at,item_rating,permalink,price,currency';

/** Leading characters docs/ARCHITECTURE.md, Contracts says must be neutralised. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;
const startsWithTrigger = (s: string) => s.length > 0 && (TRIGGERS as readonly string[]).includes(s[0]!);

function makeClip(over: Record<string, unknown> = {}): Clip {
  return ClipSchema.parse({
    id: 'clip_1',
    studyId: 'study_1',
    brandId: 'brand_a',
    stageId: 'fmot',
    kind: 'selection',
    url: 'https://example.test/p',
    urlKey: 'https://example.test/p',
    sourceType: 'review_platform',
    quote: 'Great service',
    capturedAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    ...over,
  });
}

const ctx: ClipsCsvContext = {
  studyName: 'Coffee study',
  frameworkName: 'Moments of Truth',
  stageLabel: (id) => ({ fmot: 'FMOT', zmot: 'ZMOT' })[id] ?? id,
  brandName: (id) => ({ brand_a: 'Acme', brand_b: 'Beta' })[id] ?? id,
};

async function collect(gen: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of gen) out.push(c);
  return out;
}

async function csvText(clips: Clip[][] | Clip[], c: ClipsCsvContext = ctx): Promise<string> {
  const batches = Array.isArray(clips[0]) || clips.length === 0 ? (clips as Clip[][]) : [clips as Clip[]];
  return (await collect(clipsCsvChunks(batches, c))).join('');
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const res = Papa.parse<string[]>(text.slice(1), { header: false, newline: '\r\n', delimiter: ',', quoteChar: '"' });
  expect(res.errors).toEqual([]);
  const rows = res.data;
  // The file ends with CRLF, which papaparse reports as one trailing empty row.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

describe('csv-cell', () => {
  it('quotes every cell, doubling quotes', () => {
    expect(quoteCell('plain text')).toBe('"plain text"');
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('line1\nline2')).toBe('"line1\nline2"');
    expect(quoteCell('line1\r\nline2')).toBe('"line1\r\nline2"');
    expect(quoteCell('cr\ronly')).toBe('"cr\ronly"');
    expect(quoteCell('')).toBe('""');
    expect(quoteCell("it's; fine")).toBe(`"it's; fine"`);
    expect(quoteCell('tab\there')).toBe('"tab\there"');
  });

  it.each(TRIGGERS.map((t) => [JSON.stringify(t), t]))('neutralises a leading %s', (_name, t) => {
    expect(neutraliseFormula(`${t}SUM(A1)`)).toBe(`'${t}SUM(A1)`);
    expect(neutraliseFormula(t)).toBe(`'${t}`);
  });

  it('neutralises full-width formula characters', () => {
    expect(neutraliseFormula('＝SUM(A1)')).toBe("'＝SUM(A1)");
    expect(neutraliseFormula('＋1')).toBe("'＋1");
    expect(neutraliseFormula('－1')).toBe("'－1");
    expect(neutraliseFormula('＠user')).toBe("'＠user");
  });

  it.each([
    ['plain', 'hello'],
    ['trigger not at start', 'a=b+c-d@e'],
    ['leading space', ' =1'],
    ['leading apostrophe', "'=1"],
    ['CJK', '日本語の引用'],
    ['digits', '42'],
    ['empty', ''],
    ['hash', '#REF'],
    ['percent', '%1'],
    ['en dash (not a trigger)', '\u2013 dash'],
    ['minus sign U+2212 (not listed)', '\u2212 1'],
    ['full-width letter', 'Ａbc'],
  ])('leaves non-triggers alone: %s', (_name, value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it('textCell neutralises before quoting and treats null/undefined as empty', () => {
    expect(textCell('=1,2')).toBe(`"'=1,2"`);
    expect(textCell('\nline')).toBe(`"'\nline"`);
    expect(textCell('\r\nline')).toBe(`"'\r\nline"`);
    expect(textCell('\tTab')).toBe(`"'\tTab"`);
    expect(textCell('a; b')).toBe('"a; b"');
    expect(textCell('007')).toBe('"007"');
    expect(textCell('-"x"')).toBe(`"'-""x"""`);
    expect(textCell(null)).toBe('""');
    expect(textCell(undefined)).toBe('""');
  });

  it('numberCell writes numbers as-is (never neutralised) and unset as empty', () => {
    expect(numberCell(3)).toBe('3');
    expect(numberCell(0)).toBe('0');
    expect(numberCell(-1)).toBe('-1');
    expect(numberCell(null)).toBe('');
    expect(numberCell(undefined)).toBe('');
    expect(numberCell(Number.NaN)).toBe('');
    expect(numberCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('csvRow joins with commas and ends with CRLF', () => {
    expect(csvRow(['a', '"b,c"', ''])).toBe('a,"b,c",\r\n');
    expect(CRLF).toBe('\r\n');
    expect(BOM).toBe('\uFEFF');
  });
});

describe('clips CSV', () => {
  it('starts with the BOM and the exact header, CRLF-terminated', async () => {
    expect(CLIPS_CSV_HEADER.join(',')).toBe(HEADER_LINE);
    const chunks = await collect(clipsCsvChunks([], ctx));
    expect(chunks).toEqual([`\uFEFF${HEADER_LINE}\r\n`]);
  });

  it('uses CRLF between every row and no bare LF outside quoted cells', async () => {
    const text = await csvText([makeClip({ id: 'a' }), makeClip({ id: 'b' }), makeClip({ id: 'c' })]);
    expect(text.slice(1).split('\r\n')).toHaveLength(5); // header + 3 rows + trailing ''
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a fully-populated clip as documented', async () => {
    const clip = makeClip({
      id: 'c1',
      stageId: 'zmot',
      brandId: 'brand_b',
      sourceType: 'forum',
      site: 'Reddit',
      url: 'https://reddit.test/r/x',
      title: 'Thread',
      quote: 'Love it',
      note: 'n',
      tags: ['price', 'trust'],
      sentiment: 'positive',
      score: 4,
      behavior: 'propose',
      servqual: 'empathy',
      capturedAt: '2026-01-02T03:04:05.678Z',
    });
    const [header, row] = parseCsv(await csvText([clip]));
    expect(header).toEqual([...CLIPS_CSV_HEADER]);
    expect(row).toEqual([
      'c1', 'Coffee study', 'Moments of Truth', 'zmot', 'ZMOT', 'Beta', 'forum', 'Reddit',
      'https://reddit.test/r/x', 'Thread', 'Love it', 'n', 'price; trust', 'positive', '4', 'propose',
      'empathy', '2026-01-02T03:04:05.678Z', '', '', '', '', '', '',
    ]);
  });

  it('writes empty strings for unset values, every text cell quoted, score and time bare', async () => {
    const line = clipCsvRow(makeClip({ id: 'c2', title: '', site: '', note: '' }), ctx);
    expect(line).toBe(
      '"c2","Coffee study","Moments of Truth","fmot","FMOT","Acme","review_platform","","https://example.test/p","","Great service","","","",,"","",2026-11-22T10:00:00.000Z,"","",,"",,""\r\n',
    );
    const scored = clipCsvRow(makeClip({ id: 'c3', score: 4, tags: ['a', 'b'] }), ctx);
    expect(scored).toContain(',"a; b",');
    expect(scored).toMatch(/,4,"[^"]*","[^"]*",2026-11-22T10:00:00\.000Z,"","",,"",,""\r\n$/);
  });

  it('writes captured_at as ISO-8601 UTC with milliseconds', async () => {
    const row = parseCsv(await csvText([makeClip({ capturedAt: '2026-03-01T23:59:59Z' })]))[1]!;
    expect(row[17]).toBe('2026-03-01T23:59:59.000Z');
  });

  it('quotes commas, quotes and embedded newlines per RFC 4180', () => {
    const line = clipCsvRow(
      makeClip({ quote: 'He said "cheap, fast"\r\nand left', note: 'a\nb', title: 'x,y', tags: ['a,b', 'c"d'] }),
      ctx,
    );
    expect(line).toContain(',"x,y",');
    expect(line).toContain(',"He said ""cheap, fast""\r\nand left",');
    expect(line).toContain(',"a\nb",');
    expect(line).toContain(',"a,b; c""d",');
  });

  it('round-trips quotes, commas, newlines and CJK text through a CSV parser', async () => {
    const clip = makeClip({
      quote: '「とても良い」, 但是 "价格" 有点贵\n第二行\r\n第三行',
      note: '메모, "중요"',
      title: '商品ページ',
      site: '価格.com',
      tags: ['価格', '品質, 速度'],
    });
    const c: ClipsCsvContext = { ...ctx, studyName: '咖啡研究', brandName: () => 'スターバックス' };
    const row = parseCsv(await csvText([clip], c))[1]!;
    expect(row[1]).toBe('咖啡研究');
    expect(row[5]).toBe('スターバックス');
    expect(row[7]).toBe('価格.com');
    expect(row[9]).toBe('商品ページ');
    expect(row[10]).toBe(clip.quote);
    expect(row[11]).toBe('메모, "중요"');
    expect(row[12]).toBe('価格; 品質, 速度');
  });

  it('neutralises every formula trigger in every text column, including context-derived ones', async () => {
    for (const t of TRIGGERS) {
      const v = `${t}HYPERLINK("http://evil.test")`;
      const clip = makeClip({ id: '-id', site: v, title: v, quote: v, note: v, tags: [`${t.trim() || '='}x`] });
      const c: ClipsCsvContext = {
        studyName: v, frameworkName: v, stageLabel: () => v, brandName: () => v,
      };
      const row = parseCsv(await csvText([clip], c))[1]!;
      expect(row[0]).toBe("'-id");
      for (const i of [1, 2, 4, 5, 7, 9, 10, 11]) expect(row[i], `col ${i} trigger ${JSON.stringify(t)}`).toBe(`'${v}`);
      expect(row[12]!.startsWith("'")).toBe(true);
    }
  });

  it('does not neutralise non-trigger text or the numeric score', async () => {
    const clip = makeClip({ quote: 'a=1', note: ' =x', title: "'quoted", score: 1 });
    const row = parseCsv(await csvText([clip]))[1]!;
    expect(row[9]).toBe("'quoted");
    expect(row[10]).toBe('a=1');
    expect(row[11]).toBe(' =x');
    expect(row[14]).toBe('1');
  });

  it('keeps each score 1..5 numeric', async () => {
    for (const score of [1, 2, 3, 4, 5]) {
      const line = clipCsvRow(makeClip({ score }), ctx);
      expect(line.split(',')[14]).toBe(String(score));
    }
  });

  it('yields one chunk per non-empty batch and accepts async iterables', async () => {
    async function* batches() {
      yield [makeClip({ id: 'a' }), makeClip({ id: 'b' })];
      yield [];
      yield [makeClip({ id: 'c' })];
    }
    const chunks = await collect(clipsCsvChunks(batches(), ctx));
    expect(chunks).toHaveLength(3);
    expect(chunks[1]!.split('\r\n')).toHaveLength(3);
    expect(chunks[2]!.startsWith('"c",')).toBe(true);
  });

  it('buildCsvBlob holds exactly the joined chunks (bytes, BOM included)', async () => {
    const clips = Array.from({ length: 100 }, (_, i) => makeClip({ id: `c${i}`, quote: `引用 ${i}, "q"\n😀` }));
    const batches = Array.from({ length: 20 }, (_, i) => clips.slice(i * 5, i * 5 + 5));
    const joined = (await collect(clipsCsvChunks(batches, ctx))).join('');
    for (const foldEvery of [1, 2, 3, 32, 1000]) {
      const blob = await buildCsvBlob(clipsCsvChunks(batches, ctx), foldEvery);
      expect(blob.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes).toEqual(new TextEncoder().encode(joined));
      // Blob.text() is a UTF-8 decode, which strips the leading BOM.
      expect(await blob.text()).toBe(joined.slice(1));
    }
  });

  it('buildCsvBlob of no chunks is empty', async () => {
    async function* none(): AsyncGenerator<string> {}
    const blob = await buildCsvBlob(none());
    expect(blob.size).toBe(0);
  });
});

describe('clips CSV round-trip property', () => {
  const hostileChar = fc.constantFrom(
    ...TRIGGERS, '"', ',', "'", ';', ' ', '\r\n', 'a', 'Z', '0', '日', '本', 'ｱ', '한', '😀', '\u2028', '\u00A0', '\uFEFF', '#', '%',
  );
  const hostile = (maxLength: number) =>
    fc.oneof(
      fc.string({ unit: hostileChar, maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.string({ unit: 'binary', maxLength }),
      fc.constantFrom('', '=1+1', '-2', '@SUM(A1)', '＝cmd', '\t=x', '\r\n=x', '"', '""', ','),
    );
  const tag = hostile(60).filter((s) => s.trim().length > 0);
  const isoTime = fc
    .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2199-12-31T23:59:59.999Z'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const stageIds = ['fmot', 'zmot', 'smot', 'umot'];
  const brandIds = ['b1', '-b2', '_b3'];

  const clipArb = fc
    .record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      brandId: fc.constantFrom(...brandIds),
      stageId: fc.constantFrom(...stageIds),
      sourceType: fc.constantFrom(...SOURCE_TYPES),
      urlTail: hostile(40),
      title: hostile(80),
      site: hostile(40),
      quote: hostile(200),
      note: hostile(120),
      tags: fc.array(tag, { maxLength: 5 }),
      sentiment: fc.option(fc.constantFrom(...SENTIMENTS)),
      score: fc.option(fc.integer({ min: 1, max: 5 })),
      behavior: fc.option(fc.constantFrom(...BEHAVIORS)),
      servqual: fc.option(fc.constantFrom(...SERVQUAL_DIMENSIONS)),
      capturedAt: isoTime,
    })
    .map(({ urlTail, ...r }) =>
      ClipSchema.parse({
        ...r,
        studyId: 's1',
        kind: 'selection',
        url: `https://x.test/${urlTail}`,
        urlKey: 'k',
        updatedAt: r.capturedAt,
      }),
    );

  const ctxArb = fc.record({
    studyName: hostile(60),
    frameworkName: hostile(40),
    stageLabels: fc.tuple(...stageIds.map(() => hostile(20))),
    brandNames: fc.tuple(...brandIds.map(() => hostile(30))),
  });

  /** Undo the documented neutralisation: one leading `'` where the original starts with a trigger. */
  function expectCell(actual: string, original: string, where: string) {
    if (startsWithTrigger(original)) {
      expect(actual.startsWith("'"), where).toBe(true);
      expect(actual.slice(1), where).toBe(original);
    } else {
      expect(actual, where).toBe(original);
    }
  }

  it('papaparse reads back every cell exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(clipArb, { maxLength: 12 }),
        ctxArb,
        fc.array(fc.nat(4), { maxLength: 12 }),
        async (clips, c, cuts) => {
          const context: ClipsCsvContext = {
            studyName: c.studyName,
            frameworkName: c.frameworkName,
            stageLabel: (id) => c.stageLabels[stageIds.indexOf(id)]!,
            brandName: (id) => c.brandNames[brandIds.indexOf(id)]!,
          };
          // Split into batches of random sizes (0 allowed → empty batches).
          const batches: Clip[][] = [];
          let i = 0;
          for (const n of cuts) {
            batches.push(clips.slice(i, i + n));
            i += n;
          }
          batches.push(clips.slice(i));

          const text = (await collect(clipsCsvChunks(batches, context))).join('');
          const rows = parseCsv(text);
          expect(rows[0]).toEqual([...CLIPS_CSV_HEADER]);
          expect(rows).toHaveLength(clips.length + 1);

          clips.forEach((clip, r) => {
            const row = rows[r + 1]!;
            expect(row).toHaveLength(24);
            const originals: (string | null)[] = [
              clip.id, context.studyName, context.frameworkName, clip.stageId, context.stageLabel(clip.stageId),
              context.brandName(clip.brandId), clip.sourceType, clip.site, clip.url, clip.title, clip.quote,
              clip.note, clip.tags.join('; '), clip.sentiment ?? '', null, clip.behavior ?? '',
              clip.servqual ?? '', new Date(clip.capturedAt).toISOString(),
            ];
            originals.forEach((orig, col) => {
              if (orig !== null) expectCell(row[col]!, orig, `row ${r} col ${CLIPS_CSV_HEADER[col]}`);
            });
            // score is a number cell: never neutralised.
            expect(row[14]).toBe(clip.score === null ? '' : String(clip.score));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
