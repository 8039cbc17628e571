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
import { searchTerms } from '../search/terms';
import { fromStored } from './clip-reads';
import { putClipRows } from './clip-rows-repo';
import { findOrCreateBrand } from './brands-repo';
import { adjustCell, recomputeCells } from './cells-store';
import { aggregateClips, mergeCells } from '../matrix/cell-aggregate';
import type { ClipTerms, JourneyLensDB, Screenshot, StoredClip } from './database';
import { META_KEYS, getMeta, setMeta } from './meta-repo';
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

/** A clip's row in `clipTerms`: the free-text index over its quote, note and title. */
export function termsRow(clip: Clip): ClipTerms {
  return { id: clip.id, terms: searchTerms(`${clip.quote}\n${clip.note}\n${clip.title}`) };
}

/**
 * Writes clips, their search terms and their CSV rows (inside a transaction
 * that includes `clips`, `clipTerms` and `clipRows`). A row is keyed by the
 * clip id, so a clip that moved study or capture time replaces its old row.
 */
export async function putClips(db: JourneyLensDB, clips: readonly Clip[], mode: 'add' | 'put' = 'put'): Promise<void> {
  if (!clips.length) return;
  if (mode === 'add') await db.clips.bulkAdd([...clips]);
  else await db.clips.bulkPut([...clips]);
  await db.clipTerms.bulkPut(clips.map(termsRow));
  await putClipRows(db, clips);
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
  return db.transaction('rw', [db.clips, db.clipTerms, db.clipRows, db.brands, db.cells, db.studies, db.frameworks, db.meta, db.screenshots], async () => {
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
    await putClips(db, [clip], 'add');
    await adjustCell(db, clip, 1);
    const since = (await getMeta<number>(db, META_KEYS.clipsSinceBackup)) ?? 0;
    await setMeta(db, META_KEYS.clipsSinceBackup, since + 1);
    return { clip, duplicate: false, brandCreated: created };
  });
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
  return db.transaction('rw', [db.clips, db.clipTerms, db.clipRows, db.brands, db.cells, db.studies, db.frameworks, db.meta], async () => {
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
    await putClips(db, saved, 'add');
    const keys = [...aggregateClips(saved).values()];
    const current = await db.cells.bulkGet(keys.map((c) => [c.studyId, c.brandId, c.stageId] as [string, string, string]));
    await db.cells.bulkPut(keys.map((add, i) => mergeCells(current[i], add)));
    const since = (await getMeta<number>(db, META_KEYS.clipsSinceBackup)) ?? 0;
    await setMeta(db, META_KEYS.clipsSinceBackup, since + saved.length);
    return { saved, duplicates };
  });
}

/** The clip a draft becomes, validated. */
function clipFromDraft(draft: ClipDraft & { studyId: string }, brandId: string, screenshotId: string | null, now: string): Clip {
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
  return db.transaction('rw', [db.clips, db.clipTerms, db.clipRows, db.cells, db.brands, db.studies, db.frameworks], async () => {
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
    await putClips(db, [after]);
    await adjustCell(db, before, -1);
    await adjustCell(db, after, 1);
    return after;
  });
}

/** Deletes clips and returns them, so the caller can offer undo (`restoreClips`). */
export async function deleteClips(db: JourneyLensDB, ids: string[]): Promise<Clip[]> {
  return db.transaction('rw', [db.clips, db.clipTerms, db.clipRows, db.cells, db.tombstones], async () => {
    const stored = (await db.clips.bulkGet(ids)).filter((c): c is StoredClip => !!c);
    const now = nowIso();
    for (const s of stored) {
      await db.clips.delete(s.id);
      await db.clipTerms.delete(s.id);
      await db.clipRows.delete(s.id);
      await adjustCell(db, fromStored(s), -1);
      await db.tombstones.put({ id: s.id, table: 'clips', studyId: s.studyId, deletedAt: now });
    }
    return stored.map(fromStored);
  });
}

/** Undo of a delete: puts the clips back exactly as they were. */
export async function restoreClips(db: JourneyLensDB, clips: Clip[]): Promise<void> {
  await db.transaction('rw', [db.clips, db.clipTerms, db.clipRows, db.cells, db.tombstones], async () => {
    for (const clip of clips) {
      if (await db.clips.get(clip.id)) continue;
      await putClips(db, [clip], 'add');
      await adjustCell(db, clip, 1);
      await db.tombstones.delete(clip.id);
    }
  });
}

export async function countClipsForPage(db: JourneyLensDB, url: string): Promise<number> {
  return db.clips.where('urlKey').equals(normalizeUrl(url)).count();
}


/**
 * Brings in clips as another copy of the study has them (team sync): `put`
 * are whole clips (kept exactly, their own `updatedAt` included), `remove` ids
 * of clips that copy no longer has (their tombstones travel separately). The
 * same write path as every clip write — clip, search terms, CSV row, cell
 * aggregates — inside the caller's read-write transaction over `clips`,
 * `clipTerms`, `clipRows` and `cells`. Large batches rebuild the study's cells once.
 */
export async function applySyncedClips(db: JourneyLensDB, studyId: string, put: readonly Clip[], remove: readonly string[]): Promise<void> {
  if (!put.length && !remove.length) return;
  const bulk = put.length + remove.length > 200;
  const before = await db.clips.bulkGet([...put.map((c) => c.id), ...remove]);
  const valid = put.map((c) => ClipSchema.parse(c));
  for (const [i, id] of remove.entries()) {
    const old = before[put.length + i];
    if (!old) continue;
    await db.clips.delete(id);
    await db.clipTerms.delete(id);
    await db.clipRows.delete(id);
    if (!bulk) await adjustCell(db, fromStored(old), -1);
  }
  await putClips(db, valid);
  if (bulk) {
    await recomputeCells(db, studyId);
    return;
  }
  for (const [i, after] of valid.entries()) {
    const old = before[i];
    if (old) await adjustCell(db, fromStored(old), -1);
    await adjustCell(db, after, 1);
  }
}
