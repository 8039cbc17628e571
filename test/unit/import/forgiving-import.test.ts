// Issue 16, point 3: a forgiving, honest import — encodings named, stages by
// label, dates never silently shifted, ids a spreadsheet changed matched to
// their clips, tags split like the clip form.
import { describe, expect, it } from 'vitest';
import { guessMapping, validateRows } from '../../../lib/import/clip-rows';
import { parseCsv } from '../../../lib/import/csv-parse';
import { dateForm, readDate } from '../../../lib/import/dates';
import { decodeCsvBytes } from '../../../lib/import/decode';
import { couldBecome, matchMangledIds, unmatchedScientific } from '../../../lib/import/mangled-ids';
import { saveDraft } from '../../../lib/db/clips-repo';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from '../db/helpers';

const ctx = { framework: MOMENTS_OF_TRUTH, now: '2026-11-22T12:00:00.000Z' };
const TSV = 'quote\tstage\tbrand\turl\tnote\n物流太慢；客服“很好”\tAMOT\t星巴克\thttps://s.test/a\tCafé crème, עברית 😀\n';

function read(bytes: Uint8Array, over: Partial<Parameters<typeof validateRows>[2]> = {}) {
  const { text, encoding } = decodeCsvBytes(bytes);
  const { rows, error } = parseCsv(text);
  expect(error).toBeUndefined();
  return { encoding, rows, report: validateRows(rows.slice(1), guessMapping(rows[0]!), { ...ctx, ...over }) };
}

function utf16(text: string, be: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[i * 2 + (be ? 1 : 0)] = c & 0xff;
    out[i * 2 + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('encodings', () => {
  it.each([
    ['UTF-16 LE', false],
    ['UTF-16 BE', true],
  ] as const)('reads %s with a BOM (Unicode Text, tab-separated) and names it', (name, be) => {
    const { encoding, report } = read(utf16(TSV, be));
    expect(encoding).toBe(name);
    expect(report.rejected).toEqual([]);
    expect(report.accepted[0]).toMatchObject({ quote: '物流太慢；客服“很好”', stageId: 'amot', brandName: '星巴克', note: 'Café crème, עברית 😀' });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeCsvBytes(utf16(TSV, false, false))).toEqual({ text: TSV, encoding: 'UTF-16 LE' });
  });

  it('reads UTF-8 with and without BOM as UTF-8, and Windows-1252 only when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode('quote,stage,brand,url\nCafé “crème”,FMOT,Acme,https://a.test/\n');
    expect(decodeCsvBytes(utf8).encoding).toBe('UTF-8');
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).encoding).toBe('UTF-8 (BOM)');
    // Excel's plain CSV: Windows-1252 bytes (é = E9, “ ” = 93 94, € = 80).
    const cp1252 = new Uint8Array([...new TextEncoder().encode('quote,stage,brand,url\nCaf'), 0xe9, 0x20, 0x93, 0x63, 0x72, 0xe8, 0x6d, 0x65, 0x94, 0x20, 0x80, 0x35, ...new TextEncoder().encode(',FMOT,Acme,https://a.test/\n')]);
    const { encoding, report } = read(cp1252);
    expect(encoding).toBe('Windows-1252');
    expect(report.accepted[0]!.quote).toBe('Café “crème” €5');
    expect(read(utf8).report.accepted[0]!.quote).toBe('Café “crème”');
  });
});

describe('stages, tags', () => {
  it('accepts a stage given only by label or short label when stage_id is empty', () => {
    const text = [
      'id,study,framework,stage_id,stage,brand,source_type,site,url,title,quote,note,tags,sentiment,score,behavior,servqual,captured_at',
      '"a1","S","MOT","","SMOT","Acme","other","","https://a.test/1","","q1","","","",,"","",2026-03-04T05:09:10.000Z',
      '"a2","S","MOT","","Second Moment of Truth","Acme","other","","https://a.test/2","","q2","","","",,"","",2026-03-04T05:09:10.000Z',
      '"a3","S","MOT","","第二关键时刻（SMOT）","Acme","other","","https://a.test/3","","q3","","","",,"","",2026-03-04T05:09:10.000Z',
      '"a4","S","MOT","tmot","SMOT","Acme","other","","https://a.test/4","","q4","","","",,"","",2026-03-04T05:09:10.000Z',
      '"a5","S","MOT","","","Acme","other","","https://a.test/5","","q5","","","",,"","",2026-03-04T05:09:10.000Z',
    ].join('\r\n');
    const { rows } = parseCsv(text);
    const mapping = guessMapping(rows[0]!);
    expect([mapping.stage, mapping.stage_label]).toEqual([3, 4]);
    const report = validateRows(rows.slice(1), mapping, ctx);
    const label = MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'smot')!;
    expect(label.name.en).toBe('Second Moment of Truth');
    expect(report.accepted.map((d) => [d.id, d.stageId])).toEqual([
      ['a1', 'smot'],
      ['a2', 'smot'],
      ['a3', 'smot'],
      ['a4', 'tmot'], // the id wins over the label
    ]);
    expect(report.rejected).toEqual([{ row: 6, problems: [{ field: 'stage', code: 'required' }] }]);
  });

  it('splits tags on ; ； , and ， like the clip form', () => {
    const { rows } = parseCsv('quote,stage,brand,url,tags\nq,fmot,Acme,https://a.test/,"价格；物流，配送; a,b"\n');
    expect(validateRows(rows.slice(1), guessMapping(rows[0]!), ctx).accepted[0]!.tags).toEqual(['价格', '物流', '配送', 'a', 'b']);
  });
});

describe('dates', () => {
  const withDates = (...dates: string[]) =>
    parseCsv(['quote,stage,brand,url,captured_at', ...dates.map((d, i) => `q${i},fmot,Acme,https://a.test/${i},${d}`)].join('\n')).rows;

  it('keeps zoned ISO times exact and flags nothing', () => {
    const rows = withDates('2026-03-04T05:09:10.000Z', '2026-03-04T13:09:10+08:00', '2026-03-04 05:09:10Z');
    const report = validateRows(rows.slice(1), guessMapping(rows[0]!), ctx);
    expect(report.accepted.map((d) => d.capturedAt)).toEqual(Array(3).fill('2026-03-04T05:09:10.000Z'));
    expect([report.dates.zoneless, report.dates.numeric]).toEqual([0, 0]);
  });

  it('flags a time without a zone (Gnumeric re-save) with the reading chosen, and the switch changes it', () => {
    const rows = withDates('2026/03/04 05:09:10', '2026-03-04T06:00:00.000Z');
    const utc = validateRows(rows.slice(1), guessMapping(rows[0]!), ctx);
    expect(utc.dates).toMatchObject({ reading: { zone: 'utc' }, zoneless: 1, zonelessExample: { raw: '2026/03/04 05:09:10', read: '2026-03-04T05:09:10.000Z' } });
    expect(utc.accepted[0]!.capturedAt).toBe('2026-03-04T05:09:10.000Z');
    const local = validateRows(rows.slice(1), guessMapping(rows[0]!), { ...ctx, dates: { zone: 'local' } });
    expect(local.accepted[0]!.capturedAt).toBe(new Date(2026, 2, 4, 5, 9, 10).toISOString());
    expect(local.accepted[1]!.capturedAt).toBe('2026-03-04T06:00:00.000Z');
  });

  it('reads a German date (05.06.26) day first by default, flagged; month/day when switched', () => {
    const rows = withDates('05.06.26', '05.06.2026 14:30');
    const report = validateRows(rows.slice(1), guessMapping(rows[0]!), { ...ctx, preferOrder: 'mdy' });
    expect(report.dates).toMatchObject({ reading: { order: 'dmy', zone: 'utc' }, numeric: 2, numericExample: { raw: '05.06.26', read: '2026-06-05T00:00:00.000Z' } });
    expect(report.accepted.map((d) => d.capturedAt)).toEqual(['2026-06-05T00:00:00.000Z', '2026-06-05T14:30:00.000Z']);
    const switched = validateRows(rows.slice(1), guessMapping(rows[0]!), { ...ctx, dates: { order: 'mdy' } });
    expect(switched.accepted.map((d) => d.capturedAt)).toEqual(['2026-05-06T00:00:00.000Z', '2026-05-06T14:30:00.000Z']);
  });

  it('takes the order the file proves (a 13th day), else the preferred one; an impossible date is rejected, not shifted', () => {
    const proves = withDates('06/05/26', '13/05/26');
    expect(validateRows(proves.slice(1), guessMapping(proves[0]!), { ...ctx, preferOrder: 'mdy' }).accepted.map((d) => d.capturedAt.slice(0, 10))).toEqual(['2026-05-06', '2026-05-13']);
    const open = withDates('06/05/26 10:11 AM');
    expect(validateRows(open.slice(1), guessMapping(open[0]!), { ...ctx, preferOrder: 'mdy' }).accepted[0]!.capturedAt).toBe('2026-06-05T10:11:00.000Z');
    expect(validateRows(open.slice(1), guessMapping(open[0]!), { ...ctx, preferOrder: 'dmy' }).accepted[0]!.capturedAt).toBe('2026-05-06T10:11:00.000Z');
    const bad = withDates('13/13/26', 'yesterday');
    expect(validateRows(bad.slice(1), guessMapping(bad[0]!), ctx).rejected.map((r) => r.problems[0]!.field)).toEqual(['captured_at', 'captured_at']);
    expect(readDate(dateForm('31.02.2026'), { zone: 'utc', order: 'dmy' })).toBeNull();
  });
});

describe('ids a spreadsheet changed', () => {
  it('knows which ids a spreadsheet can turn into which', () => {
    expect(couldBecome('007', '7')).toBe(true);
    expect(couldBecome('1e5', '100000')).toBe(true);
    expect(couldBecome('1e5', '1.00E+05')).toBe(true);
    expect(couldBecome('123456789012345678', '1.23457E+17')).toBe(true);
    expect(couldBecome('123456789012345678', '1,23456789012346E+017')).toBe(true);
    expect(couldBecome('123456789012345678', '1.23458E+17')).toBe(false);
    expect(couldBecome('008', '7')).toBe(false);
    expect(couldBecome('7', '7')).toBe(false);
    expect(couldBecome('abc', '7')).toBe(false);
  });

  it('matches a changed id to the existing clip when quote, URL and stage match; else the row is new', async () => {
    const { db, study } = await freshDb();
    for (const [id, quote] of [['007', 'zero seven'], ['123456789012345678', 'long id'], ['1e5', 'sci']] as const) {
      await saveDraft(db, draft({ studyId: study.id, id, quote, url: `https://a.test/${quote.length}`, stageId: 'fmot' }));
    }
    const rows = parseCsv([
      'id,quote,stage_id,brand,url',
      '7,zero seven,fmot,Acme,https://a.test/10',
      '1.23457E+17,long id,fmot,Acme,https://a.test/7',
      '100000,sci,fmot,Acme,https://a.test/3',
      '07,zero seven but edited,fmot,Acme,https://a.test/10',
      '9.9E+20,unknown,fmot,Acme,https://a.test/x',
    ].join('\n')).rows;
    const report = validateRows(rows.slice(1), guessMapping(rows[0]!), ctx);
    expect(report.rejected).toEqual([]);
    const matches = await matchMangledIds(db, study.id, report);
    expect(matches).toEqual([
      { raw: '7', id: '007' },
      { raw: '1.23457E+17', id: '123456789012345678' },
      { raw: '100000', id: '1e5' },
    ]);
    expect(report.accepted.slice(0, 3).map((d) => d.id)).toEqual(['007', '123456789012345678', '1e5']);
    // The edited row keeps its own id (`07`), the unknown scientific id gets a fresh one.
    expect(report.accepted[3]!.id).toBe('07');
    expect(report.accepted[4]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(unmatchedScientific(report, matches)).toEqual(['9.9E+20']);
    db.close();
  });
});
