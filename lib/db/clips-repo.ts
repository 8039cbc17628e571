import { normalizeUrl, hostOf } from '../capture/normalize-url';
import {
  ClipSchema,
  brandKey,
  findStage,
  newId,
  nowIso,
  type Brand,
  type Clip,
  type ClipDraft,
  type ClipLenses,
  type Selectors,
} from '../model';
import { fromStored } from './clip-reads';
import { clipWriteTables, withClipWrites } from './clip-writes';
import { findOrCreateBrand } from './brands-repo';
import type { JourneyLensDB, Screenshot, StoredClip } from './database';
import { countSavedClips } from '../preferences/backup-reminder';
import { frameworkOf } from './active-study';
import { AppError } from '../errors/app-error';

export class ClipWriteError extends AppError {
  constructor(
    override readonly code: 'study-missing' | 'stage-unknown' | 'clip-missing' | 'brand-missing',
    message: string,
  ) {
    super(code, [], message);
    this.name = 'ClipWriteError';
  }
}

export { fromStored, clipsOfCell } from './clip-reads';

export interface SaveResult {
  clip: Clip;
  /** True when a clip with this id was already stored (a retried save). */
  duplicate: boolean;
  brandCreated: boolean;
}

/**
 * Stores a captured clip: resolves (or creates) its brand, writes the clip and
 * its cell aggregate in one transaction. Saving the same draft id twice stores
 * it once.
 */
export async function saveDraft(
  db: JourneyLensDB,
  draft: ClipDraft & { studyId: string },
  extras: { screenshot?: Omit<Screenshot, 'id' | 'clipId' | 'createdAt'> } = {},
): Promise<SaveResult> {
  const result = await db.transaction('rw', [...clipWriteTables(db), db.brands, db.studies, db.frameworks, db.screenshots], async (): Promise<SaveResult> => {
    const existing = await db.clips.get(draft.id);
    if (existing) return { clip: fromStored(existing), duplicate: true, brandCreated: false };

    const study = await db.studies.get(draft.studyId);
    if (!study) throw new ClipWriteError('study-missing', `study ${draft.studyId} does not exist`);
    const framework = await frameworkOf(db, study);
    if (!findStage(framework, draft.stageId)) {
      throw new ClipWriteError('stage-unknown', `stage ${draft.stageId} is not in ${framework.id}`);
    }
    const { brand, created } = await findOrCreateBrand(db, study.id, draft.brandName, draft.brandDomain);
    const now = nowIso();
    let screenshotId: string | null = null;
    if (extras.screenshot) {
      screenshotId = newId();
      await db.screenshots.add({ ...extras.screenshot, id: screenshotId, clipId: draft.id, createdAt: now });
    }
    const clip = clipFromDraft({ ...draft, studyId: study.id }, brand.id, screenshotId, now);
    await withClipWrites(db, (w) => w.add(clip));
    return { clip, duplicate: false, brandCreated: created };
  });
  // The backup reminder counts it (extension storage: after the commit, never inside the transaction).
  if (!result.duplicate) await countSavedClips(1);
  return result;
}

export interface BulkSaveResult {
  saved: Clip[];
  /** Drafts whose id was already stored (or repeated in the batch): not written again. */
  duplicates: number;
}

/**
 * Stores many drafts of one study in a single transaction (CSV import, bulk
 * seeding): the same checks and the same clip shape as `saveDraft`, brands
 * created as named, cell aggregates updated once per cell. All or nothing.
 */
export async function saveDrafts(db: JourneyLensDB, studyId: string, drafts: readonly ClipDraft[]): Promise<BulkSaveResult> {
  const result = await db.transaction('rw', [...clipWriteTables(db), db.brands, db.studies, db.frameworks], async (): Promise<BulkSaveResult> => {
    const study = await db.studies.get(studyId);
    if (!study) throw new ClipWriteError('study-missing', `study ${studyId} does not exist`);
    const framework = await frameworkOf(db, study);
    const stages = new Set(framework.stages.map((s) => s.id));
    const stored = await db.clips.bulkGet(drafts.map((d) => d.id));
    const seen = new Set(stored.filter((c): c is StoredClip => !!c).map((c) => c.id));
    const brands = new Map<string, Brand>();
    const now = nowIso();
    const saved: Clip[] = [];
    let duplicates = 0;
    for (const draft of drafts) {
      if (seen.has(draft.id)) {
        duplicates++;
        continue;
      }
      seen.add(draft.id);
      if (!stages.has(draft.stageId)) throw new ClipWriteError('stage-unknown', `stage ${draft.stageId} is not in ${framework.id}`);
      const key = `${brandKey(draft.brandName)}\u0000${draft.brandDomain ?? ''}`;
      let brand = brands.get(key);
      if (!brand) {
        brand = (await findOrCreateBrand(db, study.id, draft.brandName, draft.brandDomain)).brand;
        brands.set(key, brand);
      }
      saved.push(clipFromDraft({ ...draft, studyId: study.id }, brand.id, null, now));
    }
    await withClipWrites(db, (w) => {
      for (const clip of saved) w.add(clip);
    });
    return { saved, duplicates };
  });
  await countSavedClips(result.saved.length);
  return result;
}

/** The clip a draft becomes, validated. */
export function clipFromDraft(draft: ClipDraft & { studyId: string }, brandId: string, screenshotId: string | null, now: string): Clip {
  return ClipSchema.parse({
    id: draft.id,
    studyId: draft.studyId,
    brandId,
    stageId: draft.stageId,
    kind: draft.kind,
    url: draft.url,
    urlKey: normalizeUrl(draft.url),
    title: draft.title,
    site: draft.site || hostOf(draft.url),
    sourceType: draft.sourceType,
    quote: draft.quote.trim(),
    selectors: draft.selectors,
    targetUrl: draft.targetUrl,
    screenshotId,
    lang: draft.lang,
    note: draft.note,
    tags: draft.tags,
    sentiment: draft.sentiment,
    score: draft.score,
    behavior: draft.behavior,
    servqual: draft.servqual,
    capturedAt: draft.capturedAt,
    updatedAt: now,
    ...(draft.item ? { item: draft.item } : {}),
  });
}

export type ClipPatch = Partial<ClipLenses> & { brandId?: string; stageId?: string; selectors?: Selectors };

/** The patch that undoes `patch` on `before`: each patched field's value before the change. */
export function revertPatch(before: Clip, patch: ClipPatch): ClipPatch {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof ClipPatch)[]) {
    if (patch[key] !== undefined) out[key] = structuredClone(before[key]);
  }
  return out as ClipPatch;
}

/** Edits a clip in place; a new brand or stage moves it to another cell. */
export async function updateClip(db: JourneyLensDB, id: string, patch: ClipPatch): Promise<Clip> {
  return db.transaction('rw', [...clipWriteTables(db), db.brands, db.studies, db.frameworks], async () => {
    const stored = await db.clips.get(id);
    if (!stored) throw new ClipWriteError('clip-missing', `clip ${id} does not exist`);
    const before = fromStored(stored);
    if (patch.brandId && patch.brandId !== before.brandId) {
      const brand = await db.brands.get(patch.brandId);
      if (!brand || brand.studyId !== before.studyId) {
        throw new ClipWriteError('brand-missing', `brand ${patch.brandId} is not in this study`);
      }
    }
    if (patch.stageId && patch.stageId !== before.stageId) {
      const study = await db.studies.get(before.studyId);
      const framework = study ? await frameworkOf(db, study) : undefined;
      if (!framework || !findStage(framework, patch.stageId)) {
        throw new ClipWriteError('stage-unknown', `stage ${patch.stageId} is not in this study`);
      }
    }
    const after = ClipSchema.parse({ ...before, ...patch, updatedAt: nowIso() });
    await withClipWrites(db, (w) => w.replace(before, after));
    return after;
  });
}

/** Deletes clips and returns them, so the caller can offer undo (`restoreClips`). */
export async function deleteClips(db: JourneyLensDB, ids: string[]): Promise<Clip[]> {
  return withClipWrites(db, async (w) => {
    const stored = (await db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c).map(fromStored);
    for (const clip of stored) w.remove(clip);
    return stored;
  });
}

/** Undo of a delete: puts the clips back exactly as they were. */
export async function restoreClips(db: JourneyLensDB, clips: Clip[]): Promise<void> {
  await withClipWrites(db, async (w) => {
    const stored = await db.clips.bulkGet(clips.map((c) => c.id));
    for (const [i, clip] of clips.entries()) if (!stored[i]) w.add(clip, { undelete: true });
  });
}

export async function countClipsForPage(db: JourneyLensDB, url: string): Promise<number> {
  return db.clips.where('urlKey').equals(normalizeUrl(url)).count();
}

