import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { CHROME_BUILD, CHROMIUM } from './paths';
import { selectInPage } from './select-in-page';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** `chrome-extension://<id>/<page>` */
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

/** The launch flags the e2e tests and the bench share (README: "Tests"). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--host-resolver-rules=MAP *.test 127.0.0.1',
  ];
}

/**
 * Headless Chromium on a fresh profile with the built extension loaded.
 * `extraArgs` adds flags, e.g. `--lang=zh-CN` for the UI in Chinese.
 */
export async function launchWithExtension(extensionDir = CHROME_BUILD, keepProfile?: string, extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const profile = keepProfile ?? (await mkdtemp(join(tmpdir(), 'journey-lens-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is passed explicitly: extensions need the new headless mode.
    args: [...chromiumArgs(extensionDir), ...extraArgs],
    ignoreDefaultArgs: ['--disable-extensions', '--headless', '--hide-scrollbars', '--mute-audio'],
    acceptDownloads: true,
    viewport: { width: 1200, height: 800 },
  });
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close().catch(() => {});
      if (!keepProfile) await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Selects text in the element matching `selector` (all of it, or `fragment`), as a user's drag would end. */
export async function selectText(page: Page | Frame, selector: string, fragment?: string): Promise<void> {
  await page.evaluate(selectInPage, { selector, fragment });
}

/**
 * The usual e2e setup: a fixture server and Chromium with the extension,
 * started before the file's tests and closed after them.
 */
export function useBrowserWithServer(): { browser: ExtensionBrowser; server: FixtureServer } {
  const env = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
