import { liveImport } from './live-import';
import type { JourneyLensDB } from '../db/database';
import { getActiveStudyId, getViewedStudyId } from '../db/meta-repo';
import type { BrandServices, DraftServices, StageServices, StudyServices } from './types';

const byCreation = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

/** Studies (options and welcome pages): list, create, edit, archive, delete, stage suggestions. */
export function studyServices(db: JourneyLensDB): StudyServices {
  const admin = () => import('../db/study-admin');
  const setup = () => import('../db/study-setup');
  const stageModels = () => import('../db/stage-models-repo');
  return {
    async studiesOverview() {
      const { studyCounts } = await liveImport(admin());
      const all = (await db.studies.toArray()).sort(byCreation);
      const frameworks = new Map((await db.frameworks.toArray()).map((f) => [f.id, f]));
      const counts = await studyCounts(db, all.map((s) => s.id));
      const active = await getActiveStudyId(db);
      const viewed = await getViewedStudyId(db);
      return { all, frameworks, counts, active, viewed };
    },
    async studiesWithActive() {
      const all = await db.studies.toArray();
      const active = await getActiveStudyId(db);
      return { all: all.sort(byCreation), active };
    },
    createStudyWithBrands: async (input) => (await setup()).createStudyWithBrands(db, input),
    renameStudy: async (studyId, name) => (await admin()).renameStudy(db, studyId, name),
    setStudyLenses: async (studyId, lenses) => (await admin()).setStudyLenses(db, studyId, lenses),
    addBrandsToStudy: async (studyId, brands) => (await setup()).addBrandsToStudy(db, studyId, brands),
    duplicateStudy: async (studyId, name) => void (await (await admin()).duplicateStudy(db, studyId, name)),
    setStudyArchived: async (studyId, archived) => (await admin()).setStudyArchived(db, studyId, archived),
    async deleteStudy(studyId) {
      const { deleteStudy, undoDeleteStudy } = await admin();
      const deleted = await deleteStudy(db, studyId);
      return { clipCount: deleted.clipCount, undo: () => undoDeleteStudy(db, deleted) };
    },
    studyStageModel: async (studyId) => (await liveImport(stageModels())).studyStageModel(db, studyId),
    async forgetStudyStageModel(studyId) {
      const { forgetStudyStageModel, restoreStudyStageModel } = await stageModels();
      const old = await forgetStudyStageModel(db, studyId);
      return old && (() => restoreStudyStageModel(db, old));
    },
  };
}

/** The brands of a study (side panel's "Manage brands"). */
export function brandServices(db: JourneyLensDB): BrandServices {
  const brands = () => import('../db/brands-repo');
  return {
    async renameBrand(brandId, name) {
      const { renameBrand, restoreBrand } = await brands();
      const before = await renameBrand(db, brandId, name);
      return { before, undo: () => restoreBrand(db, before) };
    },
    recolorBrand: async (brandId, color) => (await brands()).recolorBrand(db, brandId, color),
    async mergeBrands(fromId, intoId) {
      const { mergeBrands, undoMergeBrands } = await brands();
      const merged = await mergeBrands(db, fromId, intoId);
      return merged && (() => undoMergeBrands(db, merged));
    },
  };
}

/** The stages of a study's own framework (side panel's "Manage stages"). */
export function stageServices(db: JourneyLensDB): StageServices {
  const stages = () => import('../db/stages-repo');
  return {
    async snapshotStages(studyId) {
      const { snapshotStages, restoreStages } = await stages();
      const before = await snapshotStages(db, studyId);
      return () => restoreStages(db, before);
    },
    addStage: async (studyId, label) => void (await (await stages()).addStage(db, studyId, label)),
    renameStage: async (studyId, stageId, label) => (await stages()).renameStage(db, studyId, stageId, label),
    moveStage: async (studyId, stageId, delta) => (await stages()).moveStage(db, studyId, stageId, delta),
    setStageLookFor: async (studyId, stageId, lines, locale) => (await stages()).setStageLookFor(db, studyId, stageId, lines, locale),
  };
}

/** Clip forms kept when their page went away (side panel). */
export function draftServices(db: JourneyLensDB): DraftServices {
  const drafts = () => import('../drafts/kept-drafts');
  return {
    keptDraftCount: () => db.meta.where('key').startsWith('draft:').count(),
    keptDrafts: async () => (await liveImport(drafts())).keptDrafts(db),
    async studyWithFramework(studyId) {
      const study = studyId ? await db.studies.get(studyId) : undefined;
      if (!study) return null;
      const { frameworkOf } = await liveImport(import('../db/active-study'));
      return { study, framework: await frameworkOf(db, study) };
    },
    async saveKeptDraft(clip, studyId, keepOnUndo) {
      const [{ saveDraft, deleteClips }, { dropDraft, keepDraft }] = await Promise.all([import('../db/clips-repo'), drafts()]);
      await saveDraft(db, { ...clip, studyId });
      await dropDraft(db, clip.id);
      return async () => {
        await deleteClips(db, [clip.id]);
        await keepDraft(db, keepOnUndo);
      };
    },
    async discardKeptDraft(kept) {
      const { dropDraft, keepDraft } = await drafts();
      await dropDraft(db, kept.draft.id);
      return () => keepDraft(db, kept);
    },
  };
}
