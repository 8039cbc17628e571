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
  /**
   * Custom frameworks: the latest clips' shipped-model probabilities (`denseKeys`
   * order) with their stage, refitted as a whole on every clip so that the
   * mapping from built-in stages to the study's own is stable.
   */
  denseKeys: z.array(z.number().int().min(0)).max(100).optional(),
  examples: z.array(z.object({ v: z.array(z.number()).max(100), stage: z.string().min(1).max(200) })).max(1000).optional(),
  /** The latest clips' passage features (sorted buckets) with their stage: a near-duplicate follows the researcher at once. */
  recent: z.array(z.object({ k: z.array(z.number().int().min(0)).max(2000), stage: z.string().min(1).max(200) })).max(500).optional(),
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
  builtIn: { rate: 0.05, maxSteps: 20, target: 0.7 },
  custom: { rate: 0.1, maxSteps: 20, target: 0.9, keep: 300, l2: 0.01, iterations: 200 },
  priorWeight: 15,
  /** Near duplicates: how many clips are remembered, how alike (Jaccard of passage features) counts, and the pull (logits). */
  recent: { keep: 100, minSimilarity: 0.3, weight: 8 },
};

/** The passage's own feature buckets (words and n-grams), sorted: what near duplicates share. */
export function passageKeys(f: Features): number[] {
  const out = new Set<number>();
  f.keys.forEach((key, i) => f.kinds[i] === 'text' && out.add(bucketOf(key, STUDY_BITS)));
  return [...out].sort((a, b) => a - b);
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union ? both / union : 0;
}

/** Logits from the remembered clips a passage nearly repeats (the most alike clip per stage counts). */
export function recentLogits(model: StudyStageModel, f: Features, classes: readonly string[]): { logits: Float64Array; matched: boolean } {
  const logits = new Float64Array(classes.length);
  const keys = passageKeys(f);
  const { minSimilarity, weight } = STUDY_LEARNING.recent;
  let matched = false;
  for (const r of model.recent ?? []) {
    const c = classes.indexOf(r.stage);
    if (c < 0) continue;
    const sim = jaccard(keys, r.k);
    if (sim < minSimilarity) continue;
    matched = true;
    logits[c] = Math.max(logits[c]!, weight * (sim - minSimilarity) / (1 - minSimilarity) + 2);
  }
  return { logits, matched };
}

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
  const dense = base ? [] : f.keys.flatMap((_, i) => (f.kinds[i] === 'bias' ? [i] : []));
  if (dense.length) {
    // Custom framework: refit the mapping from the shipped probabilities on the kept clips, then teach the words.
    const keys = dense.map((i) => bucketOf(f.keys[i]!, STUDY_BITS));
    const same = next.denseKeys?.length === keys.length && next.denseKeys.every((x, i) => x === keys[i]);
    const kept = same ? (next.examples ?? []) : [];
    next.denseKeys = keys;
    next.examples = [...kept, { v: dense.map((i) => Math.round(f.values[i]! * 1e4) / 1e4), stage: stageId }].slice(-STUDY_LEARNING.custom.keep);
    refitDense(next, classes);
  }
  for (let step = 0; step < how.maxSteps; step++) {
    const logits = studyLogits(next, f, classes);
    if (base) for (let c = 0; c < classes.length; c++) logits[c]! += base[c]!;
    const p = softmax(logits);
    if (p[truth]! >= how.target) break;
    for (let i = 0; i < f.keys.length; i++) {
      if (dense.length && f.kinds[i] === 'bias') continue;
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
  const keys = passageKeys(f);
  if (keys.length) next.recent = [...(next.recent ?? []), { k: keys, stage: stageId }].slice(-STUDY_LEARNING.recent.keep);
  next.clips = model.clips + 1;
  next.updatedAt = now;
  return next;
}

/** Full-batch logistic regression of the kept clips' stages on their shipped-model probabilities (L2-regularised). */
function refitDense(model: StudyStageModel, classes: readonly string[]): void {
  const keys = model.denseKeys ?? [];
  const examples = (model.examples ?? []).filter((e) => e.v.length === keys.length && classes.includes(e.stage));
  const k = model.classes.length;
  const d = keys.length;
  const w = keys.map(() => new Float64Array(k));
  const { l2, iterations } = STUDY_LEARNING.custom;
  if (!examples.length) return;
  const labels = examples.map((e) => model.classes.indexOf(e.stage));
  const grad = keys.map(() => new Float64Array(k));
  for (let it = 0; it < iterations; it++) {
    grad.forEach((g, j) => g.forEach((_, c) => (g[c] = l2 * w[j]![c]!)));
    examples.forEach((e, n) => {
      const logits = new Float64Array(k);
      for (let j = 0; j < d; j++) for (let c = 0; c < k; c++) logits[c]! += w[j]![c]! * e.v[j]!;
      const p = softmax(logits);
      for (let j = 0; j < d; j++) for (let c = 0; c < k; c++) grad[j]![c]! += ((p[c]! - (c === labels[n] ? 1 : 0)) * e.v[j]!) / examples.length;
    });
    for (let j = 0; j < d; j++) for (let c = 0; c < k; c++) w[j]![c]! -= 0.5 * grad[j]![c]!;
  }
  keys.forEach((b, j) => (model.weights[String(b)] = Array.from(w[j]!, (x) => Math.round(x * 1e4) / 1e4)));
}
