import Dexie, { type Table } from 'dexie';
import { applyClip, cellKeyOf, cellKeyString, emptyCell, type CellAggregate, type CellKey } from '../matrix/cell-aggregate';
import type { Clip } from '../model';
import { newId, nowIso } from '../model/make-id';
import { buildTermBlock, type TermBlock, type TermShard } from '../search/term-blocks';
import { searchTerms } from '../search/terms';
import { blocksHolding } from './block-members';
import { clipRowsOf } from './clip-rows-repo';
import { buildRowPages, pageWithout, type RowPage } from './row-blocks';
import type { ClipTerms, JourneyLensDB, StoredClip, Tombstone } from './database';
import { ofStudy, withKeyPrefix } from './clip-reads';
import { groupBy } from '../group-by';

/**
 * The one way clips are written. A unit of work collects what happens to
 * clips — added, replaced, removed — and then writes the clips together with
 * everything derived from them, in the caller's transaction:
 *
 * - the free-text search index over quote, note and title: `clipTerms` (one
 *   multi-entry indexed row per clip) for clips written a few at a time, and
 *   for `BLOCK_MIN` or more clips of one study at once an immutable term block
 *   (`termBlocks` + `termShards`, lib/search/term-blocks), far cheaper to store;
 * - each clip's pre-formatted CSV columns (clip-rows-repo): a `clipRows` record
 *   per clip, or, for the clips of a new term block, a few `blockRows` pages
 *   (row-blocks.ts), a page written again without a clip's row when that clip changes or goes;
 * - `cells`: the brand × stage aggregates the matrix reads (one delta per cell,
 *   `newest` re-read from the index only when the newest clip of a cell left it);
 * - `tombstones`: a removed clip leaves one (so merges delete it too), unless asked not to.
 *
 * No other code writes these four tables (the schema upgrades in database.ts
 * aside, and `rebuildCells`, the repair path, below). A caller that opens its
 * own transaction includes `clipWriteTables(db)` in it.
 */
export interface ClipWrites {
  /** A clip that is not stored yet (the write fails, and the transaction with it, when its id is taken). */
  add(clip: Clip, opts?: { undelete?: boolean }): void;
  /** A stored clip (`before`, as read) becomes `after` (same id). */
  replace(before: Clip, after: Clip): void;
  /** Removes a stored clip (as read); it leaves a tombstone unless `tombstone: false`. */
  remove(clip: Clip, opts?: { tombstone?: boolean }): void;
  /** Writes what was queued so far (reads after it see it). The unit of work flushes at its end anyway. */
  flush(): Promise<void>;
}

/** The tables a unit of work writes: a caller's own transaction must include them. */
export function clipWriteTables(db: JourneyLensDB): Table[] {
  return [db.clips, db.clipTerms, db.termBlocks, db.termShards, db.clipRows, db.blockRows, db.cells, db.tombstones];
}

/** From this many clips of one study in one flush, their search terms go into a term block. */
export const BLOCK_MIN = 256;

/** Where search terms go; `blockMin` (default `BLOCK_MIN`) is lowered by tests to reach the block path with few clips. */
export interface TermPlacement {
  blockMin?: number;
}

/**
 * Runs `body` with a unit of work and writes what it queued, in one read-write
 * transaction (the caller's, when called inside one that includes
 * `clipWriteTables`). Returns what `body` returns.
 */
export async function withClipWrites<T>(db: JourneyLensDB, body: (w: ClipWrites) => T | Promise<T>, opts: TermPlacement = {}): Promise<T> {
  return inClipTransaction(db, async () => {
    const w = new UnitOfWork(db, opts.blockMin ?? BLOCK_MIN);
    const result = await body(w);
    await w.flush();
    return result;
  });
}

/** Runs `run` in the caller's transaction when it is a read-write one over `clipWriteTables` (so `run` may read its other tables), else in one of its own. */
function inClipTransaction<T>(db: JourneyLensDB, run: () => Promise<T>): Promise<T> {
  const tx = Dexie.currentTransaction;
  const inside = !!tx && tx.db === db && tx.mode === 'readwrite' && clipWriteTables(db).every((t) => tx.storeNames.includes(t.name));
  // An async function, so Dexie keeps its transaction across the native awaits inside `run`.
  return inside ? run() : db.transaction('rw', clipWriteTables(db), async () => run());
}

/** Clips per unit of work (one transaction each) on the bulk path; the first unit takes `FIRST_CHUNK`. */
export const BULK_CHUNK = 5000;
const FIRST_CHUNK = 1000;

/**
 * Adds many new clips through the unit of work, `chunk` at a time, each chunk
 * in its own transaction (or all in the caller's, inside one): the bulk path
 * (restores, bulk seeding). A CSV import (`saveDrafts`) is one unit: all or nothing.
 */
export async function addClips(db: JourneyLensDB, clips: readonly Clip[], chunk = BULK_CHUNK, opts: TermPlacement = {}): Promise<void> {
  // A pipeline: the JavaScript of a chunk (search terms, blocks, CSV rows) runs while the
  // database still writes the chunk before; the writes themselves stay one chunk after another.
  // The first chunk is small, so the database starts writing early.
  let writing: Promise<void> | undefined;
  for (let i = 0, size = Math.min(chunk, FIRST_CHUNK); i < clips.length; i += size, size = chunk) {
    const w = new UnitOfWork(db, opts.blockMin ?? BLOCK_MIN);
    for (const clip of clips.slice(i, i + size)) w.add(clip);
    const prepared = w.prepare();
    await writing;
    writing = prepared && inClipTransaction(db, () => w.write(prepared));
  }
  await writing;
}

/**
 * Removes every clip of a study and all that derives from them (terms, rows,
 * cells), without clip tombstones (the study's own tombstone carries the
 * deletion). Returns the clips, so `addClips` can put them back. Call inside a
 * read-write transaction over `clipWriteTables`.
 */
export async function removeStudyClips(db: JourneyLensDB, studyId: string): Promise<Clip[]> {
  return db.transaction('rw', clipWriteTables(db), async () => {
    const clips = await ofStudy(db.clips, studyId).toArray();
    const ids = clips.map((c) => c.id);
    await Promise.all([
      db.clips.bulkDelete(ids),
      db.clipTerms.bulkDelete(ids),
      withKeyPrefix(db.termBlocks, '[studyId+block]', [studyId]).delete(),
      withKeyPrefix(db.termShards, '[studyId+shard+block]', [studyId]).delete(),
      ofStudy(db.clipRows, studyId).delete(),
      withKeyPrefix(db.blockRows, '[studyId+block+page]', [studyId]).delete(),
      db.cells.where('studyId').equals(studyId).delete(),
    ]);
    return clips;
  });
}

/** Empties the clips and their derived tables (a restore that replaces everything). Tombstones are the caller's. */
export async function clearAllClips(db: JourneyLensDB): Promise<void> {
  await db.transaction('rw', clipWriteTables(db), () =>
    Promise.all([db.clips.clear(), db.clipTerms.clear(), db.termBlocks.clear(), db.termShards.clear(), db.clipRows.clear(), db.blockRows.clear(), db.cells.clear()]),
  );
}

/** A clip's row in `clipTerms`: the free-text index over its quote, note and title. */
export function termsRow(clip: Clip): ClipTerms {
  return { id: clip.id, terms: searchTerms(`${clip.quote}\n${clip.note}\n${clip.title}`) };
}

/** Rebuilds a study's cells from its clips: the repair path, and the check the unit of work must equal. */
export async function rebuildCells(db: JourneyLensDB, studyId: string): Promise<CellAggregate[]> {
  return db.transaction('rw', db.clips, db.cells, async () => {
    const cells = new Map<string, CellAggregate>();
    await ofStudy(db.clips, studyId).each((clip) => {
      const k = `${clip.brandId}\u0000${clip.stageId}`;
      cells.set(k, applyClip(cells.get(k) ?? emptyCell(studyId, clip.brandId, clip.stageId), clip, 1));
    });
    await db.cells.where('studyId').equals(studyId).delete();
    await db.cells.bulkPut([...cells.values()]);
    return [...cells.values()];
  });
}

/** What one clip id comes to in a unit of work: as stored before it, and after it (undefined: gone). */
interface Change {
  before: Clip | undefined;
  after: Clip | undefined;
  tombstone: boolean;
  undelete: boolean;
}

/** A unit of work's changes, and everything derived from them that needs no database. */
interface Prepared {
  changes: Change[];
  added: StoredClip[];
  replaced: StoredClip[];
  gone: string[];
  terms: ReturnType<typeof placeTerms>;
  rowed: ReturnType<typeof placeRows>;
  tombstones: Tombstone[];
  undeleted: string[];
}

/** A cell's net change: summed counts, the newest capture added, the newest removed. */
interface CellDelta {
  key: CellKey;
  sum: CellAggregate;
  addedNewest: string;
  removedNewest: string;
}

/** Whether a changed clip's search terms stay where they are (same text, same study). */
const sameTerms = (a: Clip, b: Clip) => a.quote === b.quote && a.note === b.note && a.title === b.title && a.studyId === b.studyId;

/**
 * Where the search terms of `clips` go: a term block per study with at least
 * `blockMin` of them, `clipTerms` rows for the rest. `replaced` clips moving
 * into a block lose their old `clipTerms` row (`unrow`). `placed` lists each
 * new block's clips: their CSV rows go into a row block of the same key.
 */
function placeTerms(clips: readonly Clip[], replaced: ReadonlySet<string>, blockMin: number) {
  const byStudy = groupBy(clips, (c) => c.studyId);
  const rows: ClipTerms[] = [];
  const blocks: TermBlock[] = [];
  const shards: TermShard[] = [];
  const unrow: string[] = [];
  const placed: { studyId: string; block: string; clips: Clip[] }[] = [];
  for (const [studyId, list] of byStudy) {
    if (list.length < blockMin) {
      for (const c of list) rows.push(termsRow(c));
      continue;
    }
    const made = buildTermBlock(studyId, newId(), list.map(termsRow));
    blocks.push(made.block);
    shards.push(...made.shards);
    placed.push({ studyId, block: made.block.block, clips: list });
    for (const c of list) if (replaced.has(c.id)) unrow.push(c.id);
  }
  return { rows, blocks, shards, unrow, placed };
}

/**
 * The CSV rows of `clips`: of those in a new term block (`placed`), one row
 * block each; of the others, one `clipRows` record each. `unformatted`: clips
 * that cannot be written as CSV get no row anywhere (the export then reads clips).
 */
function placeRows(clips: readonly Clip[], placed: readonly { studyId: string; block: string; clips: Clip[] }[]) {
  const inBlock = new Set<string>();
  const pages: RowPage[] = [];
  const unformatted: string[] = [];
  for (const p of placed) {
    const made = clipRowsOf(p.clips);
    for (const c of p.clips) inBlock.add(c.id);
    unformatted.push(...made.unformatted);
    pages.push(...buildRowPages(p.studyId, p.block, made.rows));
  }
  const single = clipRowsOf(inBlock.size ? clips.filter((c) => !inBlock.has(c.id)) : clips);
  unformatted.push(...single.unformatted);
  return { rows: single.rows, pages, unformatted };
}

class UnitOfWork implements ClipWrites {
  private changes = new Map<string, Change>();

  constructor(
    private readonly db: JourneyLensDB,
    private readonly blockMin: number,
  ) {}

  add(clip: Clip, opts: { undelete?: boolean } = {}): void {
    const known = this.changes.get(clip.id);
    if (known) {
      known.after = clip;
      known.tombstone = false;
      known.undelete ||= !!opts.undelete;
    } else {
      this.changes.set(clip.id, { before: undefined, after: clip, tombstone: false, undelete: !!opts.undelete });
    }
  }

  replace(before: Clip, after: Clip): void {
    if (before.id !== after.id) throw new Error('a clip keeps its id when it changes');
    const known = this.changes.get(before.id);
    if (known) known.after = after;
    else this.changes.set(before.id, { before, after, tombstone: false, undelete: false });
  }

  remove(clip: Clip, opts: { tombstone?: boolean } = {}): void {
    const known = this.changes.get(clip.id);
    const tombstone = opts.tombstone ?? true;
    if (known && !known.before) this.changes.delete(clip.id);
    else if (known) Object.assign(known, { after: undefined, tombstone, undelete: false });
    else this.changes.set(clip.id, { before: clip, after: undefined, tombstone, undelete: false });
  }

  async flush(): Promise<void> {
    const prepared = this.prepare();
    if (prepared) await this.write(prepared);
  }

  /** What the queued changes come to, computed without the database (and the queue emptied): undefined when nothing changed. */
  prepare(): Prepared | undefined {
    if (!this.changes.size) return undefined;
    const changes = [...this.changes.values()];
    this.changes = new Map();
    const added: StoredClip[] = [];
    const replaced: StoredClip[] = [];
    const removed: Clip[] = [];
    const termed: Clip[] = [];
    for (const c of changes) {
      if (c.after && !c.before) added.push(c.after);
      else if (c.after) replaced.push(c.after);
      else if (c.before) removed.push(c.before);
      if (c.after && (!c.before || !sameTerms(c.before, c.after))) termed.push(c.after);
    }
    const terms = placeTerms(termed, new Set(replaced.map((c) => c.id)), this.blockMin);
    const rowed = placeRows([...added, ...replaced], terms.placed);
    const now = nowIso();
    const tombstones = changes
      .filter((c) => c.tombstone && c.before && !c.after)
      .map((c) => ({ id: c.before!.id, table: 'clips' as const, studyId: c.before!.studyId, deletedAt: now }));
    const undeleted = changes.filter((c) => c.undelete && c.after).map((c) => c.after!.id);
    return { changes, added, replaced, gone: removed.map((c) => c.id), terms, rowed, tombstones, undeleted };
  }

  /** Writes what `prepare` made, in the current transaction (one over `clipWriteTables`). */
  async write(p: Prepared): Promise<void> {
    const db = this.db;
    const { added, replaced, gone, terms, rowed, tombstones, undeleted } = p;
    // Rows in row blocks written before this flush, of clips that changed or went: those blocks are written again without them.
    const stale = await this.staleBlockRows(p.changes);
    if (rowed.unformatted.length) {
      console.warn(`journey-lens: ${rowed.unformatted.length} clip(s) have no CSV row (unformattable); exports read clips instead`);
    }
    const writes: Promise<unknown>[] = [];
    if (added.length) writes.push(db.clips.bulkAdd(added));
    if (replaced.length) writes.push(db.clips.bulkPut(replaced));
    if (gone.length) writes.push(db.clips.bulkDelete(gone), db.clipTerms.bulkDelete(gone));
    if (terms.rows.length) writes.push(db.clipTerms.bulkPut(terms.rows));
    if (terms.unrow.length) writes.push(db.clipTerms.bulkDelete(terms.unrow));
    if (terms.blocks.length) writes.push(db.termBlocks.bulkAdd(terms.blocks), db.termShards.bulkAdd(terms.shards));
    if (rowed.rows.length) writes.push(db.clipRows.bulkPut(rowed.rows));
    // A clip's row moves into a row block (`unrow`), or it has none (gone, unformattable): its `clipRows` record goes.
    const unrowed = [...gone, ...rowed.unformatted, ...terms.unrow];
    if (unrowed.length) writes.push(db.clipRows.bulkDelete(unrowed));
    if (stale.put.length) writes.push(db.blockRows.bulkPut(stale.put));
    if (stale.drop.length) writes.push(db.blockRows.bulkDelete(stale.drop));
    if (rowed.pages.length) writes.push(db.blockRows.bulkAdd(rowed.pages));
    if (tombstones.length) writes.push(db.tombstones.bulkPut(tombstones));
    if (undeleted.length) writes.push(db.tombstones.bulkDelete(undeleted));
    await Promise.all(writes);
    await this.writeCells(p.changes);
  }

  /**
   * The stored row pages that hold rows of clips changed or removed in this
   * unit, written again without those rows (`put`), or deleted when none is left (`drop`).
   */
  private async staleBlockRows(changes: readonly Change[]): Promise<{ put: RowPage[]; drop: [string, string, number][] }> {
    const befores = changes.flatMap((c) => (c.before ? [c.before] : []));
    const put: RowPage[] = [];
    const drop: [string, string, number][] = [];
    for (const [studyId, clips] of groupBy(befores, (c) => c.studyId)) {
      for (const [block, held] of await blocksHolding(this.db, studyId, clips.map((c) => c.id))) {
        const gone = new Set(held);
        for (const page of await withKeyPrefix(this.db.blockRows, '[studyId+block+page]', [studyId, block]).toArray()) {
          const next = pageWithout(page, gone);
          if (!next) drop.push([studyId, block, page.page]);
          else if (next !== page) put.push(next);
        }
      }
    }
    return { put, drop };
  }

  /** Applies the net change of every touched cell: one read and one write per cell, not per clip. */
  private async writeCells(changes: readonly Change[]): Promise<void> {
    const deltas = new Map<string, CellDelta>();
    const deltaOf = (clip: Clip): CellDelta => {
      const key = cellKeyOf(clip);
      const k = cellKeyString(key);
      let d = deltas.get(k);
      if (!d) deltas.set(k, (d = { key, sum: emptyCell(...key), addedNewest: '', removedNewest: '' }));
      return d;
    };
    for (const c of changes) {
      if (c.before) {
        const d = deltaOf(c.before);
        d.sum = signed(d.sum, c.before, -1);
        if (c.before.capturedAt > d.removedNewest) d.removedNewest = c.before.capturedAt;
      }
      if (c.after) {
        const d = deltaOf(c.after);
        d.sum = signed(d.sum, c.after, 1);
        if (c.after.capturedAt > d.addedNewest) d.addedNewest = c.after.capturedAt;
      }
    }
    const all = [...deltas.values()];
    const current = await this.db.cells.bulkGet(all.map((d) => d.key));
    const put: CellAggregate[] = [];
    const drop: CellKey[] = [];
    for (const [i, d] of all.entries()) {
      const cell = current[i] ?? emptyCell(...d.key);
      const next: CellAggregate = {
        ...cell,
        count: cell.count + d.sum.count,
        scoreSum: cell.scoreSum + d.sum.scoreSum,
        scoreCount: cell.scoreCount + d.sum.scoreCount,
        positive: cell.positive + d.sum.positive,
        neutral: cell.neutral + d.sum.neutral,
        negative: cell.negative + d.sum.negative,
        newest: d.addedNewest > cell.newest ? d.addedNewest : cell.newest,
      };
      if (next.count <= 0) {
        if (current[i]) drop.push(d.key);
        continue;
      }
      // The newest clip may have left the cell: read the newest still in it.
      if (d.removedNewest && d.removedNewest >= cell.newest) next.newest = await this.newestIn(d.key);
      put.push(next);
    }
    await Promise.all([put.length ? this.db.cells.bulkPut(put) : undefined, drop.length ? this.db.cells.bulkDelete(drop) : undefined]);
  }

  private async newestIn([studyId, brandId, stageId]: CellKey): Promise<string> {
    const last = await this.db.clips
      .where('[studyId+brandId+stageId+capturedAt]')
      .between([studyId, brandId, stageId, Dexie.minKey], [studyId, brandId, stageId, Dexie.maxKey])
      .last();
    return last?.capturedAt ?? '';
  }
}

/** A clip's contribution added to (1) or taken from (-1) a running sum, which may go below zero. */
function signed(sum: CellAggregate, clip: Clip, sign: 1 | -1): CellAggregate {
  sum.count += sign;
  if (clip.score != null) {
    sum.scoreSum += sign * clip.score;
    sum.scoreCount += sign;
  }
  if (clip.sentiment) sum[clip.sentiment] += sign;
  return sum;
}
