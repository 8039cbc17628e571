import { mergeRubricRows } from '../matrix/rubric-merge';
import type { Brand, Clip, Finding, Framework, Study, Walk, WalkStep } from '../model';
import type { BackupDoc, ScreenshotRecord, TombstoneRecord } from './backup-schema';
import { mergeBackupPreferences } from '../preferences/backup-preferences';

/**
 * Combines two backups, as a team does until there is sync. Records are
 * matched by id; the newer `updatedAt` wins, and on a tie the larger
 * canonical form, so the result does not depend on the order
 * (merge(A, B) = merge(B, A)) and merging a file twice changes nothing
 * (merge(A, A) = A). Deletions travel as tombstones: a record deleted on
 * one side at or after its last edit on the other is gone from the result.
 * Rubric ticks merge per checklist item (see mergeRubricRows): ticks made on
 * either side add up, and the later of a tick and an untick wins.
 * A brand merged into another on one side (its tombstone says `mergedInto`)
 * takes the other side's work with it: clips, findings and ticks made there on
 * the old brand move to the brand it was merged into, instead of vanishing.
 */
export function mergeBackups(a: BackupDoc, b: BackupDoc): BackupDoc {
  const tombstones = unionBy([...a.tombstones, ...b.tombstones], (t) => t.id, newerTombstone);
  const dead = new Map(tombstones.map((t) => [t.id, t.deletedAt]));
  const alive = <T extends { updatedAt: string }>(id: string, r: T) => {
    const at = dead.get(id);
    return at === undefined || r.updatedAt > at;
  };
  const studies = unionBy([...a.studies, ...b.studies], (s) => s.id, newer<Study>).filter((s) => alive(s.id, s));
  const frameworks = unionBy([...a.frameworks, ...b.frameworks], (f) => f.id, newer<Framework>);
  const studyIds = new Set(studies.map((s) => s.id));
  const brands = unionBy([...a.brands, ...b.brands], (x) => x.id, newer<Brand>).filter(
    (x) => alive(x.id, x) && studyIds.has(x.studyId),
  );
  const brandIds = new Set(brands.map((x) => x.id));
  const brandStudy = new Map(brands.map((x) => [x.id, x.studyId]));
  const mergedInto = new Map(tombstones.flatMap((t) => (t.table === 'brands' && t.mergedInto ? [[t.id, t.mergedInto] as const] : [])));
  /** Where a record of brand `id` (in `studyId`) lives now: the brand itself, or the one it was merged into (chains followed). */
  const home = (id: string, studyId: string): string | undefined => {
    let at = id;
    for (let hops = 0; !brandIds.has(at) && mergedInto.has(at) && hops < 50; hops++) at = mergedInto.get(at)!;
    return brandIds.has(at) && brandStudy.get(at) === studyId ? at : undefined;
  };
  const rehome = <T extends { brandId: string; studyId: string }>(rows: T[]): T[] =>
    rows.flatMap((r) => {
      const at = home(r.brandId, r.studyId);
      return at === undefined ? [] : [at === r.brandId ? r : { ...r, brandId: at }];
    });
  const clips = rehome(unionBy([...a.clips, ...b.clips], (c) => c.id, newer<Clip>).filter((c) => alive(c.id, c)));
  const clipIds = new Set(clips.map((c) => c.id));
  // A finding moved by a brand merge takes the id of its new cell: a deletion of that cell's
  // finding at or after its last edit deletes it there too (checked before and after the move).
  const findings = unionBy(
    rehome(unionBy([...a.findings, ...b.findings], findingId, newer<Finding>).filter((f) => alive(findingId(f), f))).filter((f) => alive(findingId(f), f)),
    findingId,
    newer<Finding>,
  );
  const rubric = unionBy(rehome(unionBy([...a.rubric, ...b.rubric], findingId, mergeRubricRows)), findingId, mergeRubricRows);
  const screenshots = unionBy([...a.screenshots, ...b.screenshots], (s) => s.id, larger<ScreenshotRecord>).filter((s) =>
    clipIds.has(s.clipId),
  );
  // Walks follow their brand like clips do; a step goes with its walk (steps are never edited apart from review, larger wins on a tie).
  const walks = rehome(unionBy([...(a.walks ?? []), ...(b.walks ?? [])], (w) => w.id, newer<Walk>).filter((w) => alive(w.id, w)));
  const walkIds = new Set(walks.map((w) => w.id));
  const walkSteps = unionBy([...(a.walkSteps ?? []), ...(b.walkSteps ?? [])], (s) => s.id, larger<WalkStep>).filter((s) => walkIds.has(s.walkId));
  return {
    format: a.format,
    version: a.version,
    exportedAt: a.exportedAt > b.exportedAt ? a.exportedAt : b.exportedAt,
    activeStudyId: pickActive(a, b, studyIds),
    studies: sortById(studies),
    frameworks: sortById(frameworks),
    brands: sortById(brands),
    clips: sortById(clips),
    findings: findings.sort((x, y) => cmp(findingId(x), findingId(y))),
    screenshots: sortById(screenshots),
    tombstones: sortById(tombstones),
    rubric: rubric.sort((x, y) => cmp(findingId(x), findingId(y))),
    walks: sortById(walks),
    walkSteps: sortById(walkSteps),
    ...withPreferences(mergeBackupPreferences(a.preferences, b.preferences, studyIds, larger)),
  };
}

const withPreferences = (preferences: BackupDoc['preferences']) => (preferences ? { preferences } : {});

export function findingId(f: Pick<Finding, 'studyId' | 'brandId' | 'stageId'>): string {
  return `${f.studyId}/${f.brandId}/${f.stageId}`;
}

function pickActive(a: BackupDoc, b: BackupDoc, studyIds: Set<string>): string | null {
  const candidates = [a.activeStudyId, b.activeStudyId].filter((x): x is string => !!x && studyIds.has(x)).sort();
  return candidates[0] ?? null;
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((x, y) => cmp(x.id, y.id));
}

/** A canonical form: keys sorted at every level, so equal records compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([p], [q]) => cmp(p, q)))
      : v,
  );
}

function larger<T>(x: T, y: T): T {
  return canonical(x) >= canonical(y) ? x : y;
}

export function newer<T extends { updatedAt: string }>(x: T, y: T): T {
  if (x.updatedAt !== y.updatedAt) return x.updatedAt > y.updatedAt ? x : y;
  return larger(x, y);
}

export function newerTombstone(x: TombstoneRecord, y: TombstoneRecord): TombstoneRecord {
  if (x.deletedAt !== y.deletedAt) return x.deletedAt > y.deletedAt ? x : y;
  return larger(x, y);
}

function unionBy<T>(rows: T[], key: (r: T) => string, pick: (x: T, y: T) => T): T[] {
  const out = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const have = out.get(k);
    out.set(k, have === undefined ? r : pick(have, r));
  }
  return [...out.values()];
}
