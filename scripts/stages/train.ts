// `npm run train:stages`: trains the shipped stage model on the training corpus
// and writes public/stage-model.json. Deterministic: the same corpus gives the
// same file. The confidence threshold comes from 5-fold cross-validation on the
// training corpus (never from the held-out split).
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { bundleFile } from '../../lib/stage-model/model-bundle';
import { crossValidate, trainFrameworks } from '../../lib/stage-model/training';
import { accuracy } from '../../lib/stage-model/metrics';
import { ROOT, trainingCorpus } from './corpus-files';
import { TRAIN_OPTIONS, pickTemperature, pickThreshold, withTemperature } from './settings';

export async function main(): Promise<void> {
  const corpus = trainingCorpus();
  const raw = crossValidate(corpus, 5, TRAIN_OPTIONS);
  const temperature = pickTemperature(raw);
  const cv = withTemperature(raw, temperature);
  const confidence = pickThreshold(cv);
  const a = accuracy(cv, confidence);
  const models = trainFrameworks(corpus, TRAIN_OPTIONS);
  const file = bundleFile(models, confidence, corpus.length, temperature);
  const json = JSON.stringify(file);
  mkdirSync(join(ROOT, 'public'), { recursive: true });
  writeFileSync(join(ROOT, 'public', 'stage-model.json'), json + '\n');
  console.log(
    `trained on ${corpus.length} snippets; 5-fold CV top-1 ${(a.top1 * 100).toFixed(1)}%, top-2 ${(a.top2 * 100).toFixed(1)}%; ` +
      `temperature ${temperature}, confidence ${confidence.toFixed(2)} pre-fills ${(a.prefilled * 100).toFixed(1)}% with ${(a.prefilledWrong * 100).toFixed(1)}% wrong; ` +
      `public/stage-model.json ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzip`,
  );
}
