// `node scripts/tune-stages.mjs`: compares training settings by 5-fold
// cross-validation on the training corpus only (never the held-out split).
import { crossValidate, clearFeatureCache, folds, trainFrameworks } from '../../lib/stage-model/training';
import { learningCurve, builtInRun, MERGED_MOT } from '../../lib/stage-model/study-simulation';
import { STUDY_LEARNING } from '../../lib/stage-model/study-model';
import { accuracy } from '../../lib/stage-model/metrics';
import type { TrainOptions } from '../../lib/stage-model/linear-model';
import { trainingCorpus } from './corpus-files';
import { STACKING } from '../../lib/stage-model/stacking';
import { TRAIN_OPTIONS, pickTemperature, pickThreshold, withTemperature } from './settings';
import { FEATURE_SET } from '../../lib/stage-model/features';

/** `--seeds N`: averages over N different fold splits (the split alone moves a stage by several points). */
export async function main(allArgs: string[]): Promise<void> {
  const at = allArgs.indexOf('--seeds');
  const seeds = at >= 0 ? Number(allArgs[at + 1]) : 1;
  const args = at >= 0 ? allArgs.filter((_, i) => i !== at && i !== at + 1) : allArgs;
  const corpus = trainingCorpus();
  const defaults = { ...FEATURE_SET };
  for (const arg of args.length ? args : ['{}']) {
    const { feat, stack, ...rest } = JSON.parse(arg) as Partial<TrainOptions> & { feat?: Partial<typeof FEATURE_SET>; stack?: number };
    STACKING.weight = stack ?? 3;
    Object.assign(FEATURE_SET, defaults, feat);
    const o = { ...TRAIN_OPTIONS, ...rest };
    clearFeatureCache();
    const t0 = performance.now();
    const cv = Array.from({ length: seeds }, (_, i) => crossValidate(corpus, 5, o, 7 + i)).flat();
    const a = accuracy(cv);
    const by = (fid: string) => (accuracy(cv.filter((p) => p.item.framework === fid)).top1 * 100).toFixed(1);
    const mot = (stage: string) => (accuracy(cv.filter((p) => p.item.framework === 'moments-of-truth' && p.item.stage === stage)).top1 * 100).toFixed(0);
    const lang = (l: string) => (accuracy(cv.filter((p) => p.item.lang === l)).top1 * 100).toFixed(1);
    console.log(`${arg}  top-1 ${(a.top1 * 100).toFixed(1)}%  top-2 ${(a.top2 * 100).toFixed(1)}%  MOT ${by('moments-of-truth')} B2C ${by('b2c-journey')} B2B ${by('b2b-journey')} | smot ${mot('smot')} tmot ${mot('tmot')} fmot ${mot('fmot')} | en ${lang('en')} zhs ${lang('zh-Hans')} zht ${lang('zh-Hant')} lv ${lang('lv')}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

/** Simulated studies on each cross-validation fold: learning curve (MOT) and the merged four-stage framework. */
export async function study(args: string[]): Promise<void> {
  const corpus = trainingCorpus().filter((s) => s.framework === 'moments-of-truth');
  const parts = folds(corpus, 5);
  const bundles = parts.map((_, i) => {
    const rest = parts.filter((__, j) => j !== i).flat();
    const raw = crossValidate(rest, 5, TRAIN_OPTIONS);
    const temperature = pickTemperature(raw);
    return { frameworks: trainFrameworks(rest, TRAIN_OPTIONS), temperature, confidence: pickThreshold(withTemperature(raw, temperature)) };
  });
  const defaults = { ...STUDY_LEARNING };
  for (const arg of args.length ? args : ['{}']) {
    const o = JSON.parse(arg) as { builtIn?: object; custom?: object; priorWeight?: number };
    STUDY_LEARNING.builtIn = { ...defaults.builtIn, ...o.builtIn };
    STUDY_LEARNING.custom = { ...defaults.custom, ...o.custom };
    STUDY_LEARNING.priorWeight = o.priorWeight ?? defaults.priorWeight;
    const sums = new Map<string, number[]>();
    parts.forEach((test, i) => {
      for (const { k, preds } of learningCurve(bundles[i], builtInRun('moments-of-truth'), test, [0, 10, 30, 60])) {
        const a = accuracy(preds);
        sums.set(`mot@${k}`, [...(sums.get(`mot@${k}`) ?? []), a.top1]);
        sums.set(`wrong@${k}`, [...(sums.get(`wrong@${k}`) ?? []), a.prefilledWrong]);
      }
      for (const { k, preds } of learningCurve(bundles[i], MERGED_MOT, test, [10, 20, 40]))
        sums.set(`custom@${k}`, [...(sums.get(`custom@${k}`) ?? []), accuracy(preds).top1]);
    });
    console.log(arg, [...sums].map(([key, v]) => `${key} ${((v.reduce((s, x) => s + x, 0) / v.length) * 100).toFixed(1)}%`).join('  '));
  }
}
