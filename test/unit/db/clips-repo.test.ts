import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipBatches } from '../../../lib/db/clip-batches';
import { rebuildCells as recomputeCells } from '../../../lib/db/clip-writes';
import {
  clipsOfCell,
  countClipsForPage,
  deleteClips,
  restoreClips,
  saveDraft,
  saveDrafts,
  updateClip,
  fromStored,
  ClipWriteError,
} from '../../../lib/db/clips-repo';
import { ensureDefaults } from '../../../lib/db/studies-repo';
import { aggregateClips, cellKeyString, type CellAggregate } from '../../../lib/matrix/cell-aggregate';
import { draft, freshDb } from './helpers';
import { ofStudy } from '../../../lib/db/clip-reads';

describe('ensureDefaults', () => {
  it('creates one default study on Moments of Truth, once', async () => {
    const { db, study } = await freshDb();
    expect(study.frameworkId).toBe('moments-of-truth');
    const again = await ensureDefaults(db, 'Other');
    expect(again.id).toBe(study.id);
    expect(await db.studies.count()).toBe(1);
    expect(await db.frameworks.count()).toBe(3);
  });

  it('creates one study when two contexts race at first start', async () => {
    const { db } = await freshDb();
    await db.studies.clear();
    await db.meta.clear();
    const [a, b] = await Promise.all([ensureDefaults(db, 'A'), ensureDefaults(db, 'B')]);
    expect(a.id).toBe(b.id);
    expect(await db.studies.count()).toBe(1);
  });
});

describe('saveDraft', () => {
  it('creates the brand when first named and stores a trimmed quote', async () => {
    const { db, study } = await freshDb();
    const r = await saveDraft(db, draft({ studyId: study.id, quote: '  Plans start at $9 \n' }));
    expect(r.brandCreated).toBe(true);
    expect(r.clip.quote).toBe('Plans start at $9');
    expect(r.clip.urlKey).toBe('https://acme.test/pricing');
    const brands = await db.brands.toArray();
    expect(brands.map((b) => b.name)).toEqual(['Acme']);
    const r2 = await saveDraft(db, draft({ studyId: study.id, brandName: 'ACME ' }));
    expect(r2.brandCreated).toBe(false);
    expect(await db.brands.count()).toBe(1);
  });

  it('is idempotent by clip id', async () => {
    const { db, study } = await freshDb();
    const d = draft({ studyId: study.id });
    await saveDraft(db, d);
    const again = await saveDraft(db, d);
    expect(again.duplicate).toBe(true);
    expect(await db.clips.count()).toBe(1);
    const cells = await db.cells.toArray();
    expect(cells).toHaveLength(1);
    expect(cells[0]!.count).toBe(1);
  });

  it('adds the page host to the brand domains', async () => {
    const { db, study } = await freshDb();
    await saveDraft(db, draft({ studyId: study.id, brandDomain: 'acme.test' }));
    await saveDraft(db, draft({ studyId: study.id, brandDomain: 'help.acme.test' }));
    const [brand] = await db.brands.toArray();
    expect(brand!.domains).toEqual(['acme.test', 'help.acme.test']);
  });

  it('rejects a stage that is not in the study framework, writing nothing', async () => {
    const { db, study } = await freshDb();
    await expect(saveDraft(db, draft({ studyId: study.id, stageId: 'awareness' }))).rejects.toBeInstanceOf(ClipWriteError);
    expect(await db.clips.count()).toBe(0);
    expect(await db.brands.count()).toBe(0);
    expect(await db.cells.count()).toBe(0);
  });

  it('counts clips per page by normalised URL', async () => {
    const { db, study } = await freshDb();
    await saveDraft(db, draft({ studyId: study.id, url: 'https://acme.test/pricing?utm_medium=a' }));
    await saveDraft(db, draft({ studyId: study.id, url: 'https://www.acme.test/pricing/#x' }));
    expect(await countClipsForPage(db, 'https://acme.test/pricing?fbclid=1')).toBe(2);
  });
});

describe('updateClip / deleteClips / restoreClips', () => {
  it('moves a clip between cells and back, with undo of delete', async () => {
    const { db, study } = await freshDb();
    const { clip } = await saveDraft(db, draft({ studyId: study.id, score: 4, sentiment: 'positive' }));
    const moved = await updateClip(db, clip.id, { stageId: 'amot' });
    expect(moved.stageId).toBe('amot');
    expect(await clipsOfCell(db, study.id, clip.brandId, 'fmot')).toHaveLength(0);
    expect(await clipsOfCell(db, study.id, clip.brandId, 'amot')).toHaveLength(1);
    const removed = await deleteClips(db, [clip.id]);
    expect(await db.cells.count()).toBe(0);
    expect(await db.tombstones.get(clip.id)).toBeTruthy();
    await restoreClips(db, removed);
    const cell = await db.cells.get([study.id, clip.brandId, 'amot']);
    expect(cell).toMatchObject({ count: 1, scoreSum: 4, scoreCount: 1, positive: 1 });
    expect(await db.tombstones.get(clip.id)).toBeUndefined();
  });
});

describe('clipBatches', () => {
  it('yields every clip once, in capture order, across equal timestamps', async () => {
    const { db, study } = await freshDb();
    const t = '2026-11-22T10:00:00.000Z';
    for (let i = 0; i < 25; i++) await saveDraft(db, draft({ studyId: study.id, capturedAt: i % 3 ? t : `2026-11-22T09:00:${String(i).padStart(2, '0')}.000Z` }));
    const seen: string[] = [];
    for await (const batch of clipBatches(db, study.id, 4)) seen.push(...batch.map((c) => c.id));
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });
});

type Op =
  | { kind: 'add'; brand: number; stage: number; score: number | null; sentiment: number | null; minute: number }
  | { kind: 'edit'; pick: number; score: number | null; sentiment: number | null }
  | { kind: 'move'; pick: number; brand: number; stage: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'undo' }
  | { kind: 'import'; count: number; brand: number };

const STAGES = ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'];
const SENT = ['positive', 'neutral', 'negative'] as const;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), brand: fc.nat(2), stage: fc.nat(5), score: fc.option(fc.integer({ min: 1, max: 5 })), sentiment: fc.option(fc.nat(2)), minute: fc.nat(59) }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), score: fc.option(fc.integer({ min: 1, max: 5 })), sentiment: fc.option(fc.nat(2)) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), brand: fc.nat(2), stage: fc.nat(5) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('import' as const), count: fc.integer({ min: 1, max: 4 }), brand: fc.nat(2) }),
);

function normalise(cells: Iterable<CellAggregate>) {
  return [...cells].map((c) => ({ ...c })).sort((a, b) => cellKeyString([a.studyId, a.brandId, a.stageId]).localeCompare(cellKeyString([b.studyId, b.brandId, b.stageId])));
}

describe('aggregate maintenance invariant', () => {
  it('maintained cells equal a full recompute after random add/edit/move/delete/undo/import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { db, study } = await freshDb();
        const brandNames = ['Acme', 'Globex', '京东'];
        let lastDeleted: Awaited<ReturnType<typeof deleteClips>> = [];
        for (const op of ops) {
          const ids = (await db.clips.toCollection().primaryKeys()) as string[];
          const pick = (i: number) => ids[i % ids.length];
          if (op.kind === 'add') {
            await saveDraft(db, draft({
              studyId: study.id, brandName: brandNames[op.brand]!, stageId: STAGES[op.stage]!, score: op.score,
              sentiment: op.sentiment === null ? null : SENT[op.sentiment]!, capturedAt: `2026-11-22T10:${String(op.minute).padStart(2, '0')}:00.000Z`,
            }));
          } else if (op.kind === 'import') {
            // The bulk path the CSV import uses: one transaction for the batch.
            await saveDrafts(db, study.id, Array.from({ length: op.count }, (_, i) => draft({ studyId: study.id, brandName: brandNames[op.brand]!, stageId: STAGES[i % 6]!, score: 3 })));
          } else if (!ids.length) {
            if (op.kind === 'undo' && lastDeleted.length) await restoreClips(db, lastDeleted);
            continue;
          } else if (op.kind === 'edit') {
            await updateClip(db, pick(op.pick)!, { score: op.score, sentiment: op.sentiment === null ? null : SENT[op.sentiment]! });
          } else if (op.kind === 'move') {
            const brands = await db.brands.toArray();
            const brand = brands[op.brand % brands.length]!;
            await updateClip(db, pick(op.pick)!, { brandId: brand.id, stageId: STAGES[op.stage]! });
          } else if (op.kind === 'delete') {
            lastDeleted = await deleteClips(db, [pick(op.pick)!]);
          } else if (op.kind === 'undo') {
            await restoreClips(db, lastDeleted);
            lastDeleted = [];
          }
        }
        const maintained = normalise(await db.cells.toArray());
        const expected = normalise(aggregateClips((await db.clips.toArray()).map(fromStored)).values());
        expect(maintained).toEqual(expected);
        const recomputed = normalise(await recomputeCells(db, study.id));
        expect(recomputed).toEqual(expected);
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('saveDrafts (bulk)', () => {
  it('stores a batch in one transaction with exact cell aggregates, brands created once, duplicates skipped', async () => {
    const { db, study } = await freshDb();
    const drafts = Array.from({ length: 300 }, (_, i) =>
      draft({
        studyId: study.id,
        brandName: ['Acme', 'Globex', 'acme'][i % 3]!,
        stageId: ['zmot', 'fmot', 'amot'][i % 3 === 2 ? 0 : i % 3]!,
        score: (i % 5) + 1,
        sentiment: (['positive', 'neutral', 'negative'] as const)[i % 3]!,
        capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    await saveDraft(db, drafts[0]!);
    const r = await saveDrafts(db, study.id, [...drafts, drafts[5]!]);
    expect(r.saved).toHaveLength(299);
    expect(r.duplicates).toBe(2);
    expect(await ofStudy(db.clips, study.id).count()).toBe(300);
    expect(await db.brands.where('studyId').equals(study.id).count()).toBe(2);
    const cells = await db.cells.where('studyId').equals(study.id).toArray();
    const expected = await recomputeCells(db, study.id);
    expect(cells.sort((a, b) => (a.brandId + a.stageId).localeCompare(b.brandId + b.stageId))).toEqual(
      expected.sort((a, b) => (a.brandId + a.stageId).localeCompare(b.brandId + b.stageId)),
    );
  });

  it('writes nothing when one draft is invalid', async () => {
    const { db, study } = await freshDb();
    const good = draft({ studyId: study.id });
    const bad = draft({ studyId: study.id, stageId: 'no-such-stage' });
    await expect(saveDrafts(db, study.id, [good, bad])).rejects.toBeInstanceOf(ClipWriteError);
    expect(await db.clips.count()).toBe(0);
    expect(await db.brands.count()).toBe(0);
    expect(await db.cells.count()).toBe(0);
  });
});
