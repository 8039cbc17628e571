// `node scripts/tune-stages.mjs`: compares training settings by 5-fold
// cross-validation on the training corpus only (never the held-out split).
import { crossValidate, clearFeatureCache } from '../../lib/stage-model/training';
import { accuracy } from '../../lib/stage-model/metrics';
import type { TrainOptions } from '../../lib/stage-model/linear-model';
import { trainingCorpus } from './corpus-files';
import { TRAIN_OPTIONS } from './settings';
import { FEATURE_SET } from '../../lib/stage-model/features';

export async function main(args: string[]): Promise<void> {
  const corpus = trainingCorpus();
  const defaults = { ...FEATURE_SET };
  for (const arg of args.length ? args : ['{}']) {
    const { feat, ...rest } = JSON.parse(arg) as Partial<TrainOptions> & { feat?: Partial<typeof FEATURE_SET> };
    Object.assign(FEATURE_SET, defaults, feat);
    const o = { ...TRAIN_OPTIONS, ...rest };
    clearFeatureCache();
    const t0 = performance.now();
    const a = accuracy(crossValidate(corpus, 5, o));
    console.log(`${arg}  top-1 ${(a.top1 * 100).toFixed(1)}%  top-2 ${(a.top2 * 100).toFixed(1)}%  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
