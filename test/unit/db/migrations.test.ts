// Every released schema has a fixture (test/fixtures/db/v<N>.json): a
// database of that version, written with that version's stores, must open
// with the current schema with every record intact.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JourneyLensDB } from '../../../lib/db/database';
import { filteredClips } from '../../../lib/db/filtered-clips';
import { recomputeCells } from '../../../lib/db/cells-store';
import { NO_FILTER } from '../../../lib/matrix/clip-filter';
import { setRubricItem } from '../../../lib/db/rubric-repo';
import { lookForKey } from '../../../lib/matrix/coverage';
import { createBackup } from '../../../lib/backup/create-backup';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  records: Record<string, Record<string, unknown>[]>;
}

async function writeFixture(name: string, fixture: Fixture) {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema migrations', () => {
  it('v1 → current: clips, brands, cells, findings and meta intact; search terms moved to clipTerms', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/db/v1.json', 'utf8')) as Fixture;
    const name = `migrate-v1-${Date.now()}`;
    await writeFixture(name, fixture);

    const db = new JourneyLensDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    const clips = await db.clips.orderBy('id').toArray();
    const expected = fixture.records.clips!.map(({ terms: _t, ...c }) => c);
    expect(clips).toEqual(expected);
    for (const c of fixture.records.clips!) {
      expect((await db.clipTerms.get(c.id as string))?.terms).toEqual(c.terms);
    }
    expect(await db.brands.orderBy('id').toArray()).toEqual(fixture.records.brands);
    expect(await db.studies.toArray()).toEqual(fixture.records.studies);
    expect(await db.findings.toArray()).toEqual(fixture.records.findings);
    expect(await db.meta.toArray()).toEqual(fixture.records.meta);
    const cells = await db.cells.toArray();
    expect(cells).toEqual(fixture.records.cells);
    expect((await recomputeCells(db, 's1')).length).toBe(cells.length);

    // Free-text search (Chinese bigrams) works through the moved index.
    const hits = await filteredClips(db, 's1', { ...NO_FILTER, text: '物流' });
    expect(hits.map((c) => c.id)).toEqual(['c2']);
    db.close();
  });

  it('v2 → current: every table intact record for record; the new rubric table is empty, indexed and writable', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/db/v2.json', 'utf8')) as Fixture;
    const name = `migrate-v2-${Date.now()}`;
    await writeFixture(name, fixture);

    const db = new JourneyLensDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    const byKey = (rows: unknown[]) => [...rows].map((r) => JSON.stringify(r)).sort();
    for (const [table, rows] of Object.entries(fixture.records)) {
      expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(rows));
    }
    // The old indexes still answer.
    expect((await filteredClips(db, 's1', { ...NO_FILTER, text: '物流' })).map((c) => c.id)).toEqual(['c2']);
    expect(await db.anchors.where('[studyId+status]').equals(['s1', 'changed']).count()).toBe(1);
    expect(await db.brands.where('[studyId+nameKey]').equals(['s1', 'globex']).count()).toBe(1);

    expect(await db.rubric.count()).toBe(0);
    const item = lookForKey(MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'amot')!.lookFor[0]!);
    await setRubricItem(db, { studyId: 's1', brandId: 'b-acme', stageId: 'amot' }, item, true);
    expect(await db.rubric.where('studyId').equals('s1').count()).toBe(1);
    expect((await db.rubric.get(['s1', 'b-acme', 'amot']))?.items).toEqual([item]);
    // A backup of the upgraded database carries it all.
    const doc = await createBackup(db);
    expect(doc.clips).toHaveLength(fixture.records.clips!.length);
    expect(doc.rubric).toHaveLength(1);
    db.close();
  });
});
