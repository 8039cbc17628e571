// Hyper-parameters of the shipped stage model, chosen by 5-fold
// cross-validation on the training corpus (scripts/stages/tune.ts).
import type { TrainOptions } from '../../lib/stage-model/linear-model';
import { accuracy } from '../../lib/stage-model/metrics';
import type { Prediction } from '../../lib/stage-model/training';

export const TRAIN_OPTIONS: Partial<TrainOptions> = { bits: 15, epochs: 25, rate: 0.3, l2: 1e-4, seed: 18 };

/** The largest share of pre-fills that may be wrong in cross-validation. */
export const MAX_PREFILLED_WRONG = 0.06;

/** The lowest confidence whose cross-validated pre-fills are wrong at most MAX_PREFILLED_WRONG of the time. */
export function pickThreshold(cv: readonly Prediction[]): number {
  for (let t = 0.3; t < 0.99; t += 0.01) {
    const a = accuracy(cv, t);
    if (a.prefilledWrong <= MAX_PREFILLED_WRONG) return Math.round(t * 100) / 100;
  }
  return 0.99;
}
