import { liveImport } from './live-import';
import type { JourneyLensDB } from '../db/database';
import type { DataServices, ExportServices, SyncServices, WalkServices } from './types';

/** Walk-throughs of a study (side panel). */
export function walkServices(db: JourneyLensDB): WalkServices {
  const repo = () => import('../walks/walks-repo');
  return {
    async studyWalks(studyId) {
      // One read-only transaction: a study holds few walks, so all are read.
      const [walks, steps] = await db.transaction('r', db.walks, db.walkSteps, () =>
        Promise.all([db.walks.where('studyId').equals(studyId).toArray(), db.walkSteps.where('studyId').equals(studyId).toArray()]),
      );
      return { walks, steps };
    },
    async updateWalkStep(stepId, patch) {
      const { updateStep, putSteps } = await repo();
      const { before } = await updateStep(db, stepId, patch);
      return () => putSteps(db, [before]);
    },
    async renameWalk(walkId, task, before) {
      const { renameWalk } = await repo();
      await renameWalk(db, walkId, task);
      return () => renameWalk(db, walkId, before).then(() => undefined);
    },
    async deleteWalk(walkId) {
      const { deleteWalk, restoreWalk } = await repo();
      const saved = await deleteWalk(db, walkId);
      return saved && (() => restoreWalk(db, saved));
    },
    async mergeWalkStepWithPrevious(stepId) {
      const { mergeWithPrevious, putSteps } = await repo();
      const before = await mergeWithPrevious(db, stepId);
      return before.length ? () => putSteps(db, before) : undefined;
    },
    async deleteWalkSteps(stepIds) {
      const { deleteSteps, putSteps } = await repo();
      const removed = await deleteSteps(db, stepIds);
      return () => putSteps(db, removed);
    },
  };
}

/** Exports: each writer loads on first use. */
export function exportServices(db: JourneyLensDB): ExportServices {
  return {
    async exportStudyCsv(studyId, locale, onProgress, filter) {
      const { exportStudyCsv } = await import('../export/export-study-csv');
      return exportStudyCsv(db, studyId, locale, onProgress, filter);
    },
    async exportStudyXlsx(studyId, locale, labels, filter) {
      const { exportStudyXlsx } = await import('../export/export-study-xlsx');
      return exportStudyXlsx(db, studyId, locale, labels, filter);
    },
    async exportMatrixSummary(studyId, locale, totalLabel) {
      const { exportMatrixSummary } = await import('../export/export-study-report');
      return exportMatrixSummary(db, studyId, locale, totalLabel);
    },
    async exportMarkdownReport(studyId, locale, labels, walkLabels) {
      const { exportMarkdownReport } = await import('../export/export-study-report');
      return exportMarkdownReport(db, studyId, locale, labels, walkLabels);
    },
    async exportWalksCsv(studyId) {
      const { exportWalksCsv } = await import('../export/export-walks');
      return exportWalksCsv(db, studyId);
    },
  };
}

/** Backup, restore and CSV import (options page). */
export function dataServices(db: JourneyLensDB): DataServices {
  return {
    createBackup: async () => (await import('../backup/create-backup')).createBackup(db),
    markBackedUp: async () => (await import('../preferences/backup-reminder')).markBackedUp(),
    previewRestore: async (doc) => (await import('../backup/restore-backup')).previewRestore(db, doc),
    applyRestore: async (doc, mode) => void (await (await import('../backup/restore-backup')).applyRestore(db, doc, mode)),
    clipCount: () => db.clips.count(),
    matchMangledIds: async (studyId, report) => (await import('../import/mangled-ids')).matchMangledIds(db, studyId, report),
    async saveDrafts(studyId, drafts) {
      const { saveDrafts } = await import('../db/clips-repo');
      const r = await saveDrafts(db, studyId, drafts);
      return { saved: r.saved.length, duplicates: r.duplicates };
    },
  };
}

/** Team sync: configurations, and the live session of a shared study (its code loads only for one). */
export function syncServices(db: JourneyLensDB): SyncServices {
  const config = () => import('../db/sync-config');
  // The background's catch-up alarm exists while a study is shared: kept in step with every change.
  const keepCatchUpAlarm = async () => {
    const [{ scheduleCatchUp }, { browser }] = await Promise.all([import('../sync/catch-up-alarm'), import('wxt/browser')]);
    await scheduleCatchUp(db, browser.alarms).catch((e: unknown) => console.warn('[journey-lens] catch-up alarm', e));
  };
  return {
    async syncConfig(studyId) {
      const { syncMetaKey } = await liveImport(import('../db/sync-keys'));
      return (await db.meta.get(syncMetaKey(studyId)))?.value ?? null;
    },
    async watchSync(rawConfig, onState) {
      const { watchSync } = await import('../sync/live');
      return watchSync(db, rawConfig, onState);
    },
    async syncOverview() {
      const { allSyncConfigs } = await liveImport(config());
      const studies = (await db.studies.toArray()).filter((s) => !s.archived).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return { studies, configs: await allSyncConfigs(db) };
    },
    async setSyncConfig(c) {
      await (await config()).setSyncConfig(db, c);
      await keepCatchUpAlarm();
    },
    async clearSyncConfig(studyId) {
      await (await config()).clearSyncConfig(db, studyId);
      await keepCatchUpAlarm();
    },
    teamsToRejoin: async (teams) => (await liveImport(import('../sync/rejoin'))).teamsToRejoin(db, teams),
  };
}
