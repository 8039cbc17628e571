import type { JourneyLensDB } from '../db/database';
import { clipsOfCell } from '../db/clip-reads';
import { checkCanary, requestPersistence } from '../db/durability';
import { setActiveStudy } from '../db/active-study';
import { setViewPrefs, viewPrefsPref } from '../preferences/view-prefs';
import { loadMatrixData, loadMatrixView } from './matrix-view';
import { liveImport } from './live-import';
import type { MatrixServices } from './types';

/**
 * The side panel's reads and writes. What its first paint needs is imported here; writes (which
 * validate with zod) and rarely used tools load on first use, so the panel's first paint stays small.
 */
export function matrixServices(db: JourneyLensDB): MatrixServices {
  return {
    async ensureStudy(defaultStudyName) {
      // The background stores the defaults at install and start; a page only makes them itself
      // (loading the built-in frameworks) when there is no study yet.
      if ((await db.studies.count()) > 0) return;
      const { ensureDefaults } = await import('../db/studies-repo');
      await ensureDefaults(db, defaultStudyName);
    },
    async ensureDefaults(defaultStudyName) {
      const { ensureDefaults } = await import('../db/studies-repo');
      await ensureDefaults(db, defaultStudyName);
    },
    checkCanary: (mirror) => checkCanary(db, mirror),
    requestPersistence: () => requestPersistence(),
    loadMatrixData: () => loadMatrixData(db),
    // Dexie.waitFor (liveImport) keeps a live query's observation across the storage read.
    loadMatrixView: async () => loadMatrixView(db, await liveImport(viewPrefsPref.get())),
    // Only with filters on: the search (terms index, matching) loads then, in the live query (liveImport).
    async filteredClips(studyId, filter) {
      const { filteredClips } = await liveImport(import('../db/filtered-clips'));
      return filteredClips(db, studyId, filter);
    },
    async tagsOfStudy(studyId) {
      const keys = (await db.clips.orderBy('tags').uniqueKeys()) as string[];
      const out: string[] = [];
      for (const tag of keys) {
        if (out.length >= 200) break;
        if (await db.clips.where('tags').equals(tag).filter((c) => c.studyId === studyId).first()) out.push(tag);
      }
      return out;
    },
    clipsOfCell: (studyId, brandId, stageId) => clipsOfCell(db, studyId, brandId, stageId),
    setActiveStudy: (studyId) => setActiveStudy(db, studyId),
    setViewPrefs: (studyId, prefs) => setViewPrefs(studyId, prefs),
    async setFinding(cell, text) {
      const { setFinding } = await import('../db/findings-repo');
      await setFinding(db, cell, text);
    },
    async setRubricItem(cell, item, on) {
      const { setRubricItem } = await import('../db/rubric-repo');
      await setRubricItem(db, cell, item, on);
    },
    async loadSampleStudy(studyName) {
      const { loadSampleStudy } = await import('../demo/sample-study');
      await loadSampleStudy(db, { study: studyName });
    },
    async clipsInSamples() {
      const { clipsInSamples } = await import('../demo/sample-study');
      const found = await clipsInSamples(db);
      return { own: found.own.length, total: found.total };
    },
    async removeSamples(moveOwnTo) {
      const { removeSamples, undoRemoveSamples } = await import('../demo/sample-study');
      const removal = await removeSamples(db, moveOwnTo);
      return {
        clips: removal.removed.reduce((n, d) => n + d.clipCount, 0),
        moved: removal.moved?.before.length ?? 0,
        undo: () => undoRemoveSamples(db, removal),
      };
    },
  };
}
