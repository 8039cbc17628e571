import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** Where `wxt build` wrote the extension (JL_OUTPUT_DIR, as in wxt.config.ts). */
export const OUTPUT_DIR = resolve(ROOT, process.env.JL_OUTPUT_DIR ?? '.output');
export const CHROME_BUILD = resolve(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = resolve(OUTPUT_DIR, 'firefox-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
