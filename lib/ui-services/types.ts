import type { AnchorState } from '../db/database';
import type { CanaryState } from '../db/durability';
import type { ClipPatch } from '../db/clips-repo';
import type { BrandSeed } from '../db/study-setup';
import type { StudyStageModel } from '../stage-model/study-model';
import type { ViewPrefs } from '../preferences/view-arrangement';
import type { BackupDoc } from '../backup/backup-schema';
import type { RestorePreview } from '../backup/restore-backup';
import type { KeptDraft } from '../drafts/kept-drafts';
import type { XlsxLabels } from '../export/xlsx-sheets';
import type { ReportLabels } from '../export/markdown-report';
import type { WalksReportLabels } from '../export/walks-markdown';
import type { ImportReport } from '../import/clip-rows';
import type { IdMatch } from '../import/mangled-ids';
import type { ClipFilter } from '../matrix/clip-filter';
import type { Brand, Clip, ClipDraft, Framework, LensSettings, Locale, Study } from '../model';
import type { Walk, WalkStep } from '../model/walk';
import type { SyncState } from '../sync/session';
import type { SyncConfig, TeamRef } from '../model/team';
import type { StepPatch } from '../walks/walks-repo';
import type { MatrixData, MatrixView } from './matrix-view';

/**
 * What the extension's pages (side panel, options, popup, welcome) give their components: every read
 * and write of the extension's data, so that components never reach into the database. A page builds
 * one (`createUiServices(getDb())`) and provides it through `ServicesProvider`; a test passes one built
 * on fake-indexeddb, or its own fake.
 *
 * Reads used in live queries (`useLiveQuery(() => services.x())`) re-run when the tables they read
 * change. A write that can be undone answers with its `Undo`.
 */
export type Undo = () => Promise<void>;

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

/** The side panel's matrix: what it shows and the changes made from it. */
export interface MatrixServices {
  /** Makes the built-in frameworks and the default study when there is no study yet. */
  ensureStudy(defaultStudyName: string): Promise<void>;
  /** Makes the built-in frameworks and the default study if missing (options and welcome pages). */
  ensureDefaults(defaultStudyName: string): Promise<void>;
  /** Tells a wiped database apart from a new one (the canary is mirrored in `mirror`). */
  checkCanary(mirror: Pick<Storage, 'getItem' | 'setItem'>): Promise<CanaryState>;
  /** Asks the browser to keep the data under storage pressure. */
  requestPersistence(): Promise<boolean | null>;
  /** What the matrix shows from the database (live), before the researcher's arrangement (`arrangeMatrixView`). */
  loadMatrixData(): Promise<MatrixData | undefined>;
  /** Everything the matrix shows, arranged by the stored view preferences (live for the database only). */
  loadMatrixView(): Promise<MatrixView | undefined>;
  filteredClips(studyId: string, filter: ClipFilter): Promise<Clip[]>;
  /** The tags used in one study (at most 200), for the tag filter. */
  tagsOfStudy(studyId: string): Promise<string[]>;
  clipsOfCell(studyId: string, brandId: string, stageId: string): Promise<Clip[]>;
  setActiveStudy(studyId: string): Promise<void>;
  setViewPrefs(studyId: string, prefs: ViewPrefs): Promise<void>;
  setFinding(cell: { studyId: string; brandId: string; stageId: string }, text: string): Promise<void>;
  setRubricItem(cell: { studyId: string; brandId: string; stageId: string }, item: string, on: boolean): Promise<void>;
  /** Loads the sample study for viewing (the active study stays as it was). */
  loadSampleStudy(studyName: string): Promise<void>;
  /** How many clips the sample studies hold, and how many of them the researcher saved there. */
  clipsInSamples(): Promise<{ own: number; total: number }>;
  /** Removes the sample studies (moving the researcher's own clips in them to `moveOwnTo`). */
  removeSamples(moveOwnTo?: string): Promise<{ clips: number; moved: number; undo: Undo }>;
}

/** One clip in a cell's list. */
export interface ClipServices {
  /** Deletes clips; the answer puts them back. */
  deleteClips(ids: string[]): Promise<Undo>;
  /**
   * Changes a clip's fields (a move is a change of brand or stage). `null`: there is no such clip;
   * no `undo`: nothing changed; else `undo` restores what was stored before.
   */
  updateClip(id: string, patch: ClipPatch): Promise<{ undo?: Undo } | null>;
  /** What re-anchoring found on the clip's page at the last visit (live). */
  anchorState(clipId: string): Promise<AnchorState | undefined>;
  screenshot(screenshotId: string): Promise<Blob | undefined>;
}

/** Clip forms kept when their page went away. */
export interface DraftServices {
  /** How many there are (live). */
  keptDraftCount(): Promise<number>;
  keptDrafts(): Promise<KeptDraft[]>;
  /** The study a clip goes to and its framework (live); null when there is none. */
  studyWithFramework(studyId: string | undefined): Promise<{ study: Study; framework: Framework } | null>;
  /** Saves a kept draft as a clip of `studyId` and forgets it; the Undo deletes the clip and keeps `keepOnUndo` again. */
  saveKeptDraft(clip: ClipDraft, studyId: string, keepOnUndo: KeptDraft): Promise<Undo>;
  discardKeptDraft(kept: KeptDraft): Promise<Undo>;
}

export interface BrandServices {
  /** Renames a brand; answers the brand as it was and the Undo. */
  renameBrand(brandId: string, name: string): Promise<{ before: Brand; undo: Undo }>;
  recolorBrand(brandId: string, color: string): Promise<void>;
  /** Merges `fromId` into `intoId`; undefined when there was nothing to merge. */
  mergeBrands(fromId: string, intoId: string): Promise<Undo | undefined>;
}

export interface StageServices {
  /** A snapshot of the study's stages; the answer puts them back as they are now. */
  snapshotStages(studyId: string): Promise<Undo>;
  addStage(studyId: string, label: string): Promise<void>;
  renameStage(studyId: string, stageId: string, label: string): Promise<void>;
  moveStage(studyId: string, stageId: string, delta: -1 | 1): Promise<void>;
  setStageLookFor(studyId: string, stageId: string, lines: string[], locale: Locale): Promise<void>;
}

export interface StudyServices {
  /** Every study (oldest first) with frameworks, clip and brand counts, the active and the viewed study (live). */
  studiesOverview(): Promise<{
    all: Study[];
    frameworks: Map<string, Framework>;
    counts: Map<string, { clips: number; brands: number }>;
    active?: string;
    viewed?: string;
  }>;
  /** Every study (oldest first) and the active one (live). */
  studiesWithActive(): Promise<{ all: Study[]; active?: string }>;
  createStudyWithBrands(input: { name: string; frameworkId: string; brands: BrandSeed[]; customStages?: string[]; lenses?: LensSettings }): Promise<string>;
  renameStudy(studyId: string, name: string): Promise<void>;
  setStudyLenses(studyId: string, lenses: LensSettings): Promise<void>;
  addBrandsToStudy(studyId: string, brands: readonly BrandSeed[]): Promise<{ added: number; updated: number }>;
  duplicateStudy(studyId: string, name: string): Promise<void>;
  setStudyArchived(studyId: string, archived: boolean): Promise<void>;
  deleteStudy(studyId: string): Promise<{ clipCount: number; undo: Undo }>;
  /** What the study's stage suggestions learned (live). */
  studyStageModel(studyId: string): Promise<StudyStageModel | undefined>;
  /** Forgets it; undefined when there was nothing to forget. */
  forgetStudyStageModel(studyId: string): Promise<Undo | undefined>;
}

export interface WalkServices {
  /** The study's walks and their steps (live). */
  studyWalks(studyId: string): Promise<{ walks: Walk[]; steps: WalkStep[] }>;
  updateWalkStep(stepId: string, patch: StepPatch): Promise<Undo>;
  renameWalk(walkId: string, task: string, before: string): Promise<Undo>;
  /** undefined when the walk was already gone. */
  deleteWalk(walkId: string): Promise<Undo | undefined>;
  /** undefined when there was nothing to merge. */
  mergeWalkStepWithPrevious(stepId: string): Promise<Undo | undefined>;
  deleteWalkSteps(stepIds: string[]): Promise<Undo>;
}

export interface ExportServices {
  exportStudyCsv(studyId: string, locale: Locale, onProgress: (done: number, total: number) => void, filter?: ClipFilter): Promise<ExportFile>;
  exportStudyXlsx(studyId: string, locale: Locale, labels: XlsxLabels, filter?: ClipFilter): Promise<ExportFile>;
  exportMatrixSummary(studyId: string, locale: Locale, totalLabel: string): Promise<ExportFile>;
  exportMarkdownReport(studyId: string, locale: Locale, labels: ReportLabels, walkLabels: WalksReportLabels): Promise<{ text: string; fileName: string }>;
  exportWalksCsv(studyId: string): Promise<ExportFile>;
}

export interface DataServices {
  createBackup(): Promise<BackupDoc>;
  /** Notes that a backup was just made (the reminder starts counting again). */
  markBackedUp(): Promise<void>;
  previewRestore(doc: BackupDoc): Promise<RestorePreview>;
  applyRestore(doc: BackupDoc, mode: 'merge' | 'replace'): Promise<void>;
  clipCount(): Promise<number>;
  matchMangledIds(studyId: string, report: ImportReport): Promise<IdMatch[]>;
  saveDrafts(studyId: string, drafts: readonly ClipDraft[]): Promise<{ saved: number; duplicates: number }>;
}

export interface SyncServices {
  /** The study's team-sync configuration as stored (live); null when it is not shared. */
  syncConfig(studyId: string): Promise<unknown>;
  /** Runs the study's sync session while the page is open; the answer stops it. */
  watchSync(rawConfig: unknown, onState: (state: SyncState) => void): Promise<() => void>;
  /** The open studies (oldest first) and every sync configuration (live). */
  syncOverview(): Promise<{ studies: Study[]; configs: SyncConfig[] }>;
  setSyncConfig(config: SyncConfig): Promise<void>;
  clearSyncConfig(studyId: string): Promise<void>;
  /** After a restore: the restored shared studies that may rejoin their team (not shared here yet). */
  teamsToRejoin(teams: readonly TeamRef[] | undefined): Promise<(TeamRef & { name: string })[]>;
}

export interface UiServices
  extends MatrixServices,
    ClipServices,
    DraftServices,
    BrandServices,
    StageServices,
    StudyServices,
    WalkServices,
    ExportServices,
    DataServices,
    SyncServices {}
