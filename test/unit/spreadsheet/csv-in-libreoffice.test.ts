// Done-when of issue 16: every CSV the product writes, opened in real
// LibreOffice Calc with its desktop default separators (Tab, Comma and
// Semicolon all on), keeps every cell in its column, runs no formula and keeps
// CJK, right-to-left, emoji and multi-line text intact.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStudyCsv } from '../../../lib/export/export-study-csv';
import { exportMatrixSummary } from '../../../lib/export/export-study-report';
import { CLIPS_CSV_HEADER } from '../../../lib/export/clips-csv';
import { neutraliseFormula } from '../../../lib/csv/csv-cell';
import { frameworkOf } from '../../../lib/db/studies-repo';
import { buildMatrix } from '../../../lib/matrix/build-matrix';
import { findStage, localize } from '../../../lib/model';
import { convertWithLibreOffice, DESKTOP_CSV_FILTER, readFods, type SheetCell } from './libreoffice';
import { hostileStudy } from './hostile-study';

/** A cell's text as the spreadsheet shows it: line ends become LF. */
const shown = (s: string) => s.replace(/\r\n?/g, '\n');

describe('CSV exports in LibreOffice (Tab, Comma and Semicolon separators all on)', () => {
  it('clips CSV and matrix summary CSV: every cell in its column, no formula, text intact', { timeout: 120_000 }, async () => {
    const { db, studyId, clips } = await hostileStudy();
    const dir = mkdtempSync(join(tmpdir(), 'jl-csv-'));
    const clipsCsv = await exportStudyCsv(db, studyId, 'en');
    expect(clipsCsv.via).toBe('rows');
    const fromClips = await exportStudyCsv(db, studyId, 'en', undefined, undefined, 'clips');
    expect(Buffer.from(await fromClips.blob.arrayBuffer()).equals(Buffer.from(await clipsCsv.blob.arrayBuffer()))).toBe(true);
    const summary = await exportMatrixSummary(db, studyId, 'en', 'total');
    const clipsPath = join(dir, 'clips.csv');
    const summaryPath = join(dir, 'summary.csv');
    writeFileSync(clipsPath, Buffer.from(await clipsCsv.blob.arrayBuffer()));
    writeFileSync(summaryPath, Buffer.from(await summary.blob.arrayBuffer()));

    const [clipsOds, summaryOds] = convertWithLibreOffice([clipsPath, summaryPath], 'fods', DESKTOP_CSV_FILTER);
    const noFormula = (rows: SheetCell[][]) => rows.flat().filter((c) => c.formula !== undefined);

    // Clips: the header, then one row per clip with a cell per column, each the exported value.
    const sheet = readFods(clipsOds!)[0]!;
    expect(noFormula(sheet.rows)).toEqual([]);
    expect(sheet.rows).toHaveLength(clips.length + 1);
    expect(sheet.rows[0]!.map((c) => c.text)).toEqual([...CLIPS_CSV_HEADER]);
    const study = (await db.studies.get(studyId))!;
    const framework = await frameworkOf(db, study);
    const brandName = new Map((await db.brands.toArray()).map((b) => [b.id, b.name]));
    const byId = new Map(clips.map((c) => [c.id, c]));
    for (const row of sheet.rows.slice(1)) {
      expect(row.length, row.map((c) => c.text).join(' | ')).toBeLessThanOrEqual(CLIPS_CSV_HEADER.length);
      const clip = byId.get(row[0]!.text)!;
      expect(clip, row[0]!.text).toBeDefined();
      const expected: Record<string, string> = {
        id: clip.id,
        study: study.name,
        framework: localize(framework.name, 'en'),
        stage_id: clip.stageId,
        stage: localize(findStage(framework, clip.stageId)!.short, 'en'),
        brand: brandName.get(clip.brandId)!,
        source_type: clip.sourceType,
        site: clip.site,
        url: clip.url,
        title: clip.title,
        quote: clip.quote,
        note: clip.note,
        tags: clip.tags.join('; '),
        sentiment: clip.sentiment ?? '',
        behavior: clip.behavior ?? '',
        servqual: clip.servqual ?? '',
        captured_at: clip.capturedAt,
        author: clip.item?.author ?? '',
        published_at: clip.item?.publishedAt ?? '',
        permalink: clip.item?.permalink ?? '',
        currency: clip.item?.currency ?? '',
      };
      CLIPS_CSV_HEADER.forEach((name, col) => {
        const cell = row[col] ?? { type: '', text: '' };
        if (name === 'item_rating' || name === 'price') {
          const n = name === 'price' ? clip.item?.price : clip.item?.rating;
          if (n === undefined || n === null) expect(cell.type, `${clip.id} ${name}`).toBe('');
          else expect([cell.type, cell.value], `${clip.id} ${name}`).toEqual(['float', String(n)]);
          return;
        }
        if (name === 'score') {
          if (clip.score === null) expect(cell.type, `${clip.id} score`).toBe('');
          else expect([cell.type, cell.value], `${clip.id} score`).toEqual(['float', String(clip.score)]);
          return;
        }
        const want = expected[name]!;
        expect(shown(cell.text), `${clip.id} ${name}`).toBe(shown(neutraliseFormula(want)));
        if (want) expect(cell.type, `${clip.id} ${name}`).toBe('string');
      });
    }

    // Matrix summary: a row per brand, 1 + 3 per stage + total cells, findings intact.
    const table = readFods(summaryOds!)[0]!;
    expect(noFormula(table.rows)).toEqual([]);
    const width = 1 + framework.stages.length * 3 + 1;
    const brands = await db.brands.where('studyId').equals(studyId).toArray();
    const matrix = buildMatrix(brands, framework.stages, await db.cells.where('studyId').equals(studyId).toArray());
    expect(table.rows).toHaveLength(1 + matrix.rows.length);
    expect(table.rows[0]!.map((c) => c.text)).toEqual([
      'brand',
      ...framework.stages.flatMap((s) => {
        const l = localize(s.short, 'en');
        return [`${l} clips`, `${l} avg score`, `${l} finding`];
      }),
      'total clips',
    ]);
    const findings = new Map((await db.findings.toArray()).map((f) => [`${f.brandId}/${f.stageId}`, f.text]));
    for (const row of table.rows.slice(1)) {
      expect(row).toHaveLength(width);
      const brand = brands.find((b) => neutraliseFormula(b.name) === row[0]!.text);
      expect(brand, row[0]!.text).toBeDefined();
      const mrow = matrix.rows.find((r) => r.brand.id === brand!.id)!;
      mrow.cells.forEach((cell, s) => {
        expect(row[1 + s * 3]!.value).toBe(String(cell.count));
        const finding = findings.get(`${cell.brandId}/${cell.stageId}`) ?? '';
        expect(shown(row[3 + s * 3]!.text)).toBe(shown(neutraliseFormula(finding)));
      });
      expect(row[width - 1]!.value).toBe(String(mrow.total));
    }
    expect(table.rows.flat().some((c) => c.text.includes('Fast; honest, "clear"\nsecond line 配送'))).toBe(true);
    expect(table.rows.flat().some((c) => c.text === "'=not a formula; שלום")).toBe(true);
    db.close();
  });
});
