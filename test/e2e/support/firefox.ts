import { launch, type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD } from './paths';
import { selectInPage } from './select-in-page';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox ESR over WebDriver BiDi with the Firefox build installed
 * as a temporary add-on. `*.test` hosts resolve to 127.0.0.1.
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD): Promise<FirefoxWithExtension> {
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.domainsuffixwhitelist.test': true,
      'extensions.webextensions.restrictedDomains': '',
      // MV3 host permissions granted at install, as for a user who accepts the prompt.
      'extensions.originControls.grantByDefault': true,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return {
    browser,
    extensionId,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/** Selects text in `selector` (all, or `fragment`) and ends with a mouse-up, as a drag would. */
export async function selectTextIn(page: Page, selector: string, fragment?: string): Promise<void> {
  await page.evaluate(selectInPage, { selector, fragment });
}
