import { loadMatrixView } from '@/lib/ui-services/matrix-view';
import { viewPrefsPref } from '../preferences/view-prefs';
import { clipFromDraft, saveDrafts } from '../db/clips-repo';
import { addClips as writeClips, BULK_CHUNK, termsRow } from '../db/clip-writes';
import { clipRowsOf } from '../db/clip-rows-repo';
import { buildRowPages } from '../db/row-blocks';
import { buildTermBlock } from '../search/term-blocks';
import { findOrCreateBrand } from '../db/brands-repo';
import { getDb } from '../db/database';
import { setActiveStudy } from '../db/active-study';
import { StudySchema, newId, nowIso } from '../model';
import { exportStudyCsv, type CsvSource } from '../export/export-study-csv';
import { syntheticDrafts, type SyntheticText } from './synthetic-clips';
import { ofStudy } from '../db/clip-reads';

/**
 * What `npm run bench` drives inside the side panel page (loaded on demand
 * through `globalThis.journeyLensBench`, never by the panel itself). Seeding
 * goes through `saveDrafts`, the product's bulk write path (CSV import).
 */

export async function seedStudy(name: string, count: number, batch = 2000): Promise<{ studyId: string; ms: number }> {
  const db = getDb();
  const now = nowIso();
  const study = StudySchema.parse({ id: newId(), name, frameworkId: 'moments-of-truth', createdAt: now, updatedAt: now });
  await db.studies.add(study);
  const t0 = performance.now();
  for (let i = 0; i < count; i += batch) {
    await saveDrafts(db, study.id, syntheticDrafts(Math.min(batch, count - i), study.id.slice(0, 8), 42, i));
  }
  return { studyId: study.id, ms: performance.now() - t0 };
}

/** One matrix refresh as the panel does it: the active study's view from the store. */
export async function timeRefresh(studyId: string): Promise<number> {
  const db = getDb();
  if ((await db.meta.get('activeStudyId'))?.value !== studyId) {
    await setActiveStudy(db, studyId);
    // Let the open panel re-render for the new study first, so it does not share the thread with the timing.
    await new Promise((r) => setTimeout(r, 500));
  }
  const t0 = performance.now();
  const view = await loadMatrixView(db, await viewPrefsPref.get());
  const ms = performance.now() - t0;
  if (!view || view.study.id !== studyId) throw new Error('refresh read the wrong study');
  return ms;
}

/** A raw IndexedDB getAll of the study's clips (no Dexie): what a naive matrix would pay. */
export function timeRawGetAll(studyId: string): Promise<{ ms: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('journey-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      try {
        const t0 = performance.now();
        // The study's range of the compound index that starts with studyId (no plain studyId index since v12).
        const range = IDBKeyRange.bound([studyId], [studyId, []]);
        const req = idb.transaction('clips', 'readonly').objectStore('clips').index('[studyId+capturedAt+id]').getAll(range);
        req.onsuccess = () => {
          const ms = performance.now() - t0;
          idb.close();
          resolve({ ms, rows: req.result.length });
        };
        req.onerror = () => reject(req.error);
      } catch (e) {
        // A missing index throws here, not in onerror: fail the bench rather than hang it.
        idb.close();
        reject(e);
      }
    };
  });
}

/** The study's CSV export as the Export CSV button runs it, minus the download. */
export async function timeExport(studyId: string, via: CsvSource = 'auto'): Promise<{ ms: number; bytes: number; rows: number; via: string }> {
  const t0 = performance.now();
  const result = await exportStudyCsv(getDb(), studyId, 'en', undefined, undefined, via);
  return { ms: performance.now() - t0, bytes: result.blob.size, rows: result.rows, via: result.via };
}

/** Reading only, as the export reads (batches by key range): to tell reading from formatting. */
export async function timeReadOnly(studyId: string): Promise<{ ms: number; rows: number }> {
  const { clipBatches } = await import('../db/clip-batches');
  const t0 = performance.now();
  let rows = 0;
  for await (const b of clipBatches(getDb(), studyId)) rows += b.length;
  return { ms: performance.now() - t0, rows };
}

export async function findStudy(name: string): Promise<string | undefined> {
  return (await getDb().studies.toArray()).find((s) => s.name === name)?.id;
}

export { timeStageSuggestions } from './stage-suggest-bench';
/** Team sync bench: a study's clip count from its cell aggregates (what the matrix shows). */
export async function clipCount(studyId: string): Promise<number> {
  const { clipCountOfStudy } = await import('../db/cells-store');
  return clipCountOfStudy(getDb(), studyId);
}

/** Team sync bench: shares a study with a server (as Connect does, minus the permission prompt). */
export async function shareStudy(studyId: string, server: string, token: string): Promise<string> {
  const { setSyncConfig } = await import('../db/sync-config');
  const { makeInvite } = await import('../sync/invite');
  const config = { studyId, server, token };
  await setSyncConfig(getDb(), config);
  return makeInvite(config);
}

/** Team sync bench: saves `count` synthetic clips into a study (offset keeps their ids and text unique). */
export async function addClips(studyId: string, count: number, offset: number): Promise<void> {
  await saveDrafts(getDb(), studyId, syntheticDrafts(count, studyId.slice(0, 8), 7, offset));
}

/**
 * Team sync bench: the cell rebuild a bulk synced write ends with (`rebuildCells`), against
 * reading the same clips with one getAll: how much of a first load is that rebuild.
 */
export async function timeCellRebuild(studyId: string): Promise<{ rebuildMs: number; getAllMs: number; clips: number }> {
  const { rebuildCells } = await import('../db/clip-writes');
  const db = getDb();
  let t0 = performance.now();
  await rebuildCells(db, studyId);
  const rebuildMs = performance.now() - t0;
  t0 = performance.now();
  const clips = await ofStudy(db.clips, studyId).toArray();
  return { rebuildMs, getAllMs: performance.now() - t0, clips: clips.length };
}

/**
 * The bulk write bench (JL_BENCH_WRITE_ONLY): `count` synthetic clips (made
 * from the drafts as a save makes them, brands created first, not timed)
 * written into a fresh study through the clip-write unit of work's bulk path
 * (`addClips`), timed from clips in memory to the last chunk committed.
 */
export async function timeBulkWrite(
  count: number,
  text: SyntheticText = 'phrases',
): Promise<{ studyId: string; ms: number; clips: number; cells: number; jsMs: number }> {
  const db = getDb();
  const now = nowIso();
  const study = StudySchema.parse({ id: newId(), name: `bulk write ${count}`, frameworkId: 'moments-of-truth', createdAt: now, updatedAt: now });
  await db.studies.add(study);
  const drafts = syntheticDrafts(count, study.id.slice(0, 8), 42, 0, text);
  const brandIds = new Map<string, string>();
  await db.transaction('rw', db.brands, async () => {
    for (const d of drafts) {
      if (!brandIds.has(d.brandName)) brandIds.set(d.brandName, (await findOrCreateBrand(db, study.id, d.brandName)).brand.id);
    }
  });
  const clips = drafts.map((d) => clipFromDraft({ ...d, studyId: study.id }, brandIds.get(d.brandName)!, null, now));
  const t0 = performance.now();
  await writeClips(db, clips);
  const ms = performance.now() - t0;
  // The JavaScript part of that write alone (search terms, term blocks, CSV rows and row blocks), untimed above as such.
  const t1 = performance.now();
  for (let i = 0; i < clips.length; i += BULK_CHUNK) {
    const part = clips.slice(i, i + BULK_CHUNK);
    buildTermBlock(study.id, 'js', part.map(termsRow));
    buildRowPages(study.id, 'js', clipRowsOf(part).rows);
  }
  const jsMs = performance.now() - t1;
  const cells = await db.cells.where('studyId').equals(study.id).toArray();
  return { studyId: study.id, ms, clips: cells.reduce((n, c) => n + c.count, 0), cells: cells.length, jsMs };
}

/** The same clip objects as stored in a study, put with one plain `bulkPut` into a bare table (id only, no index) of its own database. */
export async function timeRawBulkPut(studyId: string): Promise<{ ms: number; rows: number }> {
  const { default: Dexie } = await import('dexie');
  const clips = await ofStudy(getDb().clips, studyId).toArray();
  const name = 'journey-lens-bench-raw';
  await Dexie.delete(name);
  const bare = new Dexie(name);
  bare.version(1).stores({ clips: 'id' });
  await bare.open();
  try {
    const t0 = performance.now();
    await bare.table('clips').bulkPut(clips);
    const ms = performance.now() - t0;
    return { ms, rows: await bare.table('clips').count() };
  } finally {
    bare.close();
    await Dexie.delete(name);
  }
}


/**
 * Free-text search over a study (`filteredClips`, the side panel's filter) after a bulk
 * write: three queries taken from the study's own clips (a word, a CJK bigram or
 * second word, two words), each run twice (the second finds the blocks' clip ids cached).
 */
export async function timeSearches(studyId: string): Promise<{ text: string; ms: number; againMs: number; hits: number }[]> {
  const [{ filteredClips }, { NO_FILTER }, { searchTerms }] = await Promise.all([
    import('../db/filtered-clips'),
    import('../matrix/clip-filter'),
    import('../search/terms'),
  ]);
  const db = getDb();
  const sample = await ofStudy(db.clips, studyId).limit(50).toArray();
  const termsOf = (i: number) => searchTerms(sample[i % sample.length]!.quote).filter((t) => t.length >= 2);
  const cjk = sample.find((c) => /[\u4e00-\u9fff]{2}/.test(c.quote));
  const queries = [
    termsOf(0)[2] ?? termsOf(0)[0]!,
    cjk ? searchTerms(cjk.quote)[1]! : termsOf(1)[1]!,
    termsOf(2).slice(0, 2).join(' '),
  ];
  const out: { text: string; ms: number; againMs: number; hits: number }[] = [];
  for (const text of queries) {
    const filter = { ...NO_FILTER, text };
    let t0 = performance.now();
    const hits = await filteredClips(db, studyId, filter);
    const ms = performance.now() - t0;
    t0 = performance.now();
    await filteredClips(db, studyId, filter);
    out.push({ text, ms, againMs: performance.now() - t0, hits: hits.length });
  }
  return out;
}
