/** Where the always-on content script is built (entrypoints/content). */
export const ALWAYS_ON_SCRIPT = '/content-scripts/content.js';

/**
 * Run in a frame's content-script world (scripting.executeScript `func`, so
 * self-contained): whether this extension instance's always-on script already
 * runs there (lib/content/page-global.ts: `__journeyLens.page` is set while it
 * runs). After a reload or update the world is new and empty; right after an
 * install a page may already have the declared script, which must not be
 * replaced (it may be showing the Clip button for a selection).
 */
export function alwaysOnScriptRuns(): boolean {
  const g = (globalThis as { __journeyLens?: unknown }).__journeyLens;
  return typeof g === 'object' && g !== null && (g as { page?: unknown }).page !== undefined;
}

export interface ReinjectDeps {
  /** The ids of the open http(s) tabs. */
  webTabs(): Promise<number[]>;
  /** Runs the always-on script in every frame of a tab. */
  inject(tabId: number): Promise<void>;
}

/**
 * After an install, update or reload, the tabs already open have no live
 * content script: the scripts left there belong to the extension that went
 * away and go quiet (lib/content/lifecycle.ts). Where the browser does not run
 * declared content scripts in open tabs itself (Chromium; lib/platform.ts),
 * the new always-on script is injected into each, so Clip works there at once.
 * A tab that refuses (a discarded tab, a page the browser protects) is skipped.
 * Resolves to the number of tabs that took the script.
 */
export async function reinjectIntoOpenTabs(deps: ReinjectDeps): Promise<number> {
  const tabs = await deps.webTabs().catch(() => [] as number[]);
  const done = await Promise.all(tabs.map((tabId) => deps.inject(tabId).then(() => true, () => false)));
  return done.filter(Boolean).length;
}
