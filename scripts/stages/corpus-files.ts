// Reads the labelled snippets from the repository: the training corpus
// (data/stage-corpus/*.json plus the original labelled set) and the held-out
// split (test/fixtures/stage-heldout/*.json, for evaluation only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpusFile, type LabelledSnippet } from '../../lib/stage-model/corpus';
import { foldToSimplified } from '../../lib/stage-model/chinese-fold';
import { LABELLED } from '../../test/fixtures/stage-suggestion/labelled';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS_DIR = join(ROOT, 'data', 'stage-corpus');
export const HELDOUT_DIR = join(ROOT, 'test', 'fixtures', 'stage-heldout');

function readDir(dir: string): LabelledSnippet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .flatMap((n) => parseCorpusFile(n, readFileSync(join(dir, n), 'utf8')));
}

/** The project's first 72 labelled snippets, in the corpus format. */
export function originalLabelled(): LabelledSnippet[] {
  return LABELLED.map((s, i) => ({
    id: `labelled-${i}`,
    lang: /[\u3400-\u9fff]/.test(s.text) ? (foldToSimplified(s.text) === s.text ? 'zh-Hans' : 'zh-Hant') : 'en',
    framework: 'moments-of-truth',
    stage: s.expected,
    text: s.text,
    page: { url: s.url, title: s.title, sourceType: s.sourceType },
  }));
}

/** Everything the shipped model is trained on, in a stable order. */
export function trainingCorpus(): LabelledSnippet[] {
  const seen = new Set<string>();
  return [...readDir(CORPUS_DIR), ...originalLabelled()].filter((s) => {
    const key = `${s.framework}\u0000${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The held-out split: for measuring only, never for tuning. */
export function heldOut(): LabelledSnippet[] {
  return readDir(HELDOUT_DIR);
}
