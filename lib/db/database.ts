import Dexie, { type EntityTable } from 'dexie';
import type { AnchorCandidate, Brand, Clip, Finding, Framework, Study, Walk, WalkStep } from '../model';
import type { CellAggregate } from '../matrix/cell-aggregate';
import type { RubricRecord } from '../matrix/coverage';
import type { ClipRow } from './clip-rows-repo';
import type { RowPage } from './row-blocks';
import type { StudyStageModel } from '../stage-model/study-model';
import type { TermBlock, TermShard } from '../search/term-blocks';

/** A clip as stored (since v2 its search terms live in `clipTerms`, keeping clip rows small). */
export type StoredClip = Clip;

/** A clip's search terms (words and CJK bigrams), multi-entry indexed for free-text search. */
export interface ClipTerms {
  id: string;
  terms: string[];
}

/** A record that was deleted, kept so a merge of two backups deletes it on both sides. */
export interface Tombstone {
  id: string;
  table: 'clips' | 'brands' | 'studies' | 'findings' | 'walks';
  studyId: string;
  deletedAt: string;
  /** Set when a brand was merged into another: backups merged later move the brand's records there. */
  mergedInto?: string;
}

/** What re-anchoring last found for a clip on its page. */
export interface AnchorState {
  clipId: string;
  studyId: string;
  status: 'anchored' | 'changed' | 'orphan';
  /** The text found on the page when it differs from the quote. */
  foundText: string;
  checkedAt: string;
  /** An orphan because several places match: those places, for the researcher to pick one (since v10, optional). */
  candidates?: AnchorCandidate[];
}

export interface Screenshot {
  id: string;
  clipId: string;
  /** image/jpeg or image/webp, already compressed. */
  mime: string;
  data: Blob;
  width: number;
  height: number;
  createdAt: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export type FindingRecord = Finding;

export const DB_NAME = 'journey-lens';

/**
 * The Journey Lens database. A new version lists the stores it adds or
 * changes (Dexie keeps the rest), an upgrade function when data must move, and a
 * fixture database under test/fixtures/db/ that the migration test upgrades.
 */
export class JourneyLensDB extends Dexie {
  studies!: EntityTable<Study, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  brands!: EntityTable<Brand, 'id'>;
  clips!: EntityTable<StoredClip, 'id'>;
  clipTerms!: EntityTable<ClipTerms, 'id'>;
  /** Search terms of clips written in bulk, per study (since v12; see lib/search/term-blocks). */
  termBlocks!: Dexie.Table<TermBlock, [string, string]>;
  termShards!: Dexie.Table<TermShard, [string, number, string]>;
  anchors!: EntityTable<AnchorState, 'clipId'>;
  cells!: Dexie.Table<CellAggregate, [string, string, string]>;
  findings!: Dexie.Table<FindingRecord, [string, string, string]>;
  /** The "what to look for" coverage rubric: ticked checklist items per brand × stage (since v3). */
  rubric!: Dexie.Table<RubricRecord, [string, string, string]>;
  /** Each clip's own CSV columns, pre-formatted as UTF-8 bytes for the export (since v4; see clip-rows-repo). */
  clipRows!: EntityTable<ClipRow, 'id'>;
  /** The CSV rows of clips written in bulk, in pages per term block (since v13; see row-blocks). */
  blockRows!: Dexie.Table<RowPage, [string, string, number]>;
  screenshots!: EntityTable<Screenshot, 'id'>;
  /** What each study taught the stage suggestion (since v5; id = studyId; see stage-models-repo). */
  stageModels!: EntityTable<StudyStageModel & { id: string }, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  /** Walk-throughs (since v11): one row per recorded walk, and its steps (see lib/walks). */
  walks!: EntityTable<Walk, 'id'>;
  walkSteps!: EntityTable<WalkStep, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      studies: 'id, updatedAt',
      frameworks: 'id',
      brands: 'id, studyId, [studyId+nameKey]',
      clips:
        'id, studyId, urlKey, updatedAt, [studyId+brandId+stageId+capturedAt], [studyId+capturedAt+id], *terms, *tags',
      cells: '[studyId+brandId+stageId], studyId',
      findings: '[studyId+brandId+stageId], studyId',
      screenshots: 'id, clipId',
      tombstones: 'id, studyId',
      meta: 'key',
    });
    // v2: search terms move out of clip rows into `clipTerms`, so reading clips
    // (lists, exports) does not drag hundreds of terms per clip along.
    this.version(2)
      .stores({
        clips: 'id, studyId, urlKey, updatedAt, [studyId+brandId+stageId+capturedAt], [studyId+capturedAt+id], *tags',
        clipTerms: 'id, *terms',
        anchors: 'clipId, studyId, [studyId+status]',
      })
      .upgrade(async (tx) => {
        const clips = tx.table('clips');
        const terms = tx.table('clipTerms');
        let batch: (Clip & { terms?: string[] })[] = [];
        const flush = async () => {
          await terms.bulkPut(batch.map((c) => ({ id: c.id, terms: c.terms ?? [] })));
          await clips.bulkPut(batch.map(({ terms: _t, ...c }) => c));
          batch = [];
        };
        const all = (await clips.toArray()) as (Clip & { terms?: string[] })[];
        for (const c of all) {
          batch.push(c);
          if (batch.length >= 2000) await flush();
        }
        if (batch.length) await flush();
      });
    // v3: the coverage rubric, one row per brand × stage with its ticked
    // checklist items. Only the new store is listed: Dexie keeps the others.
    this.version(3).stores({
      rubric: '[studyId+brandId+stageId], studyId',
    });
    // v4: every clip's own CSV columns, pre-formatted, so exporting 100k clips
    // reads a few hundred bytes per clip rather than whole clip objects. Rows are
    // written with the clip in the same transaction (the clip-write unit of work, clip-writes.ts); this backfills
    // them for existing clips, in batches by primary key.
    this.version(4)
      .stores({
        clipRows: 'id, studyId, [studyId+capturedAt+id]',
      })
      .upgrade(async (tx) => {
        // The formatter loads on demand (it stays out of the side panel's first
        // paint); waitFor keeps the upgrade transaction alive meanwhile.
        const { rebuildClipRows } = await Dexie.waitFor(import('./clip-rows-repo'));
        await rebuildClipRows(tx);
      });
    // v5: a learned stage-suggestion model per study, updated by every saved clip.
    this.version(5).stores({
      stageModels: 'id, studyId',
    });
    // v6: clips may carry the review, post or listing they were taken from
    // (`item`, optional; no index). Every stored CSV row gains the item columns
    // author … currency after captured_at: rebuilt here.
    this.version(6)
      .stores({})
      .upgrade(async (tx) => {
        const { rebuildClipRows } = await Dexie.waitFor(import('./clip-rows-repo'));
        await rebuildClipRows(tx);
      });
    // v7: every text cell of the CSV is quoted (so no separator a spreadsheet
    // guesses can split it); the stored rows are rebuilt in the new form.
    this.version(7)
      .stores({})
      .upgrade(async (tx) => {
        const { rebuildClipRows } = await Dexie.waitFor(import('./clip-rows-repo'));
        await rebuildClipRows(tx);
      });
    // v11: walk-throughs. `tabId` finds the walk a tab is recording; steps are
    // read per walk in time order.
    this.version(11).stores({
      walks: 'id, studyId, [studyId+brandId+stageId], tabId',
      walkSteps: 'id, walkId, studyId, [walkId+at]',
    });
    // v12: clips written in bulk (import, restore, sync's first load) keep their
    // search terms in immutable per-study blocks instead of one multi-entry index
    // entry per clip and term; `clipTerms` keeps indexing clips written a few at a time.
    // Clips and CSV rows lose their plain `studyId` index (one index entry less per
    // clip and per row to write): a study's clips or rows are read with `ofStudy`
    // (clip-reads.ts), the study's range of `[studyId+capturedAt+id]`.
    this.version(12).stores({
      clips: 'id, urlKey, updatedAt, [studyId+brandId+stageId+capturedAt], [studyId+capturedAt+id], *tags',
      clipRows: 'id, [studyId+capturedAt+id]',
      termBlocks: '[studyId+block]',
      termShards: '[studyId+shard+block]',
    });
    // v13: the CSV rows of clips written in bulk go into a few pages per term
    // block (`blockRows`, see row-blocks.ts) instead of one `clipRows` record per
    // clip. Rows already stored stay where they are, made current where they are
    // not: v5–v7 were made on parallel branches, so a v7 database (or a v11 one from
    // before they were merged) skipped a rebuild of its rows (`repairClipRows`).
    this.version(13)
      .stores({
        blockRows: '[studyId+block+page]',
      })
      .upgrade(async (tx) => {
        const { repairClipRows } = await Dexie.waitFor(import('./clip-rows-repo'));
        const repaired = await repairClipRows(tx);
        if (repaired) console.warn(`journey-lens: ${repaired} stored CSV row(s) were out of date and were made again`);
      });
  }
}

let shared: JourneyLensDB | undefined;

/** The one database of this extension context. */
export function getDb(): JourneyLensDB {
  shared ??= new JourneyLensDB();
  return shared;
}

/** Tests swap in their own database (fake-indexeddb). */
export function setDbForTests(db: JourneyLensDB | undefined): void {
  shared = db;
}
