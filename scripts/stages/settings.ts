// Hyper-parameters of the shipped stage model, chosen by 5-fold
// cross-validation on the training corpus (scripts/stages/tune.ts).
import type { FrameworkTrainOptions } from '../../lib/stage-model/training';
import { accuracy } from '../../lib/stage-model/metrics';
import type { Prediction } from '../../lib/stage-model/training';

export const TRAIN_OPTIONS: FrameworkTrainOptions = {
  bits: 15,
  bitsOf: { 'moments-of-truth': 16, 'b2c-journey': 14, 'b2b-journey': 15 },
  epochs: 25,
  rate: 0.05,
  l2: 1e-4,
  seed: 18,
};

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

/** Probabilities as a temperature `t` would make them (p^(1/t), renormalised). */
export function withTemperature(cv: readonly Prediction[], t: number): Prediction[] {
  return cv.map((p) => {
    const raised = p.ranked.map((r) => Math.pow(r.probability, 1 / t));
    const sum = raised.reduce((a, b) => a + b, 0);
    return { ...p, ranked: p.ranked.map((r, i) => ({ stageId: r.stageId, probability: raised[i]! / sum })) };
  });
}

/** The temperature that makes the cross-validated probabilities most honest (least log loss). */
export function pickTemperature(cv: readonly Prediction[]): number {
  let best = { t: 1, loss: Infinity };
  for (let t = 1; t <= 8; t += 0.25) {
    let loss = 0;
    for (const p of withTemperature(cv, t)) loss -= Math.log(Math.max(1e-12, p.ranked.find((r) => r.stageId === p.item.stage)?.probability ?? 0));
    if (loss < best.loss) best = { t, loss };
  }
  return best.t;
}
