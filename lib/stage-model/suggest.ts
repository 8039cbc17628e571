import { featurize, type FeatureKind, type Features, type StageInput } from './features';
import { bucketOf, logitsOf, softmax, type LinearModel } from './linear-model';
import type { StageModelBundle } from './model-bundle';
import { stackedFeatures } from './stacking';
import { priorFeatures, recentLogits, STUDY_BITS, studyLogits, type StudyStageModel } from './study-model';

/** Why a stage was suggested, in things a researcher can check. */
export interface StageReason {
  /** Words of the passage that pointed there (as written), strongest first. */
  words: string[];
  /** The page signal that pointed there, if it mattered. */
  page: { kind: 'source' | 'url' | 'jsonld' | 'title'; value: string } | null;
  /** The study's own earlier clips pointed there. */
  study: boolean;
}

export interface StageChoice {
  stageId: string;
  probability: number;
  reason: StageReason;
}

export interface StageSuggestion {
  /** The two likeliest stages, best first (none when there is nothing to go on). */
  choices: StageChoice[];
  /** The first choice is likely enough to pre-fill the form. */
  confident: boolean;
}

export interface SuggestRequest {
  bundle: StageModelBundle | undefined;
  /** The study's learned model (ignored when it was learned for another framework). */
  study?: StudyStageModel;
  frameworkId: string;
  /** The framework's stage ids, in order. */
  stageIds: readonly string[];
  input: StageInput;
}

/**
 * The shipped model for a framework: its own, or for a study's copy of a
 * built-in framework with stages added, the built-in one whose stages it
 * keeps. Undefined for a custom framework.
 */
export function shippedModelFor(bundle: StageModelBundle | undefined, frameworkId: string, stageIds: readonly string[]): { id: string; model: LinearModel } | undefined {
  if (!bundle) return undefined;
  const own = bundle.frameworks[frameworkId];
  if (own) return { id: frameworkId, model: own };
  const found = Object.entries(bundle.frameworks).find(([, m]) => m.classes.every((c) => stageIds.includes(c)));
  return found && { id: found[0], model: found[1] };
}

/** The shipped model's scores over `stageIds` (undefined for a custom framework); a stage it does not know starts a little below the average. */
export function baseLogits(bundle: StageModelBundle | undefined, frameworkId: string, stageIds: readonly string[], f: Features) {
  const shipped = shippedModelFor(bundle, frameworkId, stageIds);
  if (!shipped) return undefined;
  const model = shipped.model;
  const t = bundle!.temperature;
  const raw = logitsOf(model, stackedFeatures(bundle!.frameworks, shipped.id, f)).map((x) => x / t);
  const mean = raw.reduce((s, x) => s + x, 0) / raw.length;
  return Float64Array.from(stageIds, (id) => {
    const i = model.classes.indexOf(id);
    return i >= 0 ? raw[i]! : mean - 1;
  });
}

/** Ranks the framework's stages for a passage and says how sure it is. */
export function suggestStage(req: SuggestRequest): StageSuggestion {
  const { bundle, frameworkId, stageIds, input } = req;
  const f = featurize(input);
  const base = baseLogits(bundle, frameworkId, stageIds, f);
  const study = req.study && req.study.frameworkId === frameworkId && req.study.clips > 0 ? req.study : undefined;
  if (!base && !study) return { choices: [], confident: false };
  const fp = study ? priorFeatures(bundle, f, base) : f;
  const logits = base ? Float64Array.from(base) : new Float64Array(stageIds.length);
  const learned = study ? studyLogits(study, fp, stageIds) : undefined;
  if (learned) for (let c = 0; c < logits.length; c++) logits[c]! += learned[c]!;
  const recent = study ? recentLogits(study, f, stageIds) : undefined;
  if (recent?.matched) for (let c = 0; c < logits.length; c++) logits[c]! += recent.logits[c]!;
  const p = softmax(logits);
  const order = [...stageIds.keys()].sort((a, b) => p[b]! - p[a]! || a - b);
  const shipped = shippedModelFor(bundle, frameworkId, stageIds);
  const model = shipped?.model;
  const choices = order.slice(0, 2).map((c) => ({
    stageId: stageIds[c]!,
    probability: p[c]!,
    reason: { ...reasonFor(c, stageIds, f, fp, model, study), ...(recent && recent.logits[c]! > 0 ? { study: true } : {}) },
  }));
  // A custom framework's model knows only what the study taught it: pre-fill after a few clips.
  const threshold = bundle?.confidence ?? 0.6;
  const confident = choices[0]!.probability >= threshold && (!!base || (study?.clips ?? 0) >= 5);
  return { choices, confident };
}

/** What pushed class `c` above the others: the strongest words, page signal, and the study's share. */
function reasonFor(
  c: number,
  stageIds: readonly string[],
  f: Features,
  fp: Features,
  model: LinearModel | undefined,
  study: StudyStageModel | undefined,
): StageReason {
  const k = stageIds.length;
  const contrib = (weightsOf: (i: number) => number[] | undefined, features: Features) =>
    features.keys.map((_, i) => {
      const w = weightsOf(i);
      if (!w) return 0;
      const mean = w.reduce((s, x) => s + x, 0) / k;
      return (w[c]! - mean) * features.values[i]!;
    });
  const modelCols = model ? stageIds.map((id) => model.classes.indexOf(id)) : [];
  const fromModel = model
    ? contrib((i) => {
        const base = bucketOf(f.keys[i]!, model.bits) * model.classes.length;
        return modelCols.map((j) => (j >= 0 ? model.weights[base + j]! : 0));
      }, f)
    : [];
  const studyCols = study ? stageIds.map((id) => study.classes.indexOf(id)) : [];
  const fromStudy = study
    ? contrib((i) => {
        const w = study.weights[bucketOf(fp.keys[i]!, STUDY_BITS)];
        return w && studyCols.map((j) => (j >= 0 ? (w[j] ?? 0) : 0));
      }, fp)
    : [];
  const byKind = new Map<FeatureKind, number>();
  const scored: { i: number; v: number }[] = [];
  f.keys.forEach((_, i) => {
    const v = (fromModel[i] ?? 0) + (fromStudy[i] ?? 0);
    if (v <= 0) return;
    byKind.set(f.kinds[i]!, (byKind.get(f.kinds[i]!) ?? 0) + v);
    scored.push({ i, v });
  });
  const studyTotal = fromStudy.reduce((s, v) => s + Math.max(0, v), 0);
  const total = [...byKind.values()].reduce((s, v) => s + v, 0) + (model ? 0 : studyTotal);
  scored.sort((a, b) => b.v - a.v);
  const words: string[] = [];
  for (const { i } of scored) {
    if (f.kinds[i] !== 'text' || words.length >= 3) continue;
    const shown = f.shown[i]!.trim();
    const low = shown.toLowerCase();
    if (!shown || words.some((w) => w.toLowerCase().includes(low) || low.includes(w.toLowerCase()))) continue;
    words.push(shown);
  }
  let page: StageReason['page'] = null;
  const pageSignal = scored.find(({ i }) => f.kinds[i] === 'source' || f.kinds[i] === 'url' || f.kinds[i] === 'jsonld');
  const pageShare = (['source', 'url', 'jsonld'] as const).reduce((s, kind) => s + (byKind.get(kind) ?? 0), 0);
  if (pageSignal && pageShare >= 0.25 * total) {
    const kind = f.kinds[pageSignal.i] as 'source' | 'url' | 'jsonld';
    page = { kind, value: f.shown[pageSignal.i]! };
  }
  return { words: (byKind.get('text') ?? 0) >= 0.2 * total ? words : [], page, study: !!study && studyTotal >= 0.3 * Math.max(total, 1e-9) };
}

export { softmax };
