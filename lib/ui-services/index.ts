import type { JourneyLensDB } from '../db/database';
import { liveImport } from './live-import';
import { matrixServices } from './matrix-services';
import type {
  BrandServices,
  ClipServices,
  DataServices,
  DraftServices,
  ExportServices,
  StageServices,
  StudyServices,
  SyncServices,
  UiServices,
  WalkServices,
} from './types';

export type { UiServices, Undo } from './types';

type Methods<T> = Record<keyof T, true>;

/**
 * A group of services whose code loads on its first call: the page's first paint carries only the
 * method names (the side panel's initial JS has a budget). Reads stay live: the wait for the code
 * keeps a live query's observation (see `liveImport`).
 */
function lazyGroup<T extends object>(load: () => Promise<T>, methods: Methods<T>): T {
  let group: Promise<T> | undefined;
  const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(methods)) {
    out[name] = async (...args) => {
      group ??= load();
      const g = (await liveImport(group)) as Record<string, (...a: unknown[]) => unknown>;
      return g[name]!(...args);
    };
  }
  return out as T;
}

const CLIP: Methods<ClipServices> = { deleteClips: true, updateClip: true, anchorState: true, screenshot: true };
const DRAFT: Methods<DraftServices> = { keptDraftCount: true, keptDrafts: true, studyWithFramework: true, saveKeptDraft: true, discardKeptDraft: true };
const BRAND: Methods<BrandServices> = { renameBrand: true, recolorBrand: true, mergeBrands: true };
const STAGE: Methods<StageServices> = { snapshotStages: true, addStage: true, renameStage: true, moveStage: true, setStageLookFor: true };
const STUDY: Methods<StudyServices> = {
  studiesOverview: true,
  studiesWithActive: true,
  createStudyWithBrands: true,
  renameStudy: true,
  setStudyLenses: true,
  addBrandsToStudy: true,
  duplicateStudy: true,
  setStudyArchived: true,
  deleteStudy: true,
  studyStageModel: true,
  forgetStudyStageModel: true,
};
const WALK: Methods<WalkServices> = { studyWalks: true, updateWalkStep: true, renameWalk: true, deleteWalk: true, mergeWalkStepWithPrevious: true, deleteWalkSteps: true };
const EXPORT: Methods<ExportServices> = { exportStudyCsv: true, exportStudyXlsx: true, exportMatrixSummary: true, exportMarkdownReport: true, exportWalksCsv: true };
const DATA: Methods<DataServices> = { createBackup: true, markBackedUp: true, previewRestore: true, applyRestore: true, clipCount: true, matchMangledIds: true, saveDrafts: true };
const SYNC: Methods<SyncServices> = { syncConfig: true, watchSync: true, syncOverview: true, setSyncConfig: true, clearSyncConfig: true, teamsToRejoin: true };

/** The pages' services over the extension's database (see `UiServices`). */
export function createUiServices(db: JourneyLensDB): UiServices {
  const study = () => import('./study-services');
  const data = () => import('./data-services');
  return {
    ...matrixServices(db),
    ...lazyGroup(async () => (await import('./clip-services')).clipServices(db), CLIP),
    ...lazyGroup(async () => (await study()).draftServices(db), DRAFT),
    ...lazyGroup(async () => (await study()).brandServices(db), BRAND),
    ...lazyGroup(async () => (await study()).stageServices(db), STAGE),
    ...lazyGroup(async () => (await study()).studyServices(db), STUDY),
    ...lazyGroup(async () => (await data()).walkServices(db), WALK),
    ...lazyGroup(async () => (await data()).exportServices(db), EXPORT),
    ...lazyGroup(async () => (await data()).dataServices(db), DATA),
    ...lazyGroup(async () => (await data()).syncServices(db), SYNC),
  };
}
