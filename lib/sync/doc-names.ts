import { stableId } from '../model/stable-id';

/**
 * How a shared study is cut into Yjs documents. One document per study holds the
 * study, its custom framework, brands, findings, rubric and their tombstones;
 * clips live in partition documents by capture month and a hash of the id
 * (`c-2026-12-3`), so each document only grows with the clips captured in one
 * month. A clip's partition never changes (its id and capture time are fixed);
 * a clip's tombstone goes to the partition of its deletion month, and readers
 * union every partition of the study.
 */
export const PARTITION_BUCKETS = 8;

export function metaDocName(studyId: string): string {
  return `jl/${studyId}`;
}

export function partDocName(studyId: string, part: string): string {
  return `jl/${studyId}/${part}`;
}

export const PART_NAME = /^c-\d{4}-\d{2}-[0-9a-f]$/;

function bucketOf(id: string): string {
  return (parseInt(stableId('', id).slice(-2), 16) % PARTITION_BUCKETS).toString(16);
}

/** The partition of a clip (by its capture time) or of a clip tombstone (by its deletion time). */
export function partitionOf(id: string, at: string): string {
  const month = /^\d{4}-\d{2}/.exec(at)?.[0] ?? '0000-00';
  return `c-${month}-${bucketOf(id)}`;
}
