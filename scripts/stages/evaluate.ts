// `npm run eval:stages`: the stage model's figures. 5-fold cross-validation on
// the training corpus (per language and stage); with `--heldout`, the shipped
// model on the held-out split (overall, per language and stage, pre-filled and
// wrong, the learning curve after 0/10/30/60 labelled clips, and a custom
// four-stage framework after 20). The held-out split is only measured here,
// never used to choose anything.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../../lib/stage-model/model-bundle';
import { crossValidate } from '../../lib/stage-model/training';
import { accuracy, report } from '../../lib/stage-model/metrics';
import { builtInRun, learningCurve, MERGED_MOT, predictInStudy } from '../../lib/stage-model/study-simulation';
import { BUILT_IN_FRAMEWORKS } from '../../lib/stage-model/corpus';
import { heldOut, ROOT, trainingCorpus } from './corpus-files';
import { TRAIN_OPTIONS, pickTemperature, pickThreshold, withTemperature } from './settings';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function main(args: string[]): Promise<void> {
  const corpus = trainingCorpus();
  if (!args.includes('--heldout-only')) {
    const raw = crossValidate(corpus, 5, TRAIN_OPTIONS);
    const cv = withTemperature(raw, pickTemperature(raw));
    const t = pickThreshold(cv);
    console.log(report(`5-fold cross-validation on the training corpus (${corpus.length} snippets; threshold ${t})`, cv, t));
  }
  if (!args.includes('--heldout') && !args.includes('--heldout-only')) return;
  const file = readFileSync(join(ROOT, 'public', 'stage-model.json'), 'utf8');
  const bundle = readBundle(JSON.parse(file));
  console.log(`\nmodel: ${(file.length / 1024).toFixed(0)} KB, ${(gzipSync(file).length / 1024).toFixed(1)} KB gzip; confidence ${bundle.confidence}`);
  const test = heldOut();
  const preds = BUILT_IN_FRAMEWORKS.flatMap((fid) => predictInStudy(bundle, builtInRun(fid), [], test.filter((s) => s.framework === fid)));
  console.log(report(`held-out split (${test.length} snippets)`, preds, bundle.confidence));
  for (const fid of BUILT_IN_FRAMEWORKS) {
    const items = test.filter((s) => s.framework === fid);
    if (items.length < 70) continue;
    const curve = learningCurve(bundle, builtInRun(fid), items, [0, 10, 30, 60]);
    console.log(
      `learning curve ${fid} (same ${curve[0]!.preds.length} remaining snippets): ` +
        curve.map(({ k, preds: p }) => `${k} clips → top-1 ${pct(accuracy(p).top1)}, top-2 ${pct(accuracy(p).top2)}, pre-filled wrong ${pct(accuracy(p).prefilledWrong)}`).join('; '),
    );
  }
  const mot = test.filter((s) => s.framework === 'moments-of-truth');
  const custom = learningCurve(bundle, MERGED_MOT, mot, [0, 5, 10, 20, 40]);
  console.log(
    `custom four-stage framework (${MERGED_MOT.stageIds.join(', ')}; ${custom[0]!.preds.length} remaining snippets): ` +
      custom.map(({ k, preds: p }) => `${k} clips → top-1 ${pct(accuracy(p).top1)}`).join('; '),
  );
}
