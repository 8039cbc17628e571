import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { JourneyLensFormApi, JourneyLensHighlighterApi, JourneyLensPageApi } from './bridge';
import { createUiHost, type UiHost } from './ui-host';

/**
 * The shape of {@link JourneyLensGlobal}. Raise it whenever the shape changes:
 * a script that finds a global of another version does not use it.
 */
export const GLOBAL_VERSION = 2;

/**
 * The one global the content scripts of one extension instance share in a frame
 * (they run in the same isolated world): `globalThis.__journeyLens`. Each script
 * puts its API here while it runs and takes it away when its context ends.
 */
export interface JourneyLensGlobal {
  version: typeof GLOBAL_VERSION;
  /** Random per global: marks the in-page UI host this global made. */
  instance: string;
  /** The always-on script: status line, Clip button, after-save. */
  page?: JourneyLensPageApi;
  /** The clip form, once loaded. */
  form?: JourneyLensFormApi;
  /** The highlighter, once loaded. */
  highlighter?: JourneyLensHighlighterApi;
  /** The walk recorder (top frame of a recording tab). */
  recorder?: { refresh(): void };
  /** The in-page UI host; made on first use. */
  ui(): UiHost;
}

declare global {
  var __journeyLens: unknown;
}

function isCurrent(g: unknown): g is JourneyLensGlobal {
  return typeof g === 'object' && g !== null && (g as { version?: unknown }).version === GLOBAL_VERSION;
}

/** This world's global: the one there (of this version) or a new one. */
export function journeyLens(): JourneyLensGlobal {
  const found = globalThis.__journeyLens;
  if (isCurrent(found)) return found;
  let host: UiHost | undefined;
  const instance = Math.random().toString(36).slice(2);
  const made: JourneyLensGlobal = {
    version: GLOBAL_VERSION,
    instance,
    ui: () => (host ??= createUiHost(instance)),
  };
  globalThis.__journeyLens = made;
  return made;
}

/**
 * Puts a script's API on the global under `key` until `ctx` ends (a newer copy of
 * the same script replaces it, or the extension is reloaded, updated or removed).
 */
export function register<K extends 'page' | 'form' | 'highlighter' | 'recorder'>(
  ctx: ContentScriptContext,
  key: K,
  api: NonNullable<JourneyLensGlobal[K]>,
): JourneyLensGlobal {
  const g = journeyLens();
  g[key] = api;
  ctx.onInvalidated(() => {
    if (g[key] === api) delete g[key];
  });
  return g;
}
