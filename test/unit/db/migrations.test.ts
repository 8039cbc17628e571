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
});
