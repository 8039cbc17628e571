import { BUILT_IN_STAGES, inputOf, type LabelledSnippet } from './corpus';
import { featurize } from './features';
import { seededRandom, shuffled } from './linear-model';
import type { StageModelBundle } from './model-bundle';
import { suggestStage } from './suggest';
import { emptyStudyModel, learnClip, priorFeatures, type StudyStageModel } from './study-model';
import { baseLogits } from './suggest';
import type { Prediction } from './training';

/**
 * A researcher labelling clips in one study: the study model learns the first
 * `k` snippets (in a seeded order) one by one, and the rest are suggested with
 * the shipped model blended with it. Used for the learning curve and the
 * custom-framework figure.
 */
export interface StudyRun {
  frameworkId: string;
  stageIds: readonly string[];
  /** The stage a snippet has in this study (a custom framework renames or merges). */
  stageOf(item: LabelledSnippet): string;
}

export function learnedStudy(bundle: StageModelBundle | undefined, run: StudyRun, taught: readonly LabelledSnippet[]): StudyStageModel {
  let model = emptyStudyModel('sim', run.frameworkId, '2026-01-01T00:00:00.000Z');
  for (const item of taught) {
    const f = featurize(inputOf(item));
    const base = baseLogits(bundle, run.frameworkId, run.stageIds, f);
    model = learnClip(model, priorFeatures(bundle, f, base), run.stageIds, base, run.stageOf(item), '2026-01-01T00:00:00.000Z');
  }
  return model;
}

/** Predictions on `rest` after the study learned `taught`, with the study's stage as the label. */
export function predictInStudy(bundle: StageModelBundle | undefined, run: StudyRun, taught: readonly LabelledSnippet[], rest: readonly LabelledSnippet[]): Prediction[] {
  const study = taught.length ? learnedStudy(bundle, run, taught) : undefined;
  return rest.map((item) => {
    const s = suggestStage({ bundle, study, frameworkId: run.frameworkId, stageIds: run.stageIds, input: inputOf(item) });
    const stage = run.stageOf(item);
    const alsoOk = (item.alsoOk ?? []).map((a) => run.stageOf({ ...item, stage: a })).filter((a) => a !== stage);
    return {
      item: { ...item, stage, alsoOk },
      ranked: s.choices.map((c) => ({ stageId: c.stageId, probability: c.probability })),
      confident: s.confident,
    };
  });
}

/** Accuracy on the same remaining snippets after 0, 10, 30, 60… labelled clips. */
export function learningCurve(bundle: StageModelBundle | undefined, run: StudyRun, items: readonly LabelledSnippet[], ks: readonly number[], seed = 60): { k: number; preds: Prediction[] }[] {
  const order = shuffled(items, seededRandom(seed));
  const max = Math.max(...ks);
  const rest = order.slice(max);
  return ks.map((k) => ({ k, preds: predictInStudy(bundle, run, order.slice(0, k), rest) }));
}

export const builtInRun = (frameworkId: keyof typeof BUILT_IN_STAGES): StudyRun => ({
  frameworkId,
  stageIds: BUILT_IN_STAGES[frameworkId],
  stageOf: (item) => item.stage,
});

/**
 * A custom framework of four stages made by merging and renaming the Moments
 * of Truth: Discover (<ZMOT + ZMOT), Choose (FMOT), Receive & use (AMOT + SMOT), Share (TMOT).
 */
export const MERGED_MOT: StudyRun = {
  frameworkId: 'custom-four-moments',
  stageIds: ['discover', 'choose', 'receive-use', 'share'],
  stageOf: (item) =>
    ({ lzmot: 'discover', zmot: 'discover', fmot: 'choose', amot: 'receive-use', smot: 'receive-use', tmot: 'share' })[item.stage] ?? item.stage,
};
