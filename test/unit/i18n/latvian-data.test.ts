import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/import/csv-parse';
import { guessMapping, validateRows } from '../../../lib/import/clip-rows';
import { ensureDefaults } from '../../../lib/db/studies-repo';
import { B2C_JOURNEY, MOMENTS_OF_TRUTH, type Framework } from '../../../lib/model';
import { freshDb } from '../db/helpers';

describe('Latvian texts in stored data', () => {
  it('ensureDefaults replaces a built-in framework stored before Latvian with the copy that has it', async () => {
    const { db } = await freshDb();
    // The stored copy as an older version wrote it: no lv anywhere, the earlier date.
    const old = structuredClone(MOMENTS_OF_TRUTH) as Framework;
    const strip = (t: { lv?: string }) => delete t.lv;
    strip(old.name);
    strip(old.description);
    for (const s of old.stages) [s.short, s.name, s.description, ...(s.evidence ? [s.evidence] : []), ...s.lookFor].forEach(strip);
    old.updatedAt = '2026-11-22T00:00:00.000Z';
    await db.frameworks.put(old);
    expect((await db.frameworks.get(MOMENTS_OF_TRUTH.id))!.stages[1]!.name.lv).toBeUndefined();

    await ensureDefaults(db, 'Default study');
    const stored = (await db.frameworks.get(MOMENTS_OF_TRUTH.id))!;
    expect(stored.updatedAt).toBe(MOMENTS_OF_TRUTH.updatedAt);
    expect(stored.stages[1]!.name.lv).toBe('Nulles patiesības mirklis');
    expect(stored.stages[1]!.lookFor[0]!.lv).toBe('Viegli atrodams meklētājā');
  });

  it('a CSV exported with Latvian stage labels imports back to the same stages', () => {
    const text = 'quote,stage,brand,url\nMaksājums bez pārsteigumiem,Pirkums,Acme,https://a.test/c\nKur zīmolu pamana,Uzzināšana,Acme,https://a.test/a\n';
    const { rows } = parseCsv(text);
    const report = validateRows(rows.slice(1), guessMapping(rows[0]!), { framework: B2C_JOURNEY, now: '2026-12-01T12:00:00.000Z' });
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((d) => d.stageId)).toEqual(['purchase', 'awareness']);
  });

  it('long Latvian stage names import too (Moments of Truth)', () => {
    const text = 'quote,stage,brand,url\nPiegāde kavējas,Faktiskais patiesības mirklis,Acme,https://a.test/p\n';
    const { rows } = parseCsv(text);
    const report = validateRows(rows.slice(1), guessMapping(rows[0]!), { framework: MOMENTS_OF_TRUTH, now: '2026-12-01T12:00:00.000Z' });
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((d) => d.stageId)).toEqual(['amot']);
  });
});
