import { hashName, type Features } from './features';
import { logitsOf, softmax, type LinearModel } from './linear-model';

/**
 * The B2C and B2B models also read the Moments-of-Truth model's stage
 * probabilities (trained on far more snippets): what a passage is about in
 * MOT terms carries over to the other journeys. The MOT model itself reads
 * only the passage and page.
 */
export const STACK_FROM = 'moments-of-truth';
/** The weight of the MOT probabilities as features (tuned by cross-validation). */
export const STACKING = { weight: 3 };

export function stackedFeatures(models: Record<string, LinearModel>, frameworkId: string, f: Features): Features {
  const from = models[STACK_FROM];
  if (frameworkId === STACK_FROM || !from) return f;
  const p = softmax(logitsOf(from, f));
  const out: Features = { keys: [...f.keys], values: [...f.values], kinds: [...f.kinds], shown: [...f.shown] };
  from.classes.forEach((c, i) => {
    out.keys.push(hashName(`stack:${c}`));
    out.values.push(STACKING.weight * p[i]!);
    out.kinds.push('bias');
    out.shown.push('');
  });
  return out;
}
