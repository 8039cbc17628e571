import { BUILT_IN_FRAMEWORKS, BUILT_IN_STAGES, inputOf, type LabelledSnippet } from './corpus';
import { featurize, type Features } from './features';
import { STACK_FROM, stackedFeatures } from './stacking';
import { logitsOf, seededRandom, shuffled, softmax, train, type Example, type LinearModel, type TrainOptions } from './linear-model';
import { groupBy } from '../group-by';

/**
 * Training and cross-validation of the shipped model from labelled snippets
 * (used by `npm run train:stages`, the evaluation script and the tests).
 */
export interface Prediction {
  item: LabelledSnippet;
  /** Stage ids, likeliest first, with their probabilities. */
  ranked: { stageId: string; probability: number }[];
  /** Whether the form would pre-fill (when known; else the probability decides). */
  confident?: boolean;
}

let featureCache = new WeakMap<LabelledSnippet, Features>();
/** After the feature set changed (tuning). */
export function clearFeatureCache(): void {
  featureCache = new WeakMap();
}
export function featuresOf(item: LabelledSnippet): Features {
  let f = featureCache.get(item);
  if (!f) featureCache.set(item, (f = featurize(inputOf(item))));
  return f;
}

/** `bitsOf`: a framework's own hash size (the big MOT corpus affords more buckets than B2C and B2B). */
export type FrameworkTrainOptions = Partial<TrainOptions> & { bitsOf?: Record<string, number> };

export function trainFrameworks(items: readonly LabelledSnippet[], options: FrameworkTrainOptions = {}): Record<string, LinearModel> {
  const out: Record<string, LinearModel> = {};
  // The MOT model first: the others read its probabilities.
  for (const fid of [STACK_FROM, ...BUILT_IN_FRAMEWORKS.filter((x) => x !== STACK_FROM)] as const) {
    const classes: string[] = [...BUILT_IN_STAGES[fid]];
    const examples: Example[] = items
      .filter((s) => s.framework === fid)
      .map((s) => {
        const alsoOk = s.alsoOk?.[0] ? classes.indexOf(s.alsoOk[0]) : -1;
        return { features: stackedFeatures(out, fid, featuresOf(s)), label: classes.indexOf(s.stage), ...(alsoOk >= 0 ? { alsoOk } : {}) };
      });
    if (examples.length) out[fid] = train(classes, examples, { ...options, ...(options.bitsOf?.[fid] ? { bits: options.bitsOf[fid] } : {}) });
  }
  return out;
}

export function predict(models: Record<string, LinearModel>, item: LabelledSnippet): Prediction {
  const model = models[item.framework];
  if (!model) return { item, ranked: [] };
  const p = softmax(logitsOf(model, stackedFeatures(models, item.framework, featuresOf(item))));
  const ranked = model.classes.map((stageId, i) => ({ stageId, probability: p[i]! }));
  ranked.sort((a, b) => b.probability - a.probability);
  return { item, ranked };
}

/** Splits into k folds, stratified by framework × stage, in a seeded order. */
export function folds(items: readonly LabelledSnippet[], k: number, seed = 7): LabelledSnippet[][] {
  const out: LabelledSnippet[][] = Array.from({ length: k }, () => []);
  const groups = groupBy(items, (s) => `${s.framework}/${s.stage}`);
  const random = seededRandom(seed);
  let next = 0;
  for (const key of [...groups.keys()].sort()) for (const s of shuffled(groups.get(key)!, random)) out[next++ % k]!.push(s);
  return out;
}

/** Out-of-fold predictions for every item. */
export function crossValidate(items: readonly LabelledSnippet[], k = 5, options: FrameworkTrainOptions = {}, foldSeed = 7): Prediction[] {
  const parts = folds(items, k, foldSeed);
  const out: Prediction[] = [];
  parts.forEach((test, i) => {
    const models = trainFrameworks(parts.filter((_, j) => j !== i).flat(), options);
    for (const s of test) out.push(predict(models, s));
  });
  return out;
}
