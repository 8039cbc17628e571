import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations (the one `npm start` uses).
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

// `npm start` opens the bundled demo page from 127.0.0.1 (no network). This
// clips on it exactly as a first-time user would.
let browser: ExtensionBrowser;
let demo: { url(host: string): string; close(): Promise<void> };

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('npm start demo page (Chromium)', () => {
  it('serves only its own hosts', async () => {
    const page = await browser.context.newPage();
    const ok = await page.goto(demo.url('northwind.test'));
    expect(ok?.status()).toBe(200);
    const missing = await page.goto(demo.url('elsewhere.test'));
    expect(missing?.status()).toBe(404);
    await page.close();
  });

  it('a first clip on the demo page fills in the brand and lands in the matrix', async () => {
    const panelPage = await browser.context.newPage();
    await panelPage.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await panel.matrix.waitFor();

    const page = await browser.context.newPage();
    await page.goto(demo.url('northwind.test'));
    const flow = new ClipFlow(page);
    await flow.open('#try-at-home');
    await expect.poll(() => flow.dialog.getByLabel('Brand').inputValue(), { timeout: 15_000 }).toBe('Northwind Outfitters');
    await flow.fill({ stage: 'fmot' });
    await flow.save();
    await expect.poll(() => panel.cellCount('Northwind Outfitters', 'FMOT'), { timeout: 15_000 }).toBe(1);
  });
});
