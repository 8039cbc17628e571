import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD } from './paths';
import { selectInPage } from './select-in-page';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { budget } from './budget';

/** The Firefox build's add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'journey-lens@journeylens.example';
/**
 * The moz-extension:// host is a per-profile random UUID; the
 * `extensions.webextensions.uuids` pref pins it before install, so the tests know
 * the extension's origin (moz-extension://<UUID>/sidepanel.html, …).
 */
export const EXTENSION_UUID = '5f0c3a2e-7b41-4d8a-9c6e-1a2b3c4d5e6f';

/** The raw WebDriver BiDi connection under puppeteer's Browser (BidiBrowser.connection). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[];
}
type BidiEvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

export interface DownloadedFile {
  name: string;
  path: string;
  bytes: Buffer;
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** Where Firefox saves downloads (no dialog): a temporary folder removed by close(). */
  downloadDir: string;
  /** `moz-extension://<UUID>/<path>` */
  extensionUrl(path: string): string;
  /**
   * A new tab showing an extension page. puppeteer's `page.goto('moz-extension://…')`
   * never sees the navigation finish (it times out although the page loads), so the
   * tab is navigated with BiDi `browsingContext.navigate` itself; puppeteer then
   * drives the page as usual (evaluate, selectors, clicks).
   */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs `body` (the body of an async function; its return value must be JSON) in the
   * browser window's chrome (parent-process) scope, as Firefox's own UI code runs:
   * `window`, `gBrowser`, `SidebarController`, `Cc`/`Ci`. Needs `--remote-allow-system-access`.
   */
  inChrome<T>(body: string): Promise<T>;
  /** Waits for a finished download whose name matches `pattern` (Firefox writes `*.part` first). */
  waitForDownload(pattern: RegExp, timeoutMs?: number): Promise<DownloadedFile>;
  close(): Promise<void>;
}

/**
 * Headless Firefox ESR over WebDriver BiDi with the Firefox build installed
 * as a temporary add-on. `*.test` hosts resolve to 127.0.0.1; downloads go to
 * `downloadDir` without asking.
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD): Promise<FirefoxWithExtension> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'jl-ff-downloads-'));
  let browser: Browser;
  try {
    browser = await launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocolTimeout: 60_000,
      // Lets BiDi evaluate in the browser window itself (sidebar, keyboard shortcuts, menus).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.forceResolve': '127.0.0.1',
        'network.proxy.type': 0,
        'dom.security.https_first': false,
        'dom.security.https_only_mode': false,
        'browser.fixup.domainsuffixwhitelist.test': true,
        'extensions.webextensions.restrictedDomains': '',
        // MV3 host permissions granted at install, as for a user who accepts the prompt.
        'extensions.originControls.grantByDefault': true,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Downloads are saved at once into downloadDir, as for a user who chose "always save".
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,application/octet-stream,text/markdown',
      },
    });
  } catch (error) {
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(downloadDir, { recursive: true, force: true });
  };
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await close();
    throw error;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  async function chromeWindowContext(): Promise<string> {
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const top = (result as { contexts: BidiContext[] }).contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!top) throw new Error('no browser window among the chrome contexts (is --remote-allow-system-access honoured?)');
    return top.context;
  }

  return {
    browser,
    extensionId,
    downloadDir,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await connection.send('browsingContext.navigate', { context, url: extensionUrl(path), wait: 'complete' });
      await page.waitForFunction((origin) => location.href.startsWith(origin) && document.readyState === 'complete', {}, extensionUrl(''));
      return page;
    },
    async inChrome<T>(body: string) {
      const { result } = await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => {\n${body}\n})() ?? null))()`,
        target: { context: await chromeWindowContext() },
        awaitPromise: true,
      });
      const r = result as BidiEvaluateResult;
      if (r.type === 'exception') throw new Error(`in chrome: ${r.exceptionDetails.text}`);
      return JSON.parse(String(r.result.value)) as T;
    },
    async waitForDownload(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let lastSize = -1;
      for (;;) {
        const names = readdirSync(downloadDir);
        const name = names.find((n) => pattern.test(n));
        if (name && !names.some((n) => n.endsWith('.part'))) {
          const size = statSync(join(downloadDir, name)).size;
          // Finished: no partial file left and the size settled between two looks.
          if (size > 0 && size === lastSize) {
            const path = join(downloadDir, name);
            return { name, path, bytes: readFileSync(path) };
          }
          lastSize = size;
        }
        if (Date.now() > deadline) throw new Error(`no finished download matching ${pattern} in ${timeoutMs} ms; folder has: ${names.join(', ') || 'nothing'}`);
        await new Promise((ok) => setTimeout(ok, 150));
      }
    },
    close,
  };
}

/** Selects text in `selector` (all, or `fragment`) and ends with a mouse-up, as a drag would. */
export async function selectTextIn(page: Page, selector: string, fragment?: string): Promise<void> {
  await page.evaluate(selectInPage, { selector, fragment });
}

/** The in-page UI's text (inside its open shadow root). */
export function shadowText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? '');
}

/**
 * select → **Clip** → form (**Clip evidence**) → Stage (and Brand) → **Save**, through
 * the in-page UI in its open shadow root, as a user does; waits for the form to close.
 */
export async function clipSelection(
  page: Page,
  selector: string,
  values: { stage: string; brand?: string; screenshot?: boolean },
): Promise<void> {
  await selectTextIn(page, selector);
  const button = await page.waitForSelector('journey-lens-ui >>> button.jl-clip', { visible: true });
  await button!.click();
  // The first form of a fresh profile loads the form script and the stage model: allow for a busy machine,
  // and if it still does not open, say what the page showed (an error line, or nothing).
  // Known intermittent: the very first form of a fresh Firefox profile sometimes never gets its
  // context (the form's styles are in, the dialog is not). Pressing Clip again asks again.
  const first = await page.waitForSelector('journey-lens-ui >>> [role="dialog"]', { visible: true, timeout: budget(20_000) }).catch(() => null);
  if (!first) {
    await selectTextIn(page, selector);
    const again = await page.waitForSelector('journey-lens-ui >>> button.jl-clip', { visible: true });
    await again!.click();
  }
  const dialog = first ?? await page.waitForSelector('journey-lens-ui >>> [role="dialog"]', { visible: true, timeout: budget(45_000) }).catch(async (error: unknown) => {
    const shown = await page.evaluate(() => document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? '(no in-page UI)');
    throw new Error(`the Clip evidence form did not open; the page shows: ${JSON.stringify(shown)} (${String(error)})`);
  });
  if ((await dialog!.evaluate((d) => d.querySelector('h2')?.textContent)) !== 'Clip evidence') throw new Error('the Clip evidence form did not open');
  await page.waitForFunction(
    () => (document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('#jl-brand') as HTMLInputElement | null)?.value !== undefined,
  );
  const stageSelect = await page.waitForSelector('journey-lens-ui >>> #jl-stage');
  await stageSelect!.select(values.stage);
  if (values.brand !== undefined) {
    const input = await page.waitForSelector('journey-lens-ui >>> #jl-brand');
    await input!.evaluate((el) => ((el as HTMLInputElement).value = ''));
    await input!.type(values.brand);
  }
  if (values.screenshot) {
    const box = await page.waitForSelector('journey-lens-ui >>> [role="dialog"] input[type="checkbox"]');
    await box!.click();
  }
  const save = await page.waitForSelector('journey-lens-ui >>> [role="dialog"] button[type="submit"]');
  await save!.click();
  await page.waitForFunction(() => !document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 20_000 });
}

/**
 * The usual Firefox e2e setup: a fixture server and Firefox ESR with the
 * extension, started before the file's tests and closed after them.
 */
export function useFirefoxWithServer(): { ff: FirefoxWithExtension; server: FixtureServer } {
  const env = {} as { ff: FirefoxWithExtension; server: FixtureServer };
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.ff = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await env.ff?.close();
    await env.server?.close();
  });
  return env;
}
