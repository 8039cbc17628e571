import type { SourceType } from '../model/vocab-values';
import { foldToSimplified } from './chinese-fold';
import { cueFamilies } from './cue-words';

/** What the stage model reads about a clip: the passage and the page it came from. */
export interface StageInput {
  text: string;
  url: string;
  title?: string;
  sourceType: SourceType;
  /** Schema.org types found in the page's JSON-LD (Product, Review, NewsArticle…). */
  jsonLdTypes?: readonly string[];
}

/** Where a feature comes from: the reason shown names the strongest kind. */
export type FeatureKind = 'text' | 'title' | 'source' | 'url' | 'jsonld' | 'bias';

/** Hashed sparse features: `keys[i]` (32-bit FNV-1a of the feature's name) has value `values[i]`. */
export interface Features {
  keys: number[];
  values: number[];
  kinds: FeatureKind[];
  /** What a person would recognise: the words of the passage, the source type, the path word. */
  shown: string[];
}

/** FNV-1a, 32 bits. */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** CJK runs, words (letters, digits, inner apostrophes), or one meaningful symbol. */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[$€£¥￥%#@?!]/gu;
const NEGATORS = new Set(['not', 'no', 'never', "isn't", "wasn't", "don't", "didn't", 'without', 'nav', 'ne', 'nekad', 'bez']);
const CJK_NEGATORS = /[不没沒别非无]/;
const URL_STOP = new Set(['www', 'com', 'cn', 'tw', 'lv', 'net', 'org', 'example', 'html', 'htm', 'php', 'aspx', 'https', 'http', 'co', 'uk', 'io', 'm']);

const MAX_TEXT = 3000;
const QUIET_FAMILIES = new Set(['self', 'question', 'negation']);

/** Which feature families are on, and the weight of each field (tuned by cross-validation on the training corpus). */
export const FEATURE_SET = {
  bigrams: true,
  stems: true,
  stemLength: 5,
  cues: true,
  cuePairs: true,
  cueSource: true,
  cueWeight: 1,
  /** Character n-grams inside words (0: none), for inflected words (Latvian) and compounds. */
  wordCharGrams: 0,
  negation: true,
  cjkTrigrams: true,
  textWeight: 5,
  titleWeight: 1,
  pageWeight: 1,
};

function digitsToZero(word: string): string {
  return word.replace(/\p{N}/gu, '0');
}

/** The words and CJK n-grams of a text, each with what to show for it. */
function textTokens(
  raw: string,
  prefix: string,
  full: boolean,
  add: (name: string, shown: string) => void,
): void {
  const original = raw.normalize('NFKC').slice(0, MAX_TEXT);
  const folded = foldToSimplified(original.toLowerCase());
  // Show the researcher's own script when folding kept the length (almost always).
  const display = folded.length === original.length ? original : folded;
  let prevWord = '';
  let negate = 0;
  for (const m of folded.matchAll(TOKEN)) {
    const tok = m[0];
    const at = m.index ?? 0;
    if (CJK.test(tok[0]!)) {
      const shown = display.slice(at, at + tok.length);
      for (let i = 0; i < tok.length; i++) {
        const c = tok[i]!;
        // One character is too little to show as a reason; pairs and triples are shown.
        add(`${prefix}c:${c}`, '');
        if (i + 1 < tok.length) {
          const bi = tok.slice(i, i + 2);
          add(`${prefix}c2:${bi}`, shown.slice(i, i + 2));
          if (full && FEATURE_SET.negation && CJK_NEGATORS.test(c) && i + 2 < tok.length) add(`${prefix}nc:${tok.slice(i + 1, i + 3)}`, '');
        }
        if (full && FEATURE_SET.cjkTrigrams && i + 2 < tok.length) add(`${prefix}c3:${tok.slice(i, i + 3)}`, shown.slice(i, i + 3));
      }
      prevWord = '';
      continue;
    }
    const word = digitsToZero(tok.replace('’', "'"));
    const shown = display.slice(at, at + tok.length);
    // Short and common words are not shown as reasons (their weight still counts).
    add(`${prefix}w:${word}`, word.length >= 4 || /\p{N}|[$€£¥%]/u.test(word) ? shown : '');
    if (full) {
      const stem = FEATURE_SET.stemLength;
      if (FEATURE_SET.stems && word.length > stem && !/\d/.test(word)) add(`${prefix}s:${word.slice(0, stem)}`, '');
      const n = FEATURE_SET.wordCharGrams;
      if (n && word.length > n) {
        const padded = ` ${word} `;
        for (let i = 0; i + n <= padded.length; i++) add(`${prefix}g:${padded.slice(i, i + n)}`, shown);
      }
      if (FEATURE_SET.bigrams && prevWord) add(`${prefix}b:${prevWord}_${word}`, '');
      if (FEATURE_SET.negation && negate > 0) add(`${prefix}n:${word}`, '');
    }
    negate = NEGATORS.has(word) ? 2 : Math.max(0, negate - 1);
    prevWord = word;
  }
}

function urlTokens(url: string, add: (name: string, shown: string) => void): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  const host = u.hostname.toLowerCase();
  const labels = host.split('.').filter((l) => l && !URL_STOP.has(l));
  for (const l of labels) add(`h:${l}`, host);
  if (labels.length >= 2) add(`hs:${labels[0]}`, host); // the subdomain: help., mail., maps., shop.
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the encoded path.
  }
  const words = foldToSimplified(path.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w.length < 40 && !URL_STOP.has(w));
  for (const w of words) add(/^\d+$/.test(w) ? 'p:<num>' : `p:${w}`, w);
  for (const key of u.searchParams.keys()) if (key.length < 20) add(`q:${key.toLowerCase()}`, key);
  if (path === '/' || path === '') add('p:<root>', '/');
}

/** Turns a clip and its page into hashed features. Deterministic; no state. */
export function featurize(input: StageInput): Features {
  const f: Features = { keys: [], values: [], kinds: [], shown: [] };
  const index = new Map<number, number>();
  const push = (kind: FeatureKind) => (name: string, shown: string) => {
    const key = hashName(name);
    const at = index.get(key);
    if (at !== undefined) return; // presence, not counts
    index.set(key, f.keys.length);
    f.keys.push(key);
    f.values.push(1);
    f.kinds.push(kind);
    f.shown.push(shown);
  };
  const textStart = f.keys.length;
  textTokens(input.text, '', true, push('text'));
  // Long passages should not shout down the page: the text's features share a fixed weight.
  const textCount = f.keys.length - textStart;
  if (textCount) {
    const v = FEATURE_SET.textWeight / Math.sqrt(textCount);
    for (let i = textStart; i < f.keys.length; i++) f.values[i] = v;
  }
  const titleStart = f.keys.length;
  if (input.title) textTokens(input.title, 't', false, push('title'));
  const titleCount = f.keys.length - titleStart;
  if (titleCount) {
    const v = FEATURE_SET.titleWeight / Math.sqrt(titleCount);
    for (let i = titleStart; i < f.keys.length; i++) f.values[i] = v;
  }
  if (FEATURE_SET.cues) {
    const folded = foldToSimplified(input.text.normalize('NFKC').slice(0, MAX_TEXT).toLowerCase());
    const families = [...cueFamilies(folded)].sort(([a], [b]) => a.localeCompare(b));
    const start = f.keys.length;
    const text = push('text');
    for (const [family, matched] of families) {
      // Pronouns, question words and negations are no reason to show; short words neither.
      const word = QUIET_FAMILIES.has(family) || (matched.length < 4 && !/[\u3400-\u9fff]/.test(matched)) ? '' : matched;
      text(`cue:${family}`, word);
      if (FEATURE_SET.cueSource) text(`cs:${input.sourceType}:${family}`, word);
    }
    if (FEATURE_SET.cuePairs)
      for (let i = 0; i < families.length; i++)
        for (let j = i + 1; j < families.length; j++) text(`cue2:${families[i]![0]}+${families[j]![0]}`, '');
    if (!families.length) text('cue:none', '');
    for (let i = start; i < f.keys.length; i++) f.values[i] = FEATURE_SET.cueWeight;
    if (input.title) for (const [family, word] of cueFamilies(foldToSimplified(input.title.toLowerCase()))) push('title')(`tcue:${family}`, word);
  }
  const pageStart = f.keys.length;
  push('source')(`src:${input.sourceType}`, input.sourceType);
  if (!input.text.trim()) push('source')(`src0:${input.sourceType}`, input.sourceType);
  urlTokens(input.url, push('url'));
  for (const t of input.jsonLdTypes ?? []) push('jsonld')(`j:${t.toLowerCase().slice(0, 40)}`, t);
  for (let i = pageStart; i < f.keys.length; i++) f.values[i] = FEATURE_SET.pageWeight;
  push('bias')('bias', '');
  return f;
}
