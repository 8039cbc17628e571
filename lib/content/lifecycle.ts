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
  ctx.onInvalidated(() => {
    try {
      browser.runtime?.onMessage?.removeListener(guarded);
    } catch {
      // The runtime is already gone (a reloaded extension): nothing is delivered any more.
    }
  });
}
