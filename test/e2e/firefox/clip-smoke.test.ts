import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clipSelection, launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

let ff: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** The status line of the in-page UI (inside the open shadow root). */
async function statusText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('[role="status"],[role="alert"]')?.textContent ?? '');
}

function clip(page: Page, selector: string, stage: string, brand?: string, screenshot = false): Promise<void> {
  return clipSelection(page, selector, { stage, brand, screenshot });
}

describe('Firefox ESR smoke: content script ↔ background round trip', () => {
  it('installs the Firefox build and clips on a fixture page; the background stores and counts the clips', async () => {
    expect(ff.extensionId).toBeTruthy();
    const page = await ff.browser.newPage();
    await page.goto(server.url('acme.test'));
    await clip(page, '#promise', 'amot');
    await page.waitForFunction(
      () => /Saved · 1 clip on this page \(Acme\)/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''),
      { timeout: 20_000 },
    );
    await clip(page, '#fit', 'fmot');
    await page.waitForFunction(
      () => /Saved · 2 clips on this page \(Acme\)/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''),
      { timeout: 20_000 },
    );
    expect(await statusText(page)).toMatch(/2 clips/);

    // A new tab on the same page: the count comes from the background's database, not this tab's memory.
    const again = await ff.browser.newPage();
    await again.goto(server.url('acme.test', '/?utm_source=newsletter'));
    await clip(again, '#cjk', 'amot');
    await again.waitForFunction(
      () => /Saved · 3 clips on this page \(Acme\)/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''),
      { timeout: 20_000 },
    );
  });

  it('highlights the clipped passages on a revisit, in several tabs', async () => {
    for (const path of ['/', '/?utm_campaign=x']) {
      const tab = await ff.browser.newPage();
      await tab.goto(server.url('acme.test', path));
      await tab.waitForFunction(
        () => {
          const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
          const texts = [...(reg?.values() ?? [])].flatMap((h) => [...h].map((r) => r.toString()));
          return texts.includes('Free delivery in 2 days, or your shipping back.') && texts.includes('The Trail Runner 3 fits true to size for most runners.');
        },
        { timeout: 20_000 },
      );
    }
  });

  it('attaches a screenshot of the visible tab (tabs.captureVisibleTab) to a clip', async () => {
    const page = await ff.browser.newPage();
    await page.bringToFront();
    await page.goto(server.url('globex.test'));
    await clip(page, '#price', 'fmot', undefined, true);
    await page.waitForFunction(() => /Saved · 1 clip on this page/.test(document.querySelector('journey-lens-ui')?.shadowRoot?.textContent ?? ''), {
      timeout: 20_000,
    });
    // A failed capture is reported in the same status line; there must be none.
    expect(await statusText(page)).not.toMatch(/screenshot/);
  });
});
