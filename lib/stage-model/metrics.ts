import type { Prediction } from './training';
import { groupBy as groupItems } from '../group-by';

/** Top-1 / top-2 accuracy and the pre-fill figures of a set of predictions. */
export interface Accuracy {
  n: number;
  top1: number;
  top2: number;
  /** Top-1 counting an acceptable second stage (`alsoOk`) as right. */
  top1Lenient: number;
  /** Share of snippets the form would pre-fill (confidence ≥ threshold). */
  prefilled: number;
  /** Of the pre-filled ones, the share with the wrong stage. */
  prefilledWrong: number;
  /** Of all snippets, the share pre-filled with the wrong stage. */
  prefilledWrongOfAll: number;
}

export function accuracy(preds: readonly Prediction[], threshold = 1): Accuracy {
  let top1 = 0;
  let top2 = 0;
  let lenient = 0;
  let filled = 0;
  let filledWrong = 0;
  for (const { item, ranked, confident } of preds) {
    const first = ranked[0]?.stageId;
    const ok = first === item.stage;
    if (ok) top1++;
    if (ok || (first !== undefined && item.alsoOk?.includes(first))) lenient++;
    if (ranked.slice(0, 2).some((r) => r.stageId === item.stage)) top2++;
    if (confident ?? (ranked[0]?.probability ?? 0) >= threshold) {
      filled++;
      if (!ok) filledWrong++;
    }
  }
  const n = preds.length;
  const share = (x: number, of = n) => (of ? x / of : 0);
  return {
    n,
    top1: share(top1),
    top2: share(top2),
    top1Lenient: share(lenient),
    prefilled: share(filled),
    prefilledWrong: share(filledWrong, filled),
    prefilledWrongOfAll: share(filledWrong),
  };
}

/** Predictions grouped by `key`, groups sorted by key (for the report). */
export function groupBy(preds: readonly Prediction[], key: (p: Prediction) => string): Map<string, Prediction[]> {
  return new Map([...groupItems(preds, key)].sort(([a], [b]) => a.localeCompare(b)));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A readable table: overall, per language, per framework/stage. */
export function report(title: string, preds: readonly Prediction[], threshold: number): string {
  const line = (name: string, ps: readonly Prediction[]) => {
    const a = accuracy(ps, threshold);
    return `${name.padEnd(28)} n=${String(a.n).padStart(4)}  top-1 ${pct(a.top1).padStart(6)}  top-2 ${pct(a.top2).padStart(6)}  top-1 (alsoOk) ${pct(a.top1Lenient).padStart(6)}  pre-filled ${pct(a.prefilled).padStart(6)}, wrong ${pct(a.prefilledWrong).padStart(5)} (of all ${pct(a.prefilledWrongOfAll)})`;
  };
  const out = [`## ${title}`, line('overall', preds)];
  for (const [k, ps] of groupBy(preds, (p) => p.item.framework)) out.push(line(k, ps));
  for (const [k, ps] of groupBy(preds, (p) => `lang ${p.item.lang}`)) out.push(line(k, ps));
  for (const [k, ps] of groupBy(preds, (p) => `${p.item.framework === 'moments-of-truth' ? 'MOT' : p.item.framework.slice(0, 3).toUpperCase()} ${p.item.stage}`)) out.push(line(k, ps));
  return out.join('\n');
}
