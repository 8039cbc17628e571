import { describe, expect, it } from 'vitest';
import { alwaysOnScriptRuns, reinjectIntoOpenTabs } from '../../../lib/background/reinject-content';

describe('after an install or update, open tabs get the new always-on script', () => {
  it('injects into every open web tab and skips the ones that refuse', async () => {
    const injected: number[] = [];
    const n = await reinjectIntoOpenTabs({
      webTabs: async () => [1, 2, 3],
      inject: async (tabId) => {
        if (tabId === 2) throw new Error('Cannot access contents of the page');
        injected.push(tabId);
      },
    });
    expect(injected).toEqual([1, 3]);
    expect(n).toBe(2);
  });

  it('does nothing (and does not throw) when the tabs cannot be listed', async () => {
    expect(await reinjectIntoOpenTabs({ webTabs: () => Promise.reject(new Error('no tabs')), inject: () => Promise.reject(new Error('unused')) })).toBe(0);
  });
});

describe('whether a frame already has the always-on script', () => {
  it('is told by the running script\'s entry on the one global', () => {
    delete globalThis.__journeyLens;
    expect(alwaysOnScriptRuns()).toBe(false);
    globalThis.__journeyLens = { version: 2, instance: 'x', ui() {} };
    expect(alwaysOnScriptRuns()).toBe(false); // only the form or recorder ran here
    (globalThis.__journeyLens as { page?: unknown }).page = { showStatus() {} };
    expect(alwaysOnScriptRuns()).toBe(true);
    delete globalThis.__journeyLens;
  });
});
