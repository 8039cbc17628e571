// Done-when of issue 16: the .xlsx export opened in real LibreOffice Calc:
// typed columns (text as text, scores as numbers, captured_at as a date), no
// formula anywhere, frozen header and autofilter, the matrix heat colours and
// the findings; a text over the cell limit cut with a visible mark.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../../lib/db/clips-repo';
import { exportStudyXlsx } from '../../../lib/export/export-study-xlsx';
import { CLIPS_CSV_HEADER } from '../../../lib/export/clips-csv';
import { CELL_LIMIT } from '../../../lib/export/xlsx-sheets';
import { heatHex } from '../../../lib/matrix/heat';
import { draft } from '../db/helpers';
import { convertWithLibreOffice, readFods, type Sheet } from './libreoffice';
import { hostileStudy, LABELS } from './hostile-study';


const shown = (s: string) => s.replace(/\r\n?/g, '\n');

describe('.xlsx export in LibreOffice', () => {
  it('Clips, Matrix and Findings sheets with the right types, no formulas, heat colours, findings, cut long text', { timeout: 120_000 }, async () => {
    const { db, studyId, clips } = await hostileStudy();
    const long = 'Long review 很长 '.repeat(2700).trim() + ' end';
    expect(long.length).toBeGreaterThan(40_000);
    const { clip: longClip } = await saveDraft(db, draft({ studyId, id: 'clip-long', quote: long, score: 5, capturedAt: '2026-05-06T07:08:09.000Z' }));
    const all = [...clips, longClip];

    const { blob, fileName, rows } = await exportStudyXlsx(db, studyId, 'en', LABELS);
    expect(fileName).toMatch(/\.xlsx$/);
    expect(rows).toBe(all.length);
    const dir = mkdtempSync(join(tmpdir(), 'jl-xlsx-'));
    const path = join(dir, 'study.xlsx');
    writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
    const [fods] = convertWithLibreOffice([path], 'fods');
    const sheets = readFods(fods!);
    expect(sheets.map((s) => s.name)).toEqual(['Clips', 'Matrix', 'Findings']);
    for (const sheet of sheets) expect(sheet.rows.flat().filter((c) => c.formula !== undefined), sheet.name).toEqual([]);

    const clipsSheet = sheets[0]! as Sheet;
    // Frozen header (LibreOffice headless keeps no view settings, so read the workbook's own sheet views).
    const zip = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheetXml = (n: number) => strFromU8(zip[`xl/worksheets/sheet${n}.xml`]!);
    for (const n of [1, 2, 3]) expect(sheetXml(n)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // Cells are values, never formulas.
    for (const n of [1, 2, 3]) expect(sheetXml(n)).not.toMatch(/<f[ >]/);
    // 18 contract columns and the 6 item columns: A … X.
    expect(clipsSheet.autofilter).toBe(`Clips.A1:Clips.X${all.length + 1}`);
    expect(sheets[2]!.autofilter).toBe("Findings.A1:Findings.E3");
    expect(clipsSheet.rows[0]!.map((c) => c.text)).toEqual([...CLIPS_CSV_HEADER]);
    expect(clipsSheet.rows).toHaveLength(all.length + 1);
    const col = (name: string) => CLIPS_CSV_HEADER.indexOf(name as (typeof CLIPS_CSV_HEADER)[number]);
    for (const row of clipsSheet.rows.slice(1)) {
      const clip = all.find((c) => c.id === row[0]!.text)!;
      expect(clip, row[0]!.text).toBeDefined();
      // Text stays text, whatever it looks like (formula triggers are not neutralised: the cell is a string).
      for (const name of ['id', 'title', 'note', 'url', 'site']) {
        const want = (clip as unknown as Record<string, string>)[name]!;
        const cell = row[col(name)];
        if (want) expect([cell?.type, shown(cell?.text ?? '')], `${clip.id} ${name}`).toEqual(['string', shown(want)]);
      }
      expect(row[col('tags')]?.text ?? '').toBe(clip.tags.join('; '));
      if (clip.score === null) expect(row[col('score')]?.type ?? '').toBe('');
      else expect([row[col('score')]!.type, row[col('score')]!.value]).toEqual(['float', String(clip.score)]);
      const at = row[col('captured_at')]!;
      expect(at.type).toBe('date');
      expect(new Date(at.value! + 'Z').toISOString()).toBe(clip.capturedAt);
      expect(row[col('quote')]!.wrap).toBe(true);
      if (clip.id === 'clip-long') {
        const text = row[col('quote')]!.text;
        expect(text.length).toBeLessThanOrEqual(CELL_LIMIT);
        expect(text).toMatch(/ \[…cut: \d+ more characters, full text in the CSV\]$/);
        expect(long.startsWith(text.replace(/ \[…cut:.*$/, ''))).toBe(true);
      } else {
        expect(shown(row[col('quote')]!.text)).toBe(shown(clip.quote));
      }
    }
    // CR is written as the OOXML escape _x000D_ (XML would turn it into LF): the cell shows a line break, no escape text.
    const crClip = all.find((c) => c.quote.includes('\r\n'))!;
    expect(strFromU8(zip['xl/sharedStrings.xml']!)).toContain('windows_x000D_\nline');
    expect(clipsSheet.rows.find((r) => r[0]!.text === crClip.id)![col('quote')]!.text).toBe('windows\nline');

    // Matrix: counts and averages as numbers, coloured with the matrix heat; findings intact.
    const matrix = sheets[1]!;
    const header = matrix.rows[0]!.map((c) => c.text);
    expect(header[0]).toBe('Brand');
    expect(header.at(-1)).toBe('Total');
    const cells = await db.cells.where('studyId').equals(studyId).toArray();
    const brands = await db.brands.where('studyId').equals(studyId).toArray();
    let coloured = 0;
    for (const cell of cells) {
      const brand = brands.find((b) => b.id === cell.brandId)!;
      const row = matrix.rows.find((r) => r[0]!.text === brand.name)!;
      expect(row, brand.name).toBeDefined();
      const label = { zmot: 'ZMOT', fmot: 'FMOT', amot: 'AMOT', smot: 'SMOT', tmot: 'TMOT', lzmot: '<ZMOT' }[cell.stageId as 'zmot']!;
      const count = row[header.indexOf(`${label} clips`)]!;
      expect([count.type, count.value]).toEqual(['float', String(cell.count)]);
      const average = cell.scoreCount ? cell.scoreSum / cell.scoreCount : null;
      expect(count.background).toBe(heatHex(average));
      if (average !== null) {
        const avg = row[header.indexOf(`${label} average score`)]!;
        expect(Number(avg.value)).toBeCloseTo(average, 2);
        expect(avg.background).toBe(heatHex(average));
      }
      coloured++;
    }
    expect(coloured).toBeGreaterThan(4);
    const findings = await db.findings.where('studyId').equals(studyId).toArray();
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(matrix.rows.flat().some((c) => c.type === 'string' && shown(c.text) === shown(f.text)), f.text).toBe(true);

    // Findings: one row per finding, the text a string (even the one starting with `=`).
    const fs = sheets[2]!;
    expect(fs.rows).toHaveLength(1 + findings.length);
    expect(fs.rows.slice(1).map((r) => shown(r[2]!.text)).sort()).toEqual(findings.map((f) => shown(f.text)).sort());
    expect(fs.rows.slice(1).every((r) => r[2]!.type === 'string' && r[3]!.type === 'float')).toBe(true);
    db.close();
  });
});
