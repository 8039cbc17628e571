import { canonical, findingId, mergeBackups } from '../backup/merge-backups';
import { readLocalSlice, sliceAsBackup, sliceOfBackup, type ClipScope, type StudySlice } from './study-slice';
import type { Clip } from '../model';
import { addClips, clipWriteTables, withClipWrites } from '../db/clip-writes';
import type { JourneyLensDB } from '../db/database';

export interface PullResult {
  /** Records this database took from the team copy (added, changed or removed). */
  changed: number;
}

type Key = [string, string, string];
const cellKey = (r: { studyId: string; brandId: string; stageId: string }): Key => [r.studyId, r.brandId, r.stageId];

/**
 * Merges a team copy of one study into this database, in one read-write
 * transaction: the result is `mergeBackups(local, remote)` restricted to the
 * study (later edit wins, tombstones delete, brand merges move clips), and only
 * the records that differ are written — clips through the clip-write unit of
 * work (`applySyncedClips`), so cell aggregates, CSV rows and search terms follow. A study in neither copy is
 * left alone. Screenshots, anchors, cells and view preferences are not touched.
 * With a clip scope of ids, `remote` must hold just those clips (and their tombstones)
 * besides the whole study document: only those clips are compared and written, which is
 * exact as long as no brand or brand tombstone changed (the caller then passes all).
 */
export async function pullStudy(db: JourneyLensDB, studyId: string, remote: StudySlice, scope: ClipScope = { all: true }): Promise<PullResult> {
  const tables = [...clipWriteTables(db), db.studies, db.frameworks, db.brands, db.findings, db.rubric];
  return db.transaction('rw', tables, async () => {
    const local = await readLocalSlice(db, studyId, scope);
    const merged = sliceOfBackup(mergeBackups(sliceAsBackup(local), sliceAsBackup(remote)), studyId);
    if (!merged.studies.length) return { changed: 0 };
    let changed = 0;
    const diff = <T>(mine: T[], target: T[], key: (r: T) => string) => {
      const have = new Map(mine.map((r) => [key(r), canonical(r)]));
      const want = new Set(target.map(key));
      // A record this copy lacks is written without its canonical form (most of a first load).
      const put = target.filter((r) => {
        const had = have.get(key(r));
        return had === undefined || had !== canonical(r);
      });
      const gone = mine.filter((r) => !want.has(key(r)));
      changed += put.length + gone.length;
      return { put, gone };
    };
    const studies = diff(local.studies, merged.studies, (s) => s.id);
    const frameworks = diff(local.frameworks, merged.frameworks, (f) => f.id);
    const brands = diff(local.brands, merged.brands, (b) => b.id);
    const clips = diff(local.clips, merged.clips, (c) => c.id);
    const findings = diff(local.findings, merged.findings, findingId);
    const rubric = diff(local.rubric, merged.rubric, findingId);
    const tombstones = diff(local.tombstones, merged.tombstones, (t) => t.id);
    if (!changed) return { changed };
    if (frameworks.put.length) await db.frameworks.bulkPut(frameworks.put);
    if (studies.put.length) await db.studies.bulkPut(studies.put);
    if (brands.put.length) await db.brands.bulkPut(brands.put);
    await applySyncedClips(db, clips.put, clips.gone.map((c) => c.id), local.clips, 'all' in scope);
    if (brands.gone.length) await db.brands.bulkDelete(brands.gone.map((b) => b.id));
    if (findings.gone.length) await db.findings.bulkDelete(findings.gone.map(cellKey));
    if (findings.put.length) await db.findings.bulkPut(findings.put);
    if (rubric.gone.length) await db.rubric.bulkDelete(rubric.gone.map(cellKey));
    if (rubric.put.length) await db.rubric.bulkPut(rubric.put);
    // Tombstones only grow in a merge (the union), so none is removed here.
    if (tombstones.put.length) await db.tombstones.bulkPut(tombstones.put);
    return { changed };
  });
}

/**
 * Brings in clips as another copy of the study has them (team sync): `put`
 * are whole clips (kept exactly, their own `updatedAt` included; already
 * validated — `readRemoteSlice` parses every remote record, local ones come
 * from Dexie), `remove` ids of clips that copy no longer has (their tombstones
 * travel separately, so none is written here). `known` are clips of the study
 * as already read in this transaction (their before-state is not read again);
 * with `whole`, they are all of the study's clips. Through the clip-write unit
 * of work, inside the caller's transaction over `clipWriteTables`.
 */
export async function applySyncedClips(
  db: JourneyLensDB,
  put: readonly Clip[],
  remove: readonly string[],
  known: readonly Clip[] = [],
  whole = false,
): Promise<void> {
  if (!put.length && !remove.length) return;
  // A study with no clips here (a new member's first load): every clip is new, the bulk path —
  // unless one of them is stored here under another study (moved there), which it replaces.
  if (whole && !known.length && !remove.length) {
    const stored = await db.clips.where(':id').anyOf(put.map((c) => c.id)).primaryKeys();
    if (!stored.length) return addClips(db, put);
  }
  const mine = new Map(known.map((c) => [c.id, c]));
  const unknown = [...new Set([...put.map((c) => c.id), ...remove].filter((id) => !mine.has(id)))];
  // Clips outside the slice read (another study's, or outside a narrow scope) are read by id.
  if (unknown.length) for (const c of await db.clips.bulkGet(unknown)) if (c) mine.set(c.id, c);
  await withClipWrites(db, async (w) => {
    const kept = new Set(put.map((c) => c.id));
    for (const id of remove) {
      const old = mine.get(id);
      if (old && !kept.has(id)) w.remove(old, { tombstone: false });
    }
    for (const clip of put) {
      const old = mine.get(clip.id);
      if (old) w.replace(old, clip);
      else w.add(clip);
    }
  });
}
