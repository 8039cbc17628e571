import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../lib/backup/create-backup';
import type { BackupDoc } from '../../../lib/backup/backup-schema';
import { mergeBackups } from '../../../lib/backup/merge-backups';
import { mergeBrands, brandsOfStudy } from '../../../lib/db/brands-repo';
import { deleteClips, saveDraft, updateClip } from '../../../lib/db/clips-repo';
import type { JourneyLensDB } from '../../../lib/db/database';
import { setFinding } from '../../../lib/db/findings-repo';
import { setRubricItem } from '../../../lib/db/rubric-repo';
import { checklistKeys } from '../../../lib/matrix/coverage';
import { MOMENTS_OF_TRUTH } from '../../../lib/model';
import { sliceOfBackup } from '../../../lib/sync/study-slice';
import { draft } from '../db/helpers';
import { canonicalSlice, connect, converged, expectDerivedConsistent, freshClient, useServer, TOKEN } from './harness';
import { ofStudy } from '../../../lib/db/clip-reads';

const STAGES = MOMENTS_OF_TRUTH.stages.map((s) => s.id);
const BRANDS = ['Acme', 'Globex', 'Initech'];
const ITEMS = checklistKeys(MOMENTS_OF_TRUTH.stages.find((s) => s.id === 'zmot')!.lookFor).slice(0, 3);

type Op =
  | { t: 'add'; brand: number; stage: number; quote: string }
  | { t: 'edit'; clip: number; note: string }
  | { t: 'move'; clip: number; brand: number; stage: number }
  | { t: 'delete'; clip: number }
  | { t: 'mergeBrand'; from: number; into: number }
  | { t: 'finding'; brand: number; text: string }
  | { t: 'tick'; brand: number; item: number; on: boolean };

const small = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('add' as const), brand: fc.nat({ max: 2 }), stage: fc.nat({ max: 5 }), quote: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ t: fc.constant('edit' as const), clip: small, note: fc.string({ maxLength: 12 }) }),
  fc.record({ t: fc.constant('move' as const), clip: small, brand: small, stage: fc.nat({ max: 5 }) }),
  fc.record({ t: fc.constant('delete' as const), clip: small }),
  fc.record({ t: fc.constant('mergeBrand' as const), from: small, into: small }),
  fc.record({ t: fc.constant('finding' as const), brand: small, text: fc.string({ maxLength: 10 }) }),
  fc.record({ t: fc.constant('tick' as const), brand: small, item: fc.nat({ max: 2 }), on: fc.boolean() }),
);

async function apply(db: JourneyLensDB, studyId: string, o: Op): Promise<void> {
  const clips = (await ofStudy(db.clips, studyId).primaryKeys()).sort();
  const brands = (await brandsOfStudy(db, studyId)).map((b) => b.id).sort();
  const clip = (i: number) => clips[i % Math.max(clips.length, 1)];
  const brand = (i: number) => brands[i % Math.max(brands.length, 1)];
  switch (o.t) {
    case 'add':
      await saveDraft(db, draft({ studyId, brandName: BRANDS[o.brand]!, stageId: STAGES[o.stage]!, quote: o.quote.trim() || 'q' }));
      return;
    case 'edit':
      if (clip(o.clip)) await updateClip(db, clip(o.clip)!, { note: o.note });
      return;
    case 'move':
      if (clip(o.clip) && brand(o.brand)) await updateClip(db, clip(o.clip)!, { brandId: brand(o.brand)!, stageId: STAGES[o.stage]! });
      return;
    case 'delete':
      if (clip(o.clip)) await deleteClips(db, [clip(o.clip)!]);
      return;
    case 'mergeBrand':
      if (brand(o.from) && brand(o.into) && brand(o.from) !== brand(o.into)) await mergeBrands(db, brand(o.from)!, brand(o.into)!);
      return;
    case 'finding':
      if (brand(o.brand)) await setFinding(db, { studyId, brandId: brand(o.brand)!, stageId: 'zmot' }, o.text);
      return;
    case 'tick':
      if (brand(o.brand)) await setRubricItem(db, { studyId, brandId: brand(o.brand)!, stageId: 'zmot' }, ITEMS[o.item]!, o.on);
      return;
  }
}

const served = useServer();

/**
 * `mergeBackups` of several histories at once: the records of all but the last
 * file side by side, merged with the last (mergeBackups takes the newest copy of
 * each id within a side as across sides). Merging pairwise in sequence is the
 * same except when a brand merged away on one side is re-created under the same
 * id on another: a pairwise merge moves the first side's ticks and findings for
 * it before the re-creation is seen, so its result depends on the order.
 */
function mergeAll(docs: BackupDoc[]): BackupDoc {
  const rest = docs.slice(0, -1);
  const keys = ['studies', 'frameworks', 'brands', 'clips', 'findings', 'screenshots', 'tombstones', 'rubric'] as const;
  const side = { ...rest[0]!, ...Object.fromEntries(keys.map((k) => [k, rest.flatMap((d) => d[k] as unknown[])])) } as BackupDoc;
  return mergeBackups(side, docs.at(-1)!);
}

describe('three clients editing offline converge to mergeBackups of their histories', () => {
  it('holds for random histories of adds, edits, moves, deletes, brand merges, findings and ticks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.array(op, { maxLength: 6 }), fc.array(op, { maxLength: 6 }), fc.array(op, { maxLength: 6 })), fc.tuple(fc.array(op, { maxLength: 4 }), fc.array(op, { maxLength: 4 }), fc.array(op, { maxLength: 4 })), async (histories, live) => {
        // Alice shares a study with two brands; Bob and Carol join; everyone goes offline.
        const alice = await freshClient();
        const studyId = alice.study.id;
        await saveDraft(alice.db, draft({ studyId, brandName: 'Acme', stageId: 'zmot' }));
        await saveDraft(alice.db, draft({ studyId, brandName: 'Globex', stageId: 'fmot' }));
        const config = { server: served.server.url, studyId, token: TOKEN };
        const clients = [alice, await freshClient(), await freshClient()].map((c) => ({ db: c.db, session: connect(c.db, config) }));
        await converged(clients, studyId);
        clients.forEach((c) => c.session.stop());

        for (const [i, history] of histories.entries()) for (const o of history) await apply(clients[i]!.db, studyId, o);
        const backups = await Promise.all(clients.map((c) => createBackup(c.db)));
        const expected = canonicalSlice(sliceOfBackup(mergeAll(backups), studyId));

        const online = clients.map((c) => ({ db: c.db, session: connect(c.db, config) }));
        try {
          const result = await converged(online, studyId);
          expect(result).toBe(expected);
          for (const c of online) await expectDerivedConsistent(c.db, studyId);

          // Then everyone edits at once while online (the narrow, per-change passes), and a
          // newcomer who reads the whole team copy ends up with exactly what the others have.
          await Promise.all(live.map(async (history, i) => {
            for (const o of history) await apply(online[i]!.db, studyId, o);
          }));
          await converged(online, studyId);
          const newcomer = await freshClient();
          const joined = { db: newcomer.db, session: connect(newcomer.db, config) };
          online.push(joined);
          const after = await converged(online, studyId);
          const now = await Promise.all(online.map((c) => createBackup(c.db)));
          expect(canonicalSlice(sliceOfBackup(mergeAll(now), studyId))).toBe(after);
          for (const c of online) await expectDerivedConsistent(c.db, studyId);
        } finally {
          online.forEach((c) => c.session.stop());
        }
      }),
      {
        numRuns: Number(process.env.JL_SYNC_RUNS ?? 8),
        endOnFailure: !!process.env.JL_SYNC_RUNS,
        // A finding moved by a brand merge onto a cell whose finding was then deleted (it came back in sync).
        examples: [[[[], [], [{ t: 'finding', brand: 0, text: '!' }]], [[{ t: 'mergeBrand', from: 0, into: 15 }, { t: 'finding', brand: 0, text: '' }], [], []]]],
        // JL_SEED=<seed> JL_PATH=<path> replays a failure this test reported.
        ...(process.env.JL_SEED ? { seed: Number(process.env.JL_SEED), path: process.env.JL_PATH } : {}),
      },
    );
  }, 400_000);
});
