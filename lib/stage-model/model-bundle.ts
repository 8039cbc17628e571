import { z } from 'zod';
import type { LinearModel } from './linear-model';

/**
 * The shipped stage model (public/stage-model.json): one linear model per
 * built-in framework, weights quantised to int8 (base64) with one scale each,
 * and the confidence above which the form pre-fills. Written by
 * `npm run train:stages`, read by the background.
 */
export const STAGE_MODEL_PATH = '/stage-model.json';

const QuantisedSchema = z.object({
  classes: z.array(z.string().min(1)).min(2).max(50),
  bits: z.number().int().min(8).max(20),
  scale: z.number().positive(),
  /** base64 of int8 weights, bucket-major. */
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const StageModelBundleSchema = z.object({
  format: z.literal('journey-lens-stage-model'),
  version: z.literal(1),
  /** Pre-fill only when the top stage's probability reaches this. */
  confidence: z.number().min(0).max(1),
  /** Logits are divided by this before the softmax (calibration from cross-validation). */
  temperature: z.number().min(0.1).max(100).default(1),
  trainedOn: z.number().int().min(0),
  frameworks: z.record(z.string(), QuantisedSchema),
});
export type StageModelBundleFile = z.infer<typeof StageModelBundleSchema>;

export interface StageModelBundle {
  confidence: number;
  temperature: number;
  frameworks: Record<string, LinearModel>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Weights use ±31 of int8's ±127 steps: in 5-fold cross-validation (two fold
 * splits) the coarser steps cost nothing measurable (top-1 78.0% vs 78.0% at
 * ±127) and the file gzips to about 250 KB instead of 310 KB.
 */
export const QUANTISATION_LEVELS = 31;

export function quantise(model: LinearModel): z.infer<typeof QuantisedSchema> {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / QUANTISATION_LEVELS || 1;
  const bytes = new Int8Array(model.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(model.weights[i]! / scale);
  return { classes: model.classes, bits: model.bits, scale, weights: toBase64(new Uint8Array(bytes.buffer)) };
}

export function dequantise(q: z.infer<typeof QuantisedSchema>): LinearModel {
  const bytes = new Int8Array(fromBase64(q.weights).buffer);
  if (bytes.length !== (1 << q.bits) * q.classes.length) throw new Error('stage model: weights do not match its size');
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i]! * q.scale;
  return { classes: q.classes, bits: q.bits, weights };
}

export function bundleFile(frameworks: Record<string, LinearModel>, confidence: number, trainedOn: number, temperature = 1): StageModelBundleFile {
  return {
    format: 'journey-lens-stage-model',
    version: 1,
    confidence,
    temperature,
    trainedOn,
    frameworks: Object.fromEntries(Object.entries(frameworks).map(([id, m]) => [id, quantise(m)])),
  };
}

/** Reads the shipped file (validated). */
export function readBundle(json: unknown): StageModelBundle {
  const file = StageModelBundleSchema.parse(json);
  return {
    confidence: file.confidence,
    temperature: file.temperature,
    frameworks: Object.fromEntries(Object.entries(file.frameworks).map(([id, q]) => [id, dequantise(q)])),
  };
}
