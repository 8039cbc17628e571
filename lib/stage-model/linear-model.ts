import type { Features } from './features';

/**
 * A multinomial logistic regression over hashed features: `weights[b * k + c]`
 * is bucket b's weight for class c (k classes). Small (2^bits buckets), fast
 * (one sparse dot product per class) and trained deterministically.
 */
export interface LinearModel {
  classes: string[];
  bits: number;
  weights: Float32Array;
}

export function bucketOf(key: number, bits: number): number {
  return key & ((1 << bits) - 1);
}

/** Raw class scores (logits). */
export function logitsOf(model: LinearModel, f: Features): Float64Array {
  const k = model.classes.length;
  const out = new Float64Array(k);
  const { weights, bits } = model;
  for (let i = 0; i < f.keys.length; i++) {
    const base = bucketOf(f.keys[i]!, bits) * k;
    const v = f.values[i]!;
    for (let c = 0; c < k; c++) out[c]! += weights[base + c]! * v;
  }
  return out;
}

export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp(logits[i]! - max);
  for (let i = 0; i < logits.length; i++) out[i]! /= sum;
  return out;
}

/** A seeded generator (mulberry32): the same corpus always trains the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 penalty per update on the touched weights. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { bits: 15, epochs: 25, rate: 0.3, l2: 1e-4, seed: 18 };

export interface Example {
  features: Features;
  /** Index of the class. */
  label: number;
  /** Another acceptable class (counts half in training). */
  alsoOk?: number;
  /** Logits added before the softmax (a prior from another model); not learned. */
  offset?: ArrayLike<number>;
}

/** Trains by AdaGrad on the cross-entropy, in a seeded order. */
export function train(classes: string[], examples: readonly Example[], options: Partial<TrainOptions> = {}): LinearModel {
  const o = { ...DEFAULT_TRAIN, ...options };
  const k = classes.length;
  const size = 1 << o.bits;
  const weights = new Float32Array(size * k);
  const g2 = new Float32Array(size * k).fill(1e-6);
  const random = seededRandom(o.seed);
  const model: LinearModel = { classes, bits: o.bits, weights };
  const target = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffled(examples, random)) {
      const logits = logitsOf(model, ex.features);
      if (ex.offset) for (let c = 0; c < k; c++) logits[c]! += ex.offset[c]!;
      const p = softmax(logits);
      target.fill(0);
      if (ex.alsoOk !== undefined && ex.alsoOk !== ex.label) {
        target[ex.label] = 0.75;
        target[ex.alsoOk] = 0.25;
      } else target[ex.label] = 1;
      const f = ex.features;
      for (let i = 0; i < f.keys.length; i++) {
        const base = bucketOf(f.keys[i]!, o.bits) * k;
        const v = f.values[i]!;
        for (let c = 0; c < k; c++) {
          const j = base + c;
          const g = (p[c]! - target[c]!) * v + o.l2 * weights[j]!;
          g2[j]! += g * g;
          weights[j]! -= (o.rate * g) / Math.sqrt(g2[j]!);
        }
      }
    }
  }
  return model;
}
