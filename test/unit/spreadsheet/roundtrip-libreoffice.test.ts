// Issue 16: what a spreadsheet gives back comes back in as the same clips.
// (1) The CSV export re-saved by a German LibreOffice (ids turned into
// numbers, dates typed the German way and re-written): the import flags the
// dates with the reading chosen and matches the changed ids to their clips,
// so nothing is stored twice. (2) The .xlsx export saved as CSV by LibreOffice
// imports back as the same clips.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDraft, saveDrafts } from '../../../lib/db/clips-repo';
import { exportStudyCsv } from '../../../lib/export/export-study-csv';
import { exportStudyXlsx } from '../../../lib/export/export-study-xlsx';
import { guessMapping, validateRows } from '../../../lib/import/clip-rows';
import { parseCsv } from '../../../lib/import/csv-parse';
import { decodeCsvBytes } from '../../../lib/import/decode';
import { matchMangledIds } from '../../../lib/import/mangled-ids';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { draft, freshDb } from '../db/helpers';
import { convertWithLibreOffice } from './libreoffice';
import { hostileStudy, LABELS } from './hostile-study';

/** LibreOffice's CSV export: comma, `"`, UTF-8, German, quote all text cells, save cell contents as shown. */
const GERMAN_CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1031,true,true,true';
/** A German desktop LibreOffice opening a CSV: Tab, Comma and Semicolon, UTF-8, German, detect special numbers. */
const GERMAN_CSV_IN = 'Text - txt - csv (StarCalc):9/44/59,34,76,1,,1031,false,true';

const lf = (s: string) => s.replace(/\r\n?/g, '\n');

function importText(bytes: Uint8Array, over: Partial<Parameters<typeof validateRows>[2]> = {}) {
  const { text, encoding } = decodeCsvBytes(bytes);
  const { rows, error } = parseCsv(text);
  expect(error).toBeUndefined();
  return { encoding, report: validateRows(rows.slice(1), guessMapping(rows[0]!), { framework: MOMENTS_OF_TRUTH, now: '2026-11-22T12:00:00.000Z', ...over }) };
}

describe('round trips through LibreOffice', () => {
  it('a German LibreOffice re-save of the CSV: changed ids match their clips, dates flagged and read as chosen, nothing duplicated', { timeout: 120_000 }, async () => {
    const { db, study } = await freshDb();
    const ids = ['007', '123456789012345678', '1e5', 'kept-id'];
    for (const [i, id] of ids.entries()) {
      await saveDraft(db, draft({ studyId: study.id, id, quote: `Lieferung ${i}; schnell`, url: `https://shop.test/${i}`, stageId: 'amot', tags: ['Preis', 'Versand'], score: 4, capturedAt: `2026-06-0${i + 1}T10:11:00.000Z` }));
    }
    const before = await db.clips.count();
    const csv = new TextDecoder().decode(await (await exportStudyCsv(db, study.id, 'en')).blob.arrayBuffer());
    // The researcher typed two dates the German way (5 June 2026) in the spreadsheet.
    const edited = csv.replace('2026-06-01T10:11:00.000Z', '05.06.26 10:11').replace('2026-06-02T10:11:00.000Z', '05.06.2026 10:11');
    const dir = mkdtempSync(join(tmpdir(), 'jl-resave-'));
    writeFileSync(join(dir, 'clips.csv'), '\uFEFF' + edited.replace(/^\uFEFF/, ''));
    const [resaved] = convertWithLibreOffice([join(dir, 'clips.csv')], GERMAN_CSV_OUT, GERMAN_CSV_IN);
    const text = readFileSync(resaved!, 'utf8');
    // LibreOffice did mangle: the ids are numbers now and the typed dates re-written.
    const lines = text.split(/\r?\n/).filter(Boolean);
    const idCells = lines.slice(1).map((l) => l.split(',')[0]);
    expect(idCells).toContain('7');
    expect(idCells.some((c) => /E\+0?17$/.test(c!))).toBe(true);
    expect(idCells.some((c) => /^1(\.0+)?E\+0?5$|^100000$/.test(c!))).toBe(true);
    expect(text).not.toContain('05.06.26 10:11');

    const { report } = importText(new TextEncoder().encode(text), { preferOrder: 'dmy' });
    expect(report.rejected).toEqual([]);
    // Dates LibreOffice wrote in numbers only are flagged with the reading chosen (never silently read).
    expect(report.dates.numeric).toBe(2);
    const raw = report.dates.numericExample!.raw;
    const monthFirst = /^06\/05\/(20)?26/.test(raw);
    expect(monthFirst || /^05\.06\.(20)?26/.test(raw), raw).toBe(true);
    const chosen = importText(new TextEncoder().encode(text), { dates: { order: monthFirst ? 'mdy' : 'dmy' } }).report;
    expect(chosen.accepted.filter((d) => d.capturedAt === '2026-06-05T10:11:00.000Z')).toHaveLength(2);
    // The changed ids are the clips they were: re-importing stores nothing twice.
    const matches = await matchMangledIds(db, study.id, chosen);
    expect(matches.map((m) => m.id).sort()).toEqual(['007', '123456789012345678', '1e5']);
    expect(chosen.accepted.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const d of chosen.accepted) expect(d.tags).toEqual(['Preis', 'Versand']);
    const saved = await saveDrafts(db, study.id, chosen.accepted);
    expect(saved.saved).toHaveLength(0);
    expect(await db.clips.count()).toBe(before);
    db.close();
  });

  it('the .xlsx saved as CSV by LibreOffice imports back as the same clips', { timeout: 120_000 }, async () => {
    const { db, studyId, clips } = await hostileStudy();
    const brandName = new Map((await db.brands.toArray()).map((b) => [b.id, b.name]));
    const { blob } = await exportStudyXlsx(db, studyId, 'en', LABELS);
    const dir = mkdtempSync(join(tmpdir(), 'jl-xlsx-rt-'));
    writeFileSync(join(dir, 'study.xlsx'), Buffer.from(await blob.arrayBuffer()));
    const [csv] = convertWithLibreOffice([join(dir, 'study.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,true');
    const { report } = importText(readFileSync(csv!));
    expect(report.rejected).toEqual([]);
    // Spreadsheet dates carry no zone: flagged, read as UTC (as exported) — the same instants.
    expect(report.dates.zoneless).toBe(clips.length);
    expect(report.dates.reading.zone).toBe('utc');
    expect(report.accepted).toHaveLength(clips.length);
    for (const d of report.accepted) {
      const c = clips.find((x) => x.id === d.id)!;
      expect(c, d.id).toBeDefined();
      expect({ ...d, quote: lf(d.quote), note: lf(d.note), title: lf(d.title) }).toMatchObject({
        id: c.id, stageId: c.stageId, brandName: brandName.get(c.brandId), url: c.url, site: c.site, sourceType: c.sourceType,
        quote: lf(c.quote), note: lf(c.note), title: lf(c.title), tags: c.tags, sentiment: c.sentiment, score: c.score,
        behavior: c.behavior, servqual: c.servqual, capturedAt: c.capturedAt,
      });
    }
    expect((await matchMangledIds(db, studyId, report)).length).toBe(0);
    const saved = await saveDrafts(db, studyId, report.accepted);
    expect([saved.saved.length, saved.duplicates]).toEqual([0, clips.length]);
    db.close();
  });
});
