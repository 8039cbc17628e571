import type { JourneyLensDB } from './database';
import { emptyStudyModel, learnClip, priorFeatures, type StudyStageModel } from '../stage-model/study-model';
import { featurize, type StageInput } from '../stage-model/features';
import { baseLogits } from '../stage-model/suggest';
import type { StageModelBundle } from '../stage-model/model-bundle';

/**
 * The per-study stage models (table `stageModels`, id = studyId): read for a
 * suggestion, taught by every saved clip, removable per study.
 */
export async function studyStageModel(db: JourneyLensDB, studyId: string): Promise<StudyStageModel | undefined> {
  const row = await db.stageModels.get(studyId);
  if (!row) return undefined;
  const { id: _id, ...model } = row;
  return model;
}

export interface LearnedClip {
  studyId: string;
  frameworkId: string;
  /** The framework's stage ids, in order. */
  stageIds: readonly string[];
  stageId: string;
  input: StageInput;
}

/** Teaches the study's model one saved clip (a model learned for another framework starts over). */
export async function learnStageOfClip(db: JourneyLensDB, bundle: StageModelBundle | undefined, clip: LearnedClip, now: string): Promise<StudyStageModel> {
  const f = featurize(clip.input);
  const base = baseLogits(bundle, clip.frameworkId, clip.stageIds, f);
  const fp = priorFeatures(bundle, f, base);
  return db.transaction('rw', db.stageModels, async () => {
    const current = await studyStageModel(db, clip.studyId);
    const start = current && current.frameworkId === clip.frameworkId ? current : emptyStudyModel(clip.studyId, clip.frameworkId, now);
    const next = learnClip(start, fp, clip.stageIds, base, clip.stageId, now);
    await db.stageModels.put({ id: clip.studyId, ...next });
    return next;
  });
}

/** Forgets what a study taught the suggestion; returns what was removed (for Undo). */
export async function forgetStudyStageModel(db: JourneyLensDB, studyId: string): Promise<StudyStageModel | undefined> {
  return db.transaction('rw', db.stageModels, async () => {
    const old = await studyStageModel(db, studyId);
    await db.stageModels.delete(studyId);
    return old;
  });
}

/** Puts a forgotten model back (Undo). */
export async function restoreStudyStageModel(db: JourneyLensDB, model: StudyStageModel): Promise<void> {
  await db.stageModels.put({ id: model.studyId, ...model });
}
