// The clip-write unit of work: whatever sequence of adds, replaces and removes
// goes through withClipWrites, the derived tables (cells, clipRows, tombstones)
// equal what a rebuild from the clips makes, and the search index (clipTerms rows
// and term blocks) finds every stored clip by each of its terms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addClips, clipWriteTables, BLOCK_MIN, rebuildCells, removeStudyClips, termsRow, withClipWrites } from '../../../lib/db/clip-writes';
import { filteredClips } from '../../../lib/db/filtered-clips';
import { clipIdsWithTerm } from '../../../lib/db/search-index';
import { NO_FILTER, matchesFilter } from '../../../lib/matrix/clip-filter';
import { clipRowsOf, type ClipRow } from '../../../lib/db/clip-rows-repo';
import { clipRowBatches } from '../../../lib/db/clip-batches';
import { rowOrder, rowsOfPage } from '../../../lib/db/row-blocks';
import { clipFromDraft } from '../../../lib/db/clips-repo';
import type { JourneyLensDB } from '../../../lib/db/database';
import { aggregateClips, type CellAggregate } from '../../../lib/matrix/cell-aggregate';
import type { Clip } from '../../../lib/model';
import { draft, freshDb } from './helpers';

const STUDIES = ['s-one', 's-two'];
const BRANDS = ['b-acme', 'b-globex', 'b-initech'];
const STAGES = ['zmot', 'fmot', 'amot'];
const TIMES = ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-03-04T05:06:07.000Z'];
const TEXTS = ['Plans start at $9', '物流太慢了', 'Support replied fast', '=SUM(A1), "quoted"', ''];
const SENTIMENTS = [null, 'positive', 'neutral', 'negative'] as const;
const QUERIES = ['plans', 'support fast', '物流', 'quoted', 'nothing-like-it'];

const fields = fc.record({
  s: fc.nat(STUDIES.length - 1),
  b: fc.nat(BRANDS.length - 1),
  st: fc.nat(STAGES.length - 1),
  t: fc.nat(TIMES.length - 1),
  q: fc.nat(TEXTS.length - 1),
  n: fc.nat(TEXTS.length - 1),
  score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  sentiment: fc.nat(SENTIMENTS.length - 1),
});
type Fields = typeof fields extends fc.Arbitrary<infer F> ? F : never;

const op = fc.oneof(
  fc.record({ k: fc.constant('add' as const), f: fields, undelete: fc.boolean() }),
  fc.record({ k: fc.constant('replace' as const), pick: fc.nat(), f: fields }),
  // Move to another study, text unchanged (its terms must follow it there).
  fc.record({ k: fc.constant('move' as const), pick: fc.nat(), s: fc.nat(STUDIES.length - 1) }),
  fc.record({ k: fc.constant('remove' as const), pick: fc.nat(), tombstone: fc.boolean() }),
  // Undo of a delete: a removed clip comes back as it was, its tombstone lifted or not.
  fc.record({ k: fc.constant('readd' as const), pick: fc.nat(), undelete: fc.boolean() }),
);
/** Units of work, each a few operations (so one unit can add, change and remove the same clip); some through the chunked bulk path. */
// `blockMin` 1 or 2 sends the terms of most units' clips into term blocks (BLOCK_MIN: clipTerms rows).
const units = fc.array(
  fc.record({ ops: fc.array(op, { minLength: 1, maxLength: 6 }), bulk: fc.boolean(), blockMin: fc.constantFrom(1, 2, BLOCK_MIN) }),
  { minLength: 1, maxLength: 12 },
);

let serial = 0;
function makeClip(id: string, f: Fields): Clip {
  const base = clipFromDraft(
    draft({ id, studyId: STUDIES[f.s]!, stageId: STAGES[f.st]!, quote: TEXTS[f.q]! || 'x', note: TEXTS[f.n]!, capturedAt: TIMES[f.t]!, score: f.score, sentiment: SENTIMENTS[f.sentiment]! }),
    BRANDS[f.b]!,
    null,
    '2026-05-01T00:00:00.000Z',
  );
  return base;
}

const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
const cellKey = (c: CellAggregate) => `${c.studyId}/${c.brandId}/${c.stageId}`;

/** The derived tables as stored, next to what a rebuild from the stored clips makes. */
async function expectDerivedInStep(db: JourneyLensDB, model: Map<string, Clip>, tombstones: Set<string>): Promise<void> {
  const clips = await db.clips.toArray();
  expect(byKey(clips, (c) => c.id)).toEqual(byKey([...model.values()], (c) => c.id));
  expect(byKey(await db.cells.toArray(), cellKey)).toEqual(byKey([...aggregateClips(clips).values()], cellKey));
  // Each clip's CSV row is in exactly one place: its clipRows record or one row block.
  const rows = [...(await db.clipRows.toArray()), ...(await db.blockRows.toArray()).flatMap(rowsOfPage)];
  const plain = (list: ClipRow[]) => byKey(list, (r) => r.id).map((r) => ({ ...r, own: [...r.own] }));
  expect(plain(rows)).toEqual(plain(clipRowsOf(clips).rows));
  // The export reads them merged, in capture order, study by study.
  for (const s of STUDIES) {
    const read: ClipRow[] = [];
    for await (const batch of clipRowBatches(db, s, 3)) read.push(...batch);
    expect(read.map((r) => r.id)).toEqual(
      clips
        .filter((c) => c.studyId === s)
        .sort(rowOrder)
        .map((c) => c.id),
    );
  }
  // Search: every stored clip is found by each of its terms in its study; a
  // clipTerms row exists only for a stored clip and holds its current terms
  // (term blocks may keep old terms: the search checks candidates as stored).
  for (const clip of clips) {
    for (const term of termsRow(clip).terms) expect((await clipIdsWithTerm(db, clip.studyId, term)).has(clip.id)).toBe(true);
  }
  const current = new Map(clips.map((c) => [c.id, c]));
  for (const row of await db.clipTerms.toArray()) expect(row).toEqual(termsRow(current.get(row.id)!));
  for (const s of STUDIES) {
    for (const text of QUERIES) {
      const filter = { ...NO_FILTER, text };
      const found = (await filteredClips(db, s, filter)).map((c) => c.id).sort();
      expect(found).toEqual(clips.filter((c) => c.studyId === s && matchesFilter(c, filter)).map((c) => c.id).sort());
    }
  }
  const stones = (await db.tombstones.toArray()).filter((t) => t.table === 'clips');
  expect(stones.map((t) => t.id).sort()).toEqual([...tombstones].sort());
  for (const t of stones) expect(t.studyId).toBeTruthy();
  // The repair path agrees with the maintained cells, study by study.
  for (const s of STUDIES) {
    const kept = byKey(await db.cells.where('studyId').equals(s).toArray(), cellKey);
    expect(byKey(await rebuildCells(db, s), cellKey)).toEqual(kept);
  }
}

describe('withClipWrites', () => {
  it('keeps cells, CSV rows, search terms and tombstones equal to a rebuild, for any sequence of units of work', async () => {
    await fc.assert(
      fc.asyncProperty(units, async (plan) => {
        const { db } = await freshDb();
        const model = new Map<string, Clip>();
        const tombstones = new Set<string>();
        const ids = () => [...model.keys()].sort();
        const removed = new Map<string, Clip>();
        for (const unit of plan) {
          const before = new Map(model);
          const removedWith = new Map<string, boolean>();
          const undeleted = new Set<string>();
          const work: ((w: Parameters<Parameters<typeof withClipWrites>[1]>[0]) => void)[] = [];
          const bulkAdds: Clip[] = [];
          for (const o of unit.ops) {
            if (o.k === 'readd') {
              const gone = [...removed.keys()].sort();
              if (!gone.length || unit.bulk) continue;
              const clip = removed.get(gone[o.pick % gone.length]!)!;
              removed.delete(clip.id);
              model.set(clip.id, clip);
              removedWith.delete(clip.id);
              if (o.undelete) undeleted.add(clip.id);
              work.push((w) => w.add(clip, { undelete: o.undelete }));
            } else if (o.k === 'add') {
              const clip = makeClip(`c${serial++}`, o.f);
              model.set(clip.id, clip);
              removedWith.delete(clip.id);
              if (o.undelete) undeleted.add(clip.id);
              if (unit.bulk && !o.undelete) bulkAdds.push(clip);
              else work.push((w) => w.add(clip, { undelete: o.undelete }));
            } else {
              const all = ids();
              // The bulk path only adds: a unit that changes clips goes through withClipWrites.
              if (!all.length || unit.bulk) continue;
              const id = all[o.pick % all.length]!;
              const current = model.get(id)!;
              if (o.k === 'replace' || o.k === 'move') {
                const updatedAt = `2026-06-0${1 + (serial++ % 9)}T00:00:00.000Z`;
                const next = o.k === 'move' ? { ...current, studyId: STUDIES[o.s]!, updatedAt } : { ...makeClip(id, o.f), updatedAt };
                model.set(id, next);
                work.push((w) => w.replace(current, next));
              } else {
                model.delete(id);
                removed.set(id, current);
                undeleted.delete(id);
                removedWith.set(id, o.tombstone);
                work.push((w) => w.remove(current, { tombstone: o.tombstone }));
              }
            }
          }
          if (bulkAdds.length) await addClips(db, bulkAdds, 2, { blockMin: unit.blockMin });
          await withClipWrites(db, (w) => {
            for (const f of work) f(w);
          }, { blockMin: unit.blockMin });
          for (const [id, tomb] of removedWith) if (before.has(id) && !model.has(id) && tomb) tombstones.add(id);
          for (const id of undeleted) if (model.has(id)) tombstones.delete(id);
        }
        await expectDerivedInStep(db, model, tombstones);
        db.close();
      }),
      { numRuns: 80 },
    );
  }, 300_000);

  it('keeps the terms of a bulk write in term blocks, searchable, and removes them with the study', async () => {
    const { db } = await freshDb();
    const make = (s: number, n: number) =>
      Array.from({ length: n }, (_, i) => makeClip(`bulk-${s}-${i}`, { s, b: i % 3, st: i % 3, t: i % 4, q: i % 4, n: (i + 1) % 5, score: null, sentiment: 0 }));
    await addClips(db, [...make(0, BLOCK_MIN + 40), ...make(1, BLOCK_MIN)]);
    await withClipWrites(db, (w) => w.add(makeClip('single', { s: 0, b: 0, st: 0, t: 0, q: 0, n: 0, score: null, sentiment: 0 })));
    expect(await db.termBlocks.count()).toBe(2);
    expect(await db.clipTerms.count()).toBe(1);
    const plans = { ...NO_FILTER, text: 'plans' };
    const expected = (s: string) => (await_clips: Clip[]) => await_clips.filter((c) => c.studyId === s && matchesFilter(c, plans)).length;
    const all = await db.clips.toArray();
    expect((await filteredClips(db, STUDIES[0]!, plans)).length).toBe(expected(STUDIES[0]!)(all));
    expect((await filteredClips(db, STUDIES[1]!, plans)).length).toBe(expected(STUDIES[1]!)(all));
    expect(expected(STUDIES[0]!)(all)).toBeGreaterThan(BLOCK_MIN / 4);

    await removeStudyClips(db, STUDIES[0]!);
    expect((await db.termBlocks.toArray()).map((b) => b.studyId)).toEqual([STUDIES[1]]);
    expect((await db.termShards.toArray()).every((s) => s.studyId === STUDIES[1])).toBe(true);
    expect(await filteredClips(db, STUDIES[0]!, plans)).toEqual([]);
    expect((await filteredClips(db, STUDIES[1]!, plans)).length).toBe(expected(STUDIES[1]!)(all));
  });

  it('the bulk path, chunks pipelined inside a caller\'s transaction, keeps cells, rows and terms in step with the clips', async () => {
    const { db } = await freshDb();
    const clips = Array.from({ length: 23 }, (_, i) =>
      makeClip(`pipe-${i}`, { s: i % 2, b: i % 3, st: i % 3, t: i % 4, q: i % 4, n: (i + 1) % 5, score: i % 5 ? (i % 5) : null, sentiment: i % 3 }),
    );
    // Chunks of 4 (terms in blocks from 2 clips of a study): the JavaScript of each chunk runs while the one before is written.
    await db.transaction('rw', [...clipWriteTables(db), db.studies], async () => {
      await addClips(db, clips, 4, { blockMin: 2 });
      expect(await db.clips.count()).toBe(clips.length);
    });
    await expectDerivedInStep(db, new Map(clips.map((c) => [c.id, c])), new Set());
    expect(await db.blockRows.count()).toBeGreaterThan(1);
  });

  it('the bulk path starts with a small chunk (1,000 clips), then takes BULK_CHUNK at a time', async () => {
    const { db } = await freshDb();
    const clips = Array.from({ length: 1300 }, (_, i) => makeClip(`ramp-${i}`, { s: 0, b: i % 3, st: i % 3, t: i % 4, q: i % 4, n: i % 5, score: null, sentiment: 0 }));
    await addClips(db, clips);
    const sizes = (await db.termBlocks.toArray()).map((b) => b.clipIds.length).sort((a, b) => a - b);
    expect(sizes).toEqual([300, 1000]);
    expect(await db.clips.count()).toBe(1300);
  });

  it('reads inside the unit see nothing until it flushes, and everything after', async () => {
    const { db } = await freshDb();
    const clip = makeClip('flush-me', { s: 0, b: 0, st: 0, t: 0, q: 0, n: 0, score: 3, sentiment: 1 });
    await withClipWrites(db, async (w) => {
      w.add(clip);
      expect(await db.clips.get(clip.id)).toBeUndefined();
      await w.flush();
      expect(await db.clips.get(clip.id)).toEqual(clip);
      expect((await db.cells.toArray()).map((c) => c.count)).toEqual([1]);
    });
  });

  it('an add of a stored id fails the whole unit: nothing of it is written', async () => {
    const { db } = await freshDb();
    const a = makeClip('taken', { s: 0, b: 0, st: 0, t: 0, q: 0, n: 0, score: null, sentiment: 0 });
    const b = makeClip('fresh', { s: 0, b: 1, st: 1, t: 1, q: 1, n: 1, score: 2, sentiment: 2 });
    await withClipWrites(db, (w) => w.add(a));
    await expect(withClipWrites(db, (w) => {
      w.add(b);
      w.add({ ...a, note: 'again' });
    })).rejects.toThrow();
    await expectDerivedInStep(db, new Map([[a.id, a]]), new Set());
  });
});
