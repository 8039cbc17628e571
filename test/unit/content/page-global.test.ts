// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GLOBAL_VERSION, journeyLens, register } from '../../../lib/content/page-global';
import { onRuntimeMessage, whileValid } from '../../../lib/content/lifecycle';

beforeEach(() => {
  delete globalThis.__journeyLens;
  fakeBrowser.reset();
});

describe('one versioned global', () => {
  it('is shared by the scripts of one world; each script\'s API goes when its context ends', () => {
    const g = journeyLens();
    expect(g.version).toBe(GLOBAL_VERSION);
    expect(journeyLens()).toBe(g);
    expect(Object.keys(globalThis).filter((k) => k.startsWith('__journeyLens'))).toEqual(['__journeyLens']);

    const formCtx = new ContentScriptContext('clip-form');
    const form = { open: vi.fn(), handleTabMessage: vi.fn() };
    register(formCtx, 'form', form);
    expect(journeyLens().form).toBe(form);
    formCtx.notifyInvalidated();
    expect(journeyLens().form).toBeUndefined();
  });

  it('a newer copy of a script takes over; the older one, ending, does not remove the newer one\'s API', () => {
    const older = new ContentScriptContext('highlighter');
    const a = { refresh: vi.fn() };
    register(older, 'highlighter', a);
    // WXT ends the older context when a newer copy of the same script starts in the same world.
    const newer = new ContentScriptContext('highlighter');
    expect(older.isInvalid).toBe(true);
    const b = { refresh: vi.fn() };
    register(newer, 'highlighter', b);
    expect(journeyLens().highlighter).toBe(b);
  });

  it('a global of another version (an older script\'s) is not used', () => {
    globalThis.__journeyLens = { host: document.createElement('div'), showStatus() {} }; // the shape before versions
    const g = journeyLens();
    expect(g.version).toBe(GLOBAL_VERSION);
    expect(globalThis.__journeyLens).toBe(g);
    const other = { ...g, version: GLOBAL_VERSION - 1 };
    globalThis.__journeyLens = other;
    const mine = journeyLens();
    expect(mine).not.toBe(other);
    expect(mine.version).toBe(GLOBAL_VERSION);
  });
});

describe('listeners end with the context', () => {
  it('whileValid runs only while the context lasts', () => {
    const ctx = new ContentScriptContext('content');
    const fn = vi.fn();
    const guarded = whileValid(ctx, fn);
    guarded(1);
    ctx.notifyInvalidated();
    guarded(2);
    expect(fn.mock.calls).toEqual([[1]]);
  });

  it('a script whose extension went away (no runtime id) ends at its next event and does nothing', () => {
    const ctx = new ContentScriptContext('content');
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    const fn = vi.fn();
    const guarded = whileValid(ctx, fn);
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      guarded();
    } finally {
      runtime.id = id;
    }
    expect(fn).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('a runtime message listener is removed when the context ends', async () => {
    const ctx = new ContentScriptContext('recorder');
    const heard: unknown[] = [];
    onRuntimeMessage(ctx, (m) => void heard.push(m));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tab/walk-changed' }, {});
    ctx.notifyInvalidated();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tab/walk-changed', again: true }, {});
    expect(heard).toEqual([{ type: 'tab/walk-changed' }]);
  });
});
