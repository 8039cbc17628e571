import type * as Y from 'yjs';
import { TombstoneSchema } from '../backup/backup-schema';
import { canonical, findingId, newer, newerTombstone } from '../backup/merge-backups';
import type { Tombstone } from '../db/database';
import { RubricSchema } from '../db/rubric-repo';
import { mergeRubricRows } from '../matrix/rubric-merge';
import { BrandSchema, ClipSchema, FindingSchema, FrameworkSchema, StudySchema } from '../model';
import { partitionOf } from './doc-names';
import type { StudySlice } from './study-slice';

/**
 * The Yjs side of a shared study: flat JSON records in Y.Maps keyed by record id
 * (findings and rubric rows by `study/brand/stage`). Yjs is only the log: it
 * keeps, per key, whichever concurrent write its clientID order picks, and every
 * client re-asserts its own copy when that copy wins under the backup-merge rules
 * (`newer`, `newerTombstone`, `mergeRubricRows`), so the maps settle on the same
 * records `mergeBackups` picks. Deletions are tombstones; keys are never removed.
 */
export const META_MAPS = ['studies', 'frameworks', 'brands', 'findings', 'rubric', 'tombstones', 'parts'] as const;
export const PART_MAPS = ['clips', 'tombstones'] as const;

export interface StudyDocs {
  meta: Y.Doc;
  /** Partition name → its document (only the synced ones are read or written). */
  parts: Map<string, Y.Doc>;
}

type Parser<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false } };

function readMap<T>(doc: Y.Doc, name: string, schema: Parser<T>, keep: (r: T) => boolean): T[] {
  const out: T[] = [];
  doc.getMap(name).forEach((value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success && keep(parsed.data)) out.push(parsed.data);
  });
  return out;
}

function readKeys<T>(doc: Y.Doc, name: string, keys: readonly string[], schema: Parser<T>, keep: (r: T) => boolean): T[] {
  const map = doc.getMap(name);
  const out: T[] = [];
  for (const k of keys) {
    if (!map.has(k)) continue;
    const parsed = schema.safeParse(map.get(k));
    if (parsed.success && keep(parsed.data)) out.push(parsed.data);
  }
  return out;
}

/**
 * Every valid record of `studyId` in the documents (records of other studies or that fail
 * validation are ignored). With `clipIds`, only those clips and their tombstones are read
 * from the partitions (the study document is always read whole).
 */
export function readRemoteSlice(docs: StudyDocs, studyId: string, clipIds?: readonly string[]): StudySlice {
  const mine = (r: { studyId: string }) => r.studyId === studyId;
  const tomb = (t: Tombstone) => t.studyId === studyId && t.table !== 'studies';
  const clips = [];
  const tombstones = readMap(docs.meta, 'tombstones', TombstoneSchema, tomb);
  for (const doc of docs.parts.values()) {
    if (clipIds) {
      clips.push(...readKeys(doc, 'clips', clipIds, ClipSchema, mine));
      tombstones.push(...readKeys(doc, 'tombstones', clipIds, TombstoneSchema, tomb));
      continue;
    }
    clips.push(...readMap(doc, 'clips', ClipSchema, mine));
    tombstones.push(...readMap(doc, 'tombstones', TombstoneSchema, tomb));
  }
  const studies = readMap(docs.meta, 'studies', StudySchema, (s) => s.id === studyId);
  const frameworkId = studies[0]?.frameworkId;
  return {
    studies,
    frameworks: readMap(docs.meta, 'frameworks', FrameworkSchema, (f) => f.id === frameworkId),
    brands: readMap(docs.meta, 'brands', BrandSchema, mine),
    clips,
    findings: readMap(docs.meta, 'findings', FindingSchema, mine),
    rubric: readMap(docs.meta, 'rubric', RubricSchema, mine),
    tombstones,
  };
}

/** The partitions this slice's clips and clip tombstones are written to. */
export function partitionsNeeded(local: StudySlice): Set<string> {
  const out = new Set<string>();
  for (const c of local.clips) out.add(partitionOf(c.id, c.capturedAt));
  for (const t of local.tombstones) if (t.table === 'clips') out.add(partitionOf(t.id, t.deletedAt));
  return out;
}

const plain = (r: unknown): unknown => JSON.parse(JSON.stringify(r));

/**
 * Writes into the documents every local record that wins over the documents'
 * copy (or that they lack). Returns how many records were written. Runs each
 * document's writes in one Yjs transaction with `origin`.
 */
export function publishSlice(docs: StudyDocs, local: StudySlice, remote: StudySlice, origin: unknown): number {
  let written = 0;
  const setIfWins = <T>(map: Y.Map<unknown>, key: string, mine: T, theirs: T | undefined, pick: (x: T, y: T) => T) => {
    const winner = theirs === undefined ? mine : pick(theirs, mine);
    if (theirs !== undefined && canonical(winner) === canonical(theirs)) return;
    map.set(key, plain(winner));
    written++;
  };
  const byKey = <T>(rows: T[], key: (r: T) => string, pick: (x: T, y: T) => T) => {
    const m = new Map<string, T>();
    for (const r of rows) {
      const k = key(r);
      const have = m.get(k);
      m.set(k, have === undefined ? r : pick(have, r));
    }
    return m;
  };
  const remoteTombs = byKey(remote.tombstones, (t) => t.id, newerTombstone);
  docs.meta.transact(() => {
    const m = (name: string) => docs.meta.getMap(name);
    const studies = byKey(remote.studies, (s) => s.id, newer);
    for (const s of local.studies) setIfWins(m('studies'), s.id, s, studies.get(s.id), newer);
    const frameworks = byKey(remote.frameworks, (f) => f.id, newer);
    for (const f of local.frameworks) setIfWins(m('frameworks'), f.id, f, frameworks.get(f.id), newer);
    const brands = byKey(remote.brands, (b) => b.id, newer);
    for (const b of local.brands) setIfWins(m('brands'), b.id, b, brands.get(b.id), newer);
    const findings = byKey(remote.findings, findingId, newer);
    for (const f of local.findings) setIfWins(m('findings'), findingId(f), f, findings.get(findingId(f)), newer);
    const rubric = byKey(remote.rubric, findingId, mergeRubricRows);
    for (const r of local.rubric) setIfWins(m('rubric'), findingId(r), r, rubric.get(findingId(r)), mergeRubricRows);
    for (const t of local.tombstones) {
      if (t.table !== 'clips') setIfWins(m('tombstones'), t.id, t, remoteTombs.get(t.id), newerTombstone);
    }
  }, origin);
  const clips = byKey(remote.clips, (c) => c.id, newer);
  const perPart = new Map<string, (() => void)[]>();
  const later = (part: string, f: () => void) => {
    const list = perPart.get(part) ?? [];
    list.push(f);
    perPart.set(part, list);
  };
  for (const c of local.clips) {
    const part = partitionOf(c.id, c.capturedAt);
    later(part, () => setIfWins(docs.parts.get(part)!.getMap('clips'), c.id, c, clips.get(c.id), newer));
  }
  for (const t of local.tombstones) {
    if (t.table !== 'clips') continue;
    const theirs = remoteTombs.get(t.id);
    // Any partition's copy counts: a tombstone already there at least as new is not written again.
    if (theirs && canonical(newerTombstone(theirs, t)) === canonical(theirs)) continue;
    const part = partitionOf(t.id, t.deletedAt);
    later(part, () => setIfWins(docs.parts.get(part)!.getMap('tombstones'), t.id, t, undefined, newerTombstone));
  }
  const partsMap = docs.meta.getMap('parts');
  for (const [part, writes] of perPart) {
    const doc = docs.parts.get(part);
    if (!doc) throw new Error(`partition ${part} is not open`);
    const before = written;
    doc.transact(() => writes.forEach((w) => w()), origin);
    if (written > before && !partsMap.has(part)) docs.meta.transact(() => partsMap.set(part, true), origin);
  }
  return written;
}
