import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * `fn`, run only while the script's context is valid. Once the extension is
 * reloaded, updated or removed, a script left in an open tab has no extension
 * to talk to (every call would throw "Extension context invalidated"): the
 * first event after that ends the context (`ctx.isValid` notices the runtime is
 * gone), which removes the script's listeners, timers and UI, and nothing runs.
 */
export function whileValid<A extends unknown[]>(ctx: ContentScriptContext, fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    if (ctx.isValid) fn(...args);
  };
}

/** A `runtime.onMessage` listener for as long as the context lasts. */
export function onRuntimeMessage(ctx: ContentScriptContext, listener: (message: unknown) => undefined): void {
  const guarded = (message: unknown) => (ctx.isValid ? listener(message) : undefined);
  browser.runtime.onMessage.addListener(guarded);
  endWithContext(ctx, () => browser.runtime?.onMessage?.removeListener(guarded));
}

/**
 * Ends a watch (e.g. `storage.watch`'s answer) with the context. With the extension gone the
 * browser may refuse to remove a listener ("Extension context invalidated"): nothing is
 * delivered any more either way, so that is not an error of the page.
 */
export function endWithContext(ctx: ContentScriptContext, unwatch: () => void): void {
  ctx.onInvalidated(() => {
    try {
      unwatch();
    } catch {
      // The runtime is already gone: the listener will never be called.
    }
  });
}
