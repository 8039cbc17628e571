import { ConverterFactory } from 'opencc-js/core';
import fromTaiwanPhrases from 'opencc-js/from/twp';
import fromHongKong from 'opencc-js/from/hk';
import toMainland from 'opencc-js/to/cn';

/**
 * Folds Traditional Chinese (Taiwan phrases and variants, Hong Kong variants)
 * to Simplified with OpenCC's maintained dictionaries (opencc-js), so 出貨 and
 * 出货, 滑鼠 and 鼠标 are one feature. About 80 KB of dictionaries, loaded
 * only where the stage model runs (background, tests, training), never in the
 * always-injected content script. Built on first use.
 */
let convert: ((text: string) => string) | undefined;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function foldToSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  convert ??= ConverterFactory(fromTaiwanPhrases, fromHongKong, toMainland);
  return convert(text);
}
