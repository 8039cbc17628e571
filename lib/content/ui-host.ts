import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { UI_ATTRIBUTE } from '../anchoring/text-content';

/** The page's one in-page UI element; everything the extension shows in a page lives in its open shadow root. */
export const HOST_TAG = 'journey-lens-ui';

/** A script's part of the in-page UI: `journey-lens-<name>` inside the shared shadow root. */
export type UiPartName = 'clip' | 'form' | 'highlights' | 'walk';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /**
   * The part `name` (made on first use, with its CSS), removed when `ctx` ends.
   * The host itself goes with the last part.
   */
  part(name: UiPartName, ctx: ContentScriptContext, css: string): HTMLElement;
  /** Whether `node` (or any shadow host above it) is inside this UI. */
  contains(node: Node | null): boolean;
}

/**
 * One in-page UI host, shared by the four content scripts of one extension
 * instance in one frame (same isolated world): an element with an *open* shadow
 * root (the page's CSS cannot reach in; assistive tech and tests can), built with
 * DOM calls only, so pages that replace built-ins or forbid inline script still
 * show it. Each script mounts its part and its part goes when that script's
 * context ends (`ctx.onInvalidated`).
 *
 * Not WXT's `createShadowRootUi`: that ties one root to one script's context,
 * whereas this host outlives any one of its scripts (the recorder may come
 * before the always-on script, a form after it).
 *
 * `instance` marks the host: a host left by another instance (a reloaded or
 * updated extension, whose scripts in Chromium keep running in their own world
 * until they notice) is removed by {@link removeForeignHosts}.
 */
export function createUiHost(instance: string): UiHost {
  const host = document.createElement(HOST_TAG);
  host.setAttribute(UI_ATTRIBUTE, '');
  host.dataset.instance = instance;
  const root = host.attachShadow({ mode: 'open' });
  const reset = document.createElement('style');
  reset.textContent = ':host { all: initial !important; }';
  root.append(reset);
  const parts = new Map<UiPartName, HTMLElement>();
  const ui: UiHost = {
    host,
    root,
    part(name, ctx, css) {
      let el = parts.get(name);
      if (el) return el;
      el = document.createElement(`journey-lens-${name}`);
      const style = document.createElement('style');
      style.textContent = css;
      el.append(style);
      parts.set(name, el);
      root.append(el);
      if (!host.isConnected) {
        removeForeignHosts(instance);
        document.documentElement.append(host);
      }
      const made = el;
      ctx.onInvalidated(() => {
        made.remove();
        if (parts.get(name) === made) parts.delete(name);
        if (!parts.size) host.remove();
      });
      return el;
    },
    contains: (node) => isInsideUi(node),
  };
  return ui;
}

/** Removes in-page UI hosts other than this instance's (left by an earlier instance of the extension). */
export function removeForeignHosts(instance: string): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(HOST_TAG))) {
    if (el.dataset.instance !== instance) el.remove();
  }
}

export function isInsideUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.localName === HOST_TAG) return true;
  }
  return false;
}
