import type { ClipDraft } from '../model';
import { SENTIMENTS, SOURCE_TYPES, BEHAVIORS, SERVQUAL_DIMENSIONS } from '../model/vocab-values';

/**
 * Realistic synthetic clips for `npm run bench`: 20 brands × the six moments,
 * quotes of 60–600 characters (a third in Chinese), notes, tags, lenses.
 * Deterministic for a seed, so runs compare.
 */

const STAGES = ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'] as const;
const EN = [
  'Free delivery in two days, or your shipping back.', 'The fit finder answered my sizing question in seconds.',
  'Support replied within five minutes on chat and sent a replacement.', 'Prices are only shown after you enter an e-mail address.',
  'The parcel arrived a week late and the tracking link never worked.', 'Thanks for the honest review — we have passed your note to the team.',
  'Compare plans: Basic, Pro and Enterprise, billed annually.', 'Sponsored: your knees called, they want more cushioning.',
];
const ZH = [
  '物流太慢了，下单一周才到货，外包装也压坏了。', '客服回复很快，第二天就寄来了新的配件。', '价格透明，页面上直接写着到手价和运费。',
  '搜索品牌名，第一页都是第三方测评，官网没有出现。', '用了半年，缓震依然很好，推荐给跑团的朋友们。', '双11 大促，满300减50，限时三天。',
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export const BENCH_BRANDS = Array.from({ length: 20 }, (_, i) => `Brand ${String(i + 1).padStart(2, '0')}`);

/**
 * How quotes are made: `phrases` joins 1–6 sentences from the short lists above
 * (few distinct words: cheap to index); `varied` writes 60–600 characters of
 * words drawn by Zipf's law from 40,000 made-up English-like words, or of
 * 30,000 made-up Chinese words (1–3 characters of a 3,500-character range):
 * longer quotes with far more distinct search terms than `phrases`.
 */
export type SyntheticText = 'phrases' | 'varied';

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'sun', 'pra', 'vel', 'do', 'ri', 'sto', 'ne', 'bal', 'qu', 'ex', 'th', 'ing', 'er', 'on', 'al', 'ly', 'is', 'ship', 'de', 'ma'];
const WORDS = 40_000;
const HAN = 3_500;
const HAN_WORDS = 30_000;

/** The k-th made-up Chinese word: 1–3 characters from the 3,500 most used characters' range. */
function hanWord(k: number): string {
  const len = 1 + (((k * 2654435761) >>> 0) % 100 < 20 ? 0 : ((k * 40503) >>> 0) % 100 < 80 ? 1 : 2);
  let w = '';
  for (let i = 0; i < len; i++) w += String.fromCharCode(0x4e00 + (((k + 1) * (i + 7919) * 31) % HAN));
  return w;
}

/** Cumulative Zipf weights (exponent 1.07) over n ranks. */
function zipf(n: number): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) c[k] = sum += 1 / Math.pow(k + 1, 1.07);
  for (let k = 0; k < n; k++) c[k]! /= sum;
  return c;
}
let zipfWords: Float64Array | undefined;
let zipfHan: Float64Array | undefined;
function rank(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function word(k: number): string {
  let w = '';
  let n = k + 1;
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w;
}
function variedQuote(r: () => number, cjk: boolean): string {
  const length = 60 + Math.floor(r() * 540);
  let out = '';
  if (cjk) {
    // Chinese words of one to three characters, drawn by Zipf's law like the English ones.
    zipfHan ??= zipf(HAN_WORDS);
    while (out.length < length) out += r() < 0.08 ? '，' : hanWord(rank(zipfHan, r()));
    return out;
  }
  zipfWords ??= zipf(WORDS);
  while (out.length < length) out += (out ? (r() < 0.1 ? '. ' : ' ') : '') + word(rank(zipfWords, r()));
  return out;
}

/** `count` drafts for a study, ids `<prefix>-<n>`. */
export function syntheticDrafts(count: number, prefix: string, seed = 42, start = 0, text: SyntheticText = 'phrases'): ClipDraft[] {
  const r = rng(seed + start);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const base = Date.UTC(2026, 0, 1);
  const out: ClipDraft[] = [];
  for (let i = start; i < start + count; i++) {
    const cjk = r() < 0.33;
    const parts = 1 + Math.floor(r() * 6);
    let quote = '';
    if (text === 'varied') quote = variedQuote(r, cjk);
    else for (let p = 0; p < parts; p++) quote += (p ? ' ' : '') + pick(cjk ? ZH : EN);
    const brand = BENCH_BRANDS[i % BENCH_BRANDS.length]!;
    out.push({
      id: `${prefix}-${i}`,
      stageId: STAGES[Math.floor(i / BENCH_BRANDS.length) % STAGES.length]!,
      brandName: brand,
      kind: 'selection',
      url: `https://www.${brand.toLowerCase().replace(' ', '')}.example/p/${i % 500}`,
      title: `${brand} — page ${i % 500}`,
      site: brand,
      sourceType: pick(SOURCE_TYPES),
      quote,
      selectors: {},
      targetUrl: null,
      lang: cjk ? 'zh-CN' : 'en',
      note: r() < 0.5 ? pick(cjk ? ZH : EN).slice(0, 40) : '',
      tags: r() < 0.3 ? [pick(['pricing', 'delivery', 'support', 'ux', '物流'])] : [],
      sentiment: r() < 0.8 ? pick(SENTIMENTS) : null,
      score: r() < 0.7 ? 1 + Math.floor(r() * 5) : null,
      behavior: r() < 0.4 ? pick(BEHAVIORS) : null,
      servqual: r() < 0.4 ? pick(SERVQUAL_DIMENSIONS) : null,
      capturedAt: new Date(base + i * 37_000).toISOString(),
    });
  }
  return out;
}
