// Every released schema version has a fixture (test/fixtures/db/v<N>.json): a
// database of that version, written with that version's stores, must open
// with the current schema with every record intact. The versions are 1–7, 11
// and 12; 8–10 were never used. v1–v4 were made before the fixture script;
// v5–v12 were written by scripts/write-db-fixture.ts run in a checkout of that
// version's own code: v5, v6 and v7 were each made on a branch of their own
// from v4 (fixtures from each branch's last commit; the three met only when
// merged under v11), v11 from the last commit before v12, v12 from v12's code.
// To add the next version's fixture, run that script in a checkout of the new
// version (its header says how) and add a `v<N> → current` test below.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JourneyLensDB } from '../../../lib/db/database';
import { filteredClips } from '../../../lib/db/filtered-clips';
import { addClips, BLOCK_MIN, rebuildCells as recomputeCells, withClipWrites } from '../../../lib/db/clip-writes';
import { matchesFilter, NO_FILTER } from '../../../lib/matrix/clip-filter';
import { searchTerms } from '../../../lib/search/terms';
import type { Clip } from '../../../lib/model';
import { setRubricItem } from '../../../lib/db/rubric-repo';
import { lookForKey } from '../../../lib/matrix/coverage';
import { createBackup } from '../../../lib/backup/create-backup';
import { MOMENTS_OF_TRUTH, findStage, localize } from '../../../lib/model';
import { clipCsvRow } from '../../../lib/export/clips-csv';
import { ownCsvColumns } from '../../../lib/csv/clip-columns';
import { textCell } from '../../../lib/csv/csv-cell';
import { exportStudyCsv } from '../../../lib/export/export-study-csv';
import { frameworkOf } from '../../../lib/db/studies-repo';
import { ofStudy } from '../../../lib/db/clip-reads';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  records: Record<string, Record<string, unknown>[]>;
}

/**
 * Fixtures keep binary values as `{ "$bytes": base64 }` (Uint8Array: stored CSV row bytes) and, since v12,
 * `{ "$u16": [...] }` / `{ "$u32": [...] }` (Uint16Array, Uint32Array: term shards).
 */
function revive(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1) {
      if (typeof o.$bytes === 'string') return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
      if (Array.isArray(o.$u16)) return Uint16Array.from(o.$u16 as number[]);
      if (Array.isArray(o.$u32)) return Uint32Array.from(o.$u32 as number[]);
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, revive(v)]));
  }
  return Array.isArray(value) ? value.map(revive) : value;
}

/** A table's records as comparable strings: each record's JSON in stored key order, typed arrays tagged by type, sorted. */
function exactly(rows: readonly unknown[]): string[] {
  const tag = (_key: string, v: unknown) =>
    v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') }
    : v instanceof Uint16Array ? { $u16: [...v] }
    : v instanceof Uint32Array ? { $u32: [...v] }
    : ArrayBuffer.isView(v) ? { [v.constructor.name]: [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] }
    : v;
  return rows.map((r) => JSON.stringify(r, tag)).sort();
}

function readFixture(version: number): Fixture {
  return revive(JSON.parse(readFileSync(`test/fixtures/db/v${version}.json`, 'utf8'))) as Fixture;
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

/**
 * Writes fixture v<version> with its own stores, opens it with the current schema, and checks what
 * every upgrade must keep: each table's primary keys (as many as the fixture's), the records of the
 * tables no upgrade from that version rewrites (exactly), every store of the current schema present,
 * the export from stored rows equal to the export from clips (each study), and the free-text search
 * (a few words in Chinese, Latvian and English) finding what the fixture's clips say it should.
 */
async function upgradeFixture(version: number, rewritten: readonly string[]) {
  const fixture = readFixture(version);
  expect(fixture.version).toBe(version);
  const name = `migrate-v${version}-${Date.now()}`;
  await writeFixture(name, fixture);
  const db = new JourneyLensDB(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(version);
  for (const [table, rows] of Object.entries(fixture.records)) {
    expect(await db.table(table).toCollection().primaryKeys(), table).toHaveLength(rows.length);
    if (!rewritten.includes(table)) expect(exactly(await db.table(table).toArray()), table).toEqual(exactly(rows));
  }
  // Stores the fixture's version did not have exist now, empty.
  for (const table of db.tables) if (!fixture.records[table.name]) expect(await table.count(), table.name).toBe(0);

  const clips = fixture.records.clips as Clip[];
  for (const study of fixture.records.studies as { id: string }[]) {
    const ofThisStudy = clips.filter((c) => c.studyId === study.id);
    const fromRows = await exportStudyCsv(db, study.id, 'en');
    const fromClips = await exportStudyCsv(db, study.id, 'en', undefined, undefined, 'clips');
    expect(fromRows.via).toBe('rows');
    expect(fromRows.rows).toBe(ofThisStudy.length);
    expect(fromClips.rows).toBe(ofThisStudy.length);
    expect(await fromRows.blob.text()).toBe(await fromClips.blob.text());
    expect(Buffer.from(await fromRows.blob.arrayBuffer()).equals(Buffer.from(await fromClips.blob.arrayBuffer()))).toBe(true);
  }
  for (const text of ['物流', '配送', 'piegāde', 'bagāža', 'delivery', 'kettle']) {
    let found = 0;
    for (const study of fixture.records.studies as { id: string }[]) {
      const search = { ...NO_FILTER, text };
      const expected = clips.filter((c) => c.studyId === study.id && matchesFilter(c, search)).map((c) => c.id).sort();
      expect((await filteredClips(db, study.id, search)).map((c) => c.id).sort(), `${text} in ${study.id}`).toEqual(expected);
      found += expected.length;
    }
    expect(found, text).toBeGreaterThan(0);
  }
  return { fixture, db };
}

/** Each stored row's bytes are the current writer's own columns of its clip. */
async function rowsAreCurrent(db: JourneyLensDB) {
  const decoder = new TextDecoder();
  const clips = new Map((await db.clips.toArray()).map((c) => [c.id, c]));
  for (const row of await db.clipRows.toArray()) expect(decoder.decode(row.own), row.id).toBe(ownCsvColumns(clips.get(row.id)!));
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
    const byKey = (rows: unknown[]) => [...rows].map((r) => JSON.stringify(r)).sort();
    for (const [table, rows] of Object.entries(fixture.records)) {
      expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(rows));
    }
    // The old indexes still answer.
    expect((await filteredClips(db, 's1', { ...NO_FILTER, text: '物流' })).map((c) => c.id)).toEqual(['c2']);
    expect(await db.anchors.where('[studyId+status]').equals(['s1', 'changed']).count()).toBe(1);
    expect(await db.brands.where('[studyId+nameKey]').equals(['s1', 'globex']).count()).toBe(1);

    expect(await db.rubric.count()).toBe(0);
    // v5: the per-study stage models start empty and are writable.
    expect(await db.stageModels.count()).toBe(0);
    await db.stageModels.put({ id: 's1', studyId: 's1', frameworkId: 'moments-of-truth', classes: ['zmot'], weights: { '7': [0.5] }, clips: 1, updatedAt: '2026-12-02T00:00:00.000Z' });
    expect(await db.stageModels.where('studyId').equals('s1').count()).toBe(1);
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

  it('v3 → current: every record kept; exactly one clipRows row per clip, its bytes the writer\'s own columns; the export reads them', async () => {
    const fixture = readFixture(3);
    const v3: Fixture = { ...fixture, records: { ...fixture.records } };
    // More clips than one backfill batch (2,000), with text that exercises every escaping rule.
    const base = fixture.records.clips![0]!;
    const nasty = ['=1+1', '＋86', '－', '＠x', '\tt', '\r\nx', '"q", 引号', '配送很快 👍🏽', 'a,b', ''];
    const extra = Array.from({ length: 4321 }, (_, i) => ({
      ...base,
      id: `x${String(i).padStart(5, '0')}`,
      brandId: i % 2 ? 'b-acme' : (fixture.records.brands![1]!.id as string),
      stageId: ['zmot', 'fmot', 'amot'][i % 3],
      quote: `${nasty[i % nasty.length]}${i}`,
      note: nasty[(i * 7) % nasty.length],
      title: nasty[(i * 3) % nasty.length],
      tags: i % 4 ? ['t', nasty[i % nasty.length] || 'e'] : [],
      sentiment: i % 3 ? 'negative' : null,
      score: i % 5 ? (i % 5) : null,
      capturedAt: new Date(Date.UTC(2026, 9, 1) + (i % 17) * 1000).toISOString(),
    }));
    v3.records.clips = [...fixture.records.clips!, ...extra];
    v3.records.clipTerms = [...fixture.records.clipTerms!, ...extra.map((c) => ({ id: c.id, terms: [] }))];
    const name = `migrate-v3-${Date.now()}`;
    await writeFixture(name, v3);

    const db = new JourneyLensDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const byKey = (rows: unknown[]) => [...rows].map((r) => JSON.stringify(r)).sort();
    for (const [table, rows] of Object.entries(v3.records)) {
      expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(rows));
    }
    const clips = await db.clips.orderBy('id').toArray();
    const rows = await db.clipRows.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(clips.map((c) => c.id));
    const study = (await db.studies.get('s1'))!;
    const framework = await frameworkOf(db, study);
    const brandName = new Map((await db.brands.toArray()).map((b) => [b.id, b.name]));
    const ctx = {
      studyName: study.name,
      frameworkName: localize(framework.name, 'en'),
      stageLabel: (id: string) => localize(findStage(framework, id)!.short, 'en'),
      brandName: (id: string) => brandName.get(id) ?? '',
    };
    const decoder = new TextDecoder();
    clips.forEach((clip, i) => {
      const row = rows[i]!;
      expect(row).toMatchObject({ id: clip.id, studyId: clip.studyId, brandId: clip.brandId, stageId: clip.stageId, capturedAt: clip.capturedAt });
      const line = clipCsvRow(clip, ctx);
      const head = [clip.id, ctx.studyName, ctx.frameworkName, clip.stageId, ctx.stageLabel(clip.stageId), ctx.brandName(clip.brandId)].map(textCell).join(',') + ',';
      expect(line.startsWith(head)).toBe(true);
      expect(decoder.decode(row.own)).toBe(line.slice(head.length, -2));
    });
    expect(await ofStudy(db.clipRows, 's1').count()).toBe(clips.length);
    // The export now reads the rows, byte for byte what the writer makes from clips.
    const fromRows = await exportStudyCsv(db, 's1', 'en');
    const fromClips = await exportStudyCsv(db, 's1', 'en', undefined, undefined, 'clips');
    expect(fromRows.via).toBe('rows');
    expect(fromRows.rows).toBe(clips.length);
    expect(Buffer.from(await fromRows.blob.arrayBuffer()).equals(Buffer.from(await fromClips.blob.arrayBuffer()))).toBe(true);
    db.close();
  });
  it('v4 → current: every record of every table kept; the export from stored rows equals the export from clips', async () => {
    const fixture = readFixture(4);
    const name = `migrate-v4-${Date.now()}`;
    await writeFixture(name, fixture);
    const db = new JourneyLensDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    for (const [table, rows] of Object.entries(fixture.records)) {
      const keys = await db.table(table).toCollection().primaryKeys();
      expect(keys.length, table).toBe(rows.length);
    }
    for (const table of ['studies', 'frameworks', 'brands', 'findings', 'rubric', 'tombstones', 'meta', 'cells']) {
      const byKey = (rows: unknown[]) => [...rows].map((r) => JSON.stringify(r)).sort();
      expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(fixture.records[table] ?? []));
    }
    const fromRows = await exportStudyCsv(db, 's1', 'en');
    const fromClips = await exportStudyCsv(db, 's1', 'en', undefined, undefined, 'clips');
    expect(fromRows.via).toBe('rows');
    expect(fromRows.rows).toBe(fixture.records.clips!.length);
    expect(Buffer.from(await fromRows.blob.arrayBuffer()).equals(Buffer.from(await fromClips.blob.arrayBuffer()))).toBe(true);
    // v12: clips and rows lost their plain studyId index; a study's clips come from its compound range,
    // and the search still finds the upgraded clips (their clipTerms rows) and clips written in bulk since (term blocks).
    expect(db.clips.schema.indexes.map((i) => i.name)).not.toContain('studyId');
    expect(db.clipRows.schema.indexes.map((i) => i.name)).not.toContain('studyId');
    const clips = fixture.records.clips as Clip[];
    expect((await ofStudy(db.clips, 's1').primaryKeys()).sort()).toEqual(clips.filter((c) => c.studyId === 's1').map((c) => c.id).sort());
    const word = searchTerms(clips[0]!.quote).find((t) => t.length > 3)!;
    const search = { ...NO_FILTER, text: word };
    expect((await filteredClips(db, clips[0]!.studyId, search)).map((c) => c.id)).toContain(clips[0]!.id);
    const bulk = Array.from({ length: BLOCK_MIN }, (_, i) => ({ ...clips[0]!, id: `bulk-${i}`, capturedAt: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString() }));
    await addClips(db, bulk);
    expect(await db.termBlocks.count()).toBe(1);
    expect((await filteredClips(db, clips[0]!.studyId, search)).length).toBe(bulk.length + clips.filter((c) => c.studyId === clips[0]!.studyId && matchesFilter(c, search)).length);
    db.close();
  });

  it('v4 → v7: stored rows written before every text cell was quoted are rebuilt; both export paths stay byte-identical', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/db/v2.json', 'utf8')) as Fixture;
    const base = fixture.records.clips![0]!;
    const extra = Array.from({ length: 2500 }, (_, i) => ({
      ...base,
      id: `y${String(i).padStart(5, '0')}`,
      quote: ['a; b', 'tab\there', '=1+1', '价格；物流', 'plain', ''][i % 6]! + i,
      tags: i % 2 ? ['a', 'b c'] : [],
      capturedAt: new Date(Date.UTC(2026, 9, 1) + i * 1000).toISOString(),
    }));
    const clips = [...fixture.records.clips!, ...extra] as Record<string, any>[];
    // v4 rows as v4 wrote them: only cells with a comma, quote or line break were quoted.
    const oldCell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      const n = /^[=+\-@\t\r\n＝＋－＠]/.test(s) ? `'${s}` : s;
      return /[",\r\n]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n;
    };
    const encoder = new TextEncoder();
    const oldRows = clips.map((c) => ({
      id: c.id, studyId: c.studyId, brandId: c.brandId, stageId: c.stageId, capturedAt: c.capturedAt,
      own: encoder.encode([c.sourceType, c.site, c.url, c.title, c.quote, c.note, (c.tags as string[]).join('; '), c.sentiment]
        .map(oldCell).join(',') + ',' + (c.score ?? '') + ',' + [c.behavior, c.servqual].map(oldCell).join(',') + ',' + c.capturedAt),
    }));
    const v4: Fixture = {
      ...fixture,
      version: 4,
      stores: { ...fixture.stores, rubric: '[studyId+brandId+stageId], studyId', clipRows: 'id, studyId, [studyId+capturedAt+id]' },
      records: { ...fixture.records, clips, clipTerms: [...fixture.records.clipTerms!, ...extra.map((c) => ({ id: c.id, terms: [] }))], clipRows: oldRows },
    };
    const name = `migrate-v4-${Date.now()}`;
    await writeFixture(name, v4);
    const db = new JourneyLensDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    const rows = await db.clipRows.orderBy('id').toArray();
    const stored = await db.clips.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(stored.map((c) => c.id));
    const decoder = new TextDecoder();
    let changed = 0;
    rows.forEach((row, i) => {
      const own = decoder.decode(row.own);
      if (own !== decoder.decode(oldRows.find((r) => r.id === row.id)!.own)) changed++;
      expect(own).toBe(ownCsvColumns(stored[i]!));
      expect(own.startsWith('"')).toBe(true);
    });
    expect(changed).toBe(rows.length);
    const fromRows = await exportStudyCsv(db, 's1', 'en', undefined, undefined, 'rows');
    const fromClips = await exportStudyCsv(db, 's1', 'en', undefined, undefined, 'clips');
    expect(fromRows.rows).toBe(stored.filter((c) => c.studyId === 's1').length);
    const text = await fromRows.blob.text();
    expect(text).toContain('"a; b');
    expect(Buffer.from(await fromRows.blob.arrayBuffer()).equals(Buffer.from(await fromClips.blob.arrayBuffer()))).toBe(true);
    db.close();
  });

  // v5 (the stage model), v6 (item columns) and v7 (quoted CSV cells) were each made on a branch of their own from v4.
  it('v5 → current: every record kept; the stored rows are rebuilt by v6 and v7 (item columns, quoted cells)', async () => {
    const { fixture, db } = await upgradeFixture(5, ['clipRows']);
    expect(fixture.records.stageModels).toHaveLength(2);
    await rowsAreCurrent(db);
    db.close();
  });

  it('v6 → current: every record kept (items too); the stored rows are rebuilt by v7', async () => {
    const { fixture, db } = await upgradeFixture(6, ['clipRows']);
    expect((fixture.records.clips as Clip[]).filter((c) => c.item).length).toBeGreaterThan(0);
    expect(fixture.records.stageModels).toBeUndefined();
    await rowsAreCurrent(db);
    db.close();
  });

  // v7 was made on a branch without v6: a v7 database's rows have every text cell quoted but none of v6's
  // item columns (author … currency), and its export from rows wrote rows six cells shorter than the header.
  // v13 makes every stored row current (`repairClipRows`): the rows equal the writer's, and so do the exports.
  it('v7 → current: every record kept; the rows v7 wrote without the item columns are made current by v13', async () => {
    const fixture = readFixture(7);
    const noItem = ',"","",,"",,""'; // the six empty item cells the current writer appends (v7 clips have no item)
    const clips = new Map((fixture.records.clips as Clip[]).map((c) => [c.id, c]));
    // The fixture's rows are v7's: the current writer's minus the item columns.
    for (const row of fixture.records.clipRows as { id: string; own: Uint8Array }[]) {
      expect(new TextDecoder().decode(row.own) + noItem, row.id).toBe(ownCsvColumns(clips.get(row.id)!));
    }
    const { db } = await upgradeFixture(7, ['clipRows']);
    expect(fixture.records.stageModels).toBeUndefined();
    await rowsAreCurrent(db);
    db.close();
  });

  it('v11 → current: every record kept, walks and their steps included; a bulk write after the upgrade gets a term block', async () => {
    const { fixture, db } = await upgradeFixture(11, []);
    expect(fixture.records.walks).toHaveLength(1);
    expect(fixture.records.walkSteps!.length).toBeGreaterThan(1);
    await rowsAreCurrent(db);
    // The stores v12 added take a bulk write of an upgraded study.
    const clips = fixture.records.clips as Clip[];
    const bulk = clips.filter((c) => c.studyId === clips[0]!.studyId).slice(0, 3).map((c, i) => ({ ...c, id: `bulk-${i}`, quote: `Jaunais ${c.quote}` }));
    await addClips(db, bulk, 100, { blockMin: 2 });
    expect(await db.termBlocks.count()).toBe(1);
    expect(await db.clipTerms.bulkGet(bulk.map((c) => c.id))).toEqual([undefined, undefined, undefined]);
    const hits = await filteredClips(db, bulk[0]!.studyId, { ...NO_FILTER, text: 'jaunais' });
    expect(hits.map((c) => c.id).sort()).toEqual(bulk.map((c) => c.id));
    db.close();
  });

  it('v12 → current: every record kept, term blocks and shards included; the search finds clips indexed only in a term block', async () => {
    const { fixture, db } = await upgradeFixture(12, []);
    const indexed = new Set(fixture.records.clipTerms!.map((r) => r.id as string));
    const blocks = fixture.records.termBlocks as { studyId: string; clipIds: string[] }[];
    expect(fixture.records.termShards!.length).toBeGreaterThan(0);
    const blockOnly = blocks.flatMap((b) => b.clipIds).filter((id) => !indexed.has(id));
    expect(blockOnly.length).toBeGreaterThanOrEqual(2);
    const clips = new Map((fixture.records.clips as Clip[]).map((c) => [c.id, c]));
    for (const id of blockOnly) {
      const clip = clips.get(id)!;
      expect(await db.clipTerms.get(id)).toBeUndefined();
      const term = searchTerms(clip.quote)[0]!;
      expect((await filteredClips(db, clip.studyId, { ...NO_FILTER, text: term })).map((c) => c.id), term).toContain(id);
    }
    // v13: a v12 term block has no row block (its clips' rows stay in clipRows); editing one of its clips
    // keeps one row per clip, and a bulk write since packs its rows into a row block of its term block.
    const edited = clips.get(blockOnly[0]!)!;
    await withClipWrites(db, (w) => w.replace(edited, { ...edited, note: 'Labots pēc jaunināšanas' }));
    const bulk = [...clips.values()].filter((c) => c.studyId === edited.studyId).slice(0, 3).map((c, i) => ({ ...c, id: `bulk-${i}`, quote: `Jaunais ${c.quote}` }));
    await addClips(db, bulk, 100, { blockMin: 2 });
    const rowBlocks = await db.blockRows.toArray();
    expect(rowBlocks.map((b) => b.ids.sort())).toEqual([bulk.map((c) => c.id)]);
    expect(await db.clipRows.bulkGet(bulk.map((c) => c.id))).toEqual([undefined, undefined, undefined]);
    await rowsAreCurrent(db);
    const study = edited.studyId;
    const fromRows = await exportStudyCsv(db, study, 'en');
    const fromClips = await exportStudyCsv(db, study, 'en', undefined, undefined, 'clips');
    expect(fromRows.via).toBe('rows');
    expect(await fromRows.blob.text()).toBe(await fromClips.blob.text());
    expect(await fromRows.blob.text()).toContain('Labots pēc jaunināšanas');
    db.close();
  });
});
