import { findStage, nowIso, type Clip } from '../model';
import { findOrCreateBrand } from './brands-repo';
import { fromStored, ofStudy } from './clip-reads';
import { clipWriteTables, withClipWrites } from './clip-writes';
import { ClipWriteError } from './clips-repo';
import type { JourneyLensDB } from './database';
import { frameworkOf } from './active-study';

/** What `moveClipsToStudy` changed, enough to put it back. */
export interface MovedClips {
  /** The clips as they were before the move. */
  before: Clip[];
  /** Brands the move created in the target study. */
  createdBrandIds: string[];
}

/**
 * Moves clips into another study, each under the target's brand of the same
 * name (created when the target has none) and at the same stage, which the
 * target's framework must have. One transaction: all or nothing.
 */
export async function moveClipsToStudy(db: JourneyLensDB, clipIds: readonly string[], targetStudyId: string): Promise<MovedClips> {
  return db.transaction('rw', [...clipWriteTables(db), db.brands, db.studies, db.frameworks], async () => {
    const target = await db.studies.get(targetStudyId);
    if (!target) throw new ClipWriteError('study-missing', `study ${targetStudyId} does not exist`);
    const framework = await frameworkOf(db, target);
    const stored = (await db.clips.bulkGet([...clipIds])).filter((c) => c !== undefined);
    const before: Clip[] = [];
    const createdBrandIds: string[] = [];
    const now = nowIso();
    await withClipWrites(db, async (w) => {
      for (const s of stored) {
        const clip = fromStored(s);
        if (clip.studyId === targetStudyId) continue;
        if (!findStage(framework, clip.stageId)) {
          throw new ClipWriteError('stage-unknown', `stage ${clip.stageId} is not in ${framework.id}`);
        }
        const sourceBrand = await db.brands.get(clip.brandId);
        if (!sourceBrand) throw new ClipWriteError('brand-missing', `brand ${clip.brandId} does not exist`);
        const { brand, created } = await findOrCreateBrand(db, targetStudyId, sourceBrand.name);
        if (created) createdBrandIds.push(brand.id);
        const after: Clip = { ...clip, studyId: targetStudyId, brandId: brand.id, updatedAt: now };
        w.replace(clip, after);
        before.push(clip);
      }
    });
    return { before, createdBrandIds };
  });
}

/** Puts moved clips back where they were (their original study must exist again) and drops brands the move made, if empty. */
export async function undoMoveClips(db: JourneyLensDB, moved: MovedClips): Promise<void> {
  await db.transaction('rw', [...clipWriteTables(db), db.brands], async () => {
    const current = await db.clips.bulkGet(moved.before.map((c) => c.id));
    await withClipWrites(db, (w) => {
      for (const [i, clip] of moved.before.entries()) {
        const now = current[i];
        if (now) w.replace(fromStored(now), clip);
      }
    });
    for (const id of moved.createdBrandIds) {
      const brand = await db.brands.get(id);
      if (brand && !(await ofStudy(db.clips, brand.studyId).filter((c) => c.brandId === id).count())) {
        await db.brands.delete(id);
      }
    }
  });
}
