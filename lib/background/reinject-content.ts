/** Where the always-on content script is built (entrypoints/content). */
export const ALWAYS_ON_SCRIPT = '/content-scripts/content.js';

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
