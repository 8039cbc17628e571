import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { ServicesProvider } from '../../../components/services';
import type { UiServices } from '../../../lib/ui-services/types';

/** English UI strings, as the extension ships them (plural forms joined by " | " as WXT does). */
export function speakEnglish() {
  const table = parseYAML(readFileSync(join(__dirname, '../../../locales/en.yml'), 'utf8')) as Record<string, unknown>;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const raw = table[key];
    const text = raw && typeof raw === 'object' ? Object.values(raw).join(' | ') : typeof raw === 'string' ? raw : '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return text.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

/** jsdom has no IntersectionObserver (the cell list pages long lists with one): one that never fires. */
export function withIntersectionObserver() {
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
}

/** Renders into a fresh container in the document (inside the page's services when given). */
export async function mount(ui: ComponentChild, services?: UiServices) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(services ? <ServicesProvider services={services}>{ui}</ServicesProvider> : ui, root);
  });
  return {
    root,
    async unmount() {
      await act(() => render(null, root));
      root.remove();
    },
  };
}

/** Lets live queries, effects and promises settle, then re-renders; `until` is waited for (by condition, not by time). */
export async function settle(until: () => boolean = () => true, budgetMs = 10_000) {
  const started = Date.now();
  for (;;) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    if (until()) return;
    if (Date.now() - started > budgetMs) throw new Error('condition not met while settling');
  }
}

export async function key(target: Element, init: KeyboardEventInit) {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

export async function click(target: Element) {
  await act(() => {
    (target as HTMLElement).click();
  });
}

export async function type(target: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function byText<T extends Element = HTMLElement>(root: Element, selector: string, text: string | RegExp): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) => (typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? '')));
  if (!found) throw new Error(`no ${selector} with text ${String(text)}`);
  return found;
}

/**
 * Each test in English with the browser APIs jsdom lacks; what a test mounted is unmounted after it.
 * Returns where a test registers its cleanup.
 */
export function componentTestHooks(): (cleanup: () => Promise<void>) => void {
  const cleanups: (() => Promise<void>)[] = [];
  beforeEach(() => {
    speakEnglish();
    withIntersectionObserver();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    fakeBrowser.reset();
  });
  return (cleanup) => void cleanups.push(cleanup);
}
