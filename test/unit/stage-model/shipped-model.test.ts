// The shipped model: small, fast, valid, and the one `npm run train:stages` makes from the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleFile, readBundle, StageModelBundleSchema } from '../../../lib/stage-model/model-bundle';
import { trainFrameworks } from '../../../lib/stage-model/training';
import { BUILT_IN_STAGES } from '../../../lib/stage-model/corpus';
import { suggestStage } from '../../../lib/stage-model/suggest';
import { ROOT, trainingCorpus } from '../../../scripts/stages/corpus-files';
import { TRAIN_OPTIONS } from '../../../scripts/stages/settings';
import { shippedBundle, suggestShipped } from './shipped';

const file = readFileSync(join(ROOT, 'public', 'stage-model.json'), 'utf8');

describe('the shipped stage model', () => {
  it('is at most 300 KB gzip and valid', () => {
    const kb = gzipSync(file, { level: 9 }).length / 1024;
    console.log(`stage model: ${(file.length / 1024).toFixed(0)} KB, ${kb.toFixed(1)} KB gzip`);
    expect(kb).toBeLessThanOrEqual(300);
    const parsed = StageModelBundleSchema.parse(JSON.parse(file));
    expect(Object.keys(parsed.frameworks).sort()).toEqual(Object.keys(BUILT_IN_STAGES).sort());
    expect(() => readBundle({ ...parsed, frameworks: { x: { ...parsed.frameworks['b2c-journey']!, bits: 9 } } })).toThrow(/size/);
  });

  it('is what training on the corpus makes (deterministic, not stale)', { timeout: 120_000 }, () => {
    const corpus = trainingCorpus();
    const shipped = JSON.parse(file) as ReturnType<typeof bundleFile>;
    expect(shipped.trainedOn).toBe(corpus.length);
    const again = bundleFile(trainFrameworks(corpus, TRAIN_OPTIONS), shipped.confidence, corpus.length, shipped.temperature);
    expect(again).toEqual(shipped);
  });

  it('suggests within 20 ms p95, long passages and Traditional Chinese included', () => {
    const stageIds = BUILT_IN_STAGES['moments-of-truth'];
    const bundle = shippedBundle();
    const texts = ['出貨很慢，超商取貨等了一個禮拜', 'Sponsored · meet the new kettle', 'Piegāde kavējās divas nedēļas', 'x'.repeat(5000), '物流'.repeat(2500)];
    suggestStage({ bundle, frameworkId: 'moments-of-truth', stageIds, input: { text: texts[0]!, url: 'https://a.example/', sourceType: 'social' } });
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      suggestStage({ bundle, frameworkId: 'moments-of-truth', stageIds, input: { text: `${texts[i % texts.length]} ${i}`, url: `https://a${i}.example/p/${i}`, sourceType: 'social' } });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.ceil(times.length * 0.95) - 1]).toBeLessThanOrEqual(20);
  });

  it('gives the two likeliest stages with reasons in words, and pre-fills only when confident', () => {
    const s = suggestShipped({ text: 'The parcel arrived nine days late and the courier never called.', url: 'https://www.trustpilot.com/review/acme.example', sourceType: 'review_platform' });
    expect(s.choices).toHaveLength(2);
    expect(s.choices[0]!.probability).toBeGreaterThanOrEqual(s.choices[1]!.probability);
    expect(s.confident).toBe(s.choices[0]!.probability >= shippedBundle().confidence);
    const reason = s.choices[0]!.reason;
    expect(reason.words.length + (reason.page ? 1 : 0)).toBeGreaterThan(0);
    // Nothing to go on for a custom framework that no clip has taught.
    expect(suggestStage({ bundle: shippedBundle(), frameworkId: 'custom-x', stageIds: ['a', 'b'], input: { text: 'x', url: 'https://a.example/', sourceType: 'other' } }).choices).toEqual([]);
  });
});
