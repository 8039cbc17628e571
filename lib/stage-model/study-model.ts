import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from '../model';
import { bucketOf, logitsOf, softmax } from './linear-model';
import { hashName, type Features } from './features';
import type { StageModelBundle } from './model-bundle';

/**
 * What one study has taught the suggestion: a small sparse linear model over
 * the same features as the shipped one, plus the shipped models' stage
 * probabilities as features of their own (so a custom framework that merges
 * or renames built-in stages learns the mapping from a few clips). For a study
 * on a built-in framework it adds to the shipped model's scores; for a custom
 * framework it is the whole model. Updated by every saved clip.
 */
export const StudyStageModelSchema = z.object({
  studyId: IdSchema,
  frameworkId: z.string().min(1).max(200),
  classes: z.array(z.string().min(1).max(200)).max(100),
  /** Bucket → one weight per class (missing classes: 0). */
  weights: z.record(z.string().regex(/^\d+$/), z.array(z.number()).max(100)),
  clips: z.number().int().min(0),
  updatedAt: IsoTimeSchema,
});
export type StudyStageModel = z.infer<typeof StudyStageModelSchema>;

export const STUDY_BITS = 18;
/**
 * How a clip teaches (chosen by simulated studies on the training corpus's
 * cross-validation folds, scripts/stages/tune.ts --study): the step size, at
 * most how many steps one clip takes, the probability of its own stage at which
 * it stops (a clip already that likely teaches nothing), for a study on a
 * built-in framework (a correction of the shipped model) and on a custom one
 * (the whole model); and the weight of the shipped models' probabilities as features.
 */
export const STUDY_LEARNING = {
  builtIn: { rate: 0.1, maxSteps: 20, target: 0.7 },
  custom: { rate: 0.3, maxSteps: 10, target: 0.7 },
  priorWeight: 5,
};

export function emptyStudyModel(studyId: string, frameworkId: string, now: string): StudyStageModel {
  return { studyId, frameworkId, classes: [], weights: {}, clips: 0, updatedAt: now };
}

/**
 * The study model's features: the passage's, plus — for a custom framework
 * (no shipped scores `base`) — the shipped models' stage probabilities.
 */
export function priorFeatures(bundle: StageModelBundle | undefined, f: Features, base: unknown): Features {
  if (!bundle || base) return f;
  const out: Features = { keys: [...f.keys], values: [...f.values], kinds: [...f.kinds], shown: [...f.shown] };
  for (const [fid, model] of Object.entries(bundle.frameworks)) {
    const p = softmax(logitsOf(model, f));
    model.classes.forEach((c, i) => {
      out.keys.push(hashName(`prior:${fid}:${c}`));
      out.values.push(STUDY_LEARNING.priorWeight * p[i]!);
      out.kinds.push('bias');
      out.shown.push('');
    });
  }
  return out;
}

/** The study model's scores for `classes` (0 for stages it has not seen). */
export function studyLogits(model: StudyStageModel, f: Features, classes: readonly string[]): Float64Array {
  const out = new Float64Array(classes.length);
  const col = classes.map((c) => model.classes.indexOf(c));
  for (let i = 0; i < f.keys.length; i++) {
    const w = model.weights[bucketOf(f.keys[i]!, STUDY_BITS)];
    if (!w) continue;
    const v = f.values[i]!;
    col.forEach((j, c) => {
      if (j >= 0 && j < w.length) out[c]! += w[j]! * v;
    });
  }
  return out;
}

/**
 * Teaches the study model one clip: a few gradient steps on its
 * cross-entropy, given the shipped model's scores (`base`, over `classes`),
 * until the clip's stage is likely enough. Returns a new model.
 */
export function learnClip(
  model: StudyStageModel,
  f: Features,
  classes: readonly string[],
  base: ArrayLike<number> | undefined,
  stageId: string,
  now: string,
): StudyStageModel {
  const next: StudyStageModel = { ...model, classes: [...model.classes], weights: { ...model.weights } };
  if (!classes.includes(stageId)) return next;
  for (const c of classes) if (!next.classes.includes(c)) next.classes.push(c);
  const k = next.classes.length;
  const cols = classes.map((c) => next.classes.indexOf(c));
  const truth = classes.indexOf(stageId);
  const touched = new Set<string>();
  const how = base ? STUDY_LEARNING.builtIn : STUDY_LEARNING.custom;
  for (let step = 0; step < how.maxSteps; step++) {
    const logits = studyLogits(next, f, classes);
    if (base) for (let c = 0; c < classes.length; c++) logits[c]! += base[c]!;
    const p = softmax(logits);
    if (p[truth]! >= how.target) break;
    for (let i = 0; i < f.keys.length; i++) {
      const b = String(bucketOf(f.keys[i]!, STUDY_BITS));
      if (!touched.has(b)) {
        const old = next.weights[b] ?? [];
        next.weights[b] = Array.from({ length: k }, (_, j) => old[j] ?? 0);
        touched.add(b);
      }
      const w = next.weights[b]!;
      const v = f.values[i]!;
      for (let c = 0; c < classes.length; c++) {
        const g = (p[c]! - (c === truth ? 1 : 0)) * v;
        w[cols[c]!]! -= how.rate * g;
      }
    }
  }
  for (const b of touched) next.weights[b] = next.weights[b]!.map((x) => Math.round(x * 1e4) / 1e4);
  next.clips = model.clips + 1;
  next.updatedAt = now;
  return next;
}
