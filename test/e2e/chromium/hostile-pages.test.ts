import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

describe('hostile pages (Chromium)', () => {
  it('captures on a page that sabotages built-ins and has a strict CSP; the quote stays text everywhere', async () => {
    const page = await env.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(env.server.url('hostile.test', '/?csp=strict'));
    // The strict CSP blocks the page's own script here; run the sabotage in the page's world by hand.
    await page.addScriptTag({ url: env.server.url('hostile.test', '/sabotage.js') }).catch(() => undefined);
    await page.evaluate(() => {
      Array.prototype.map = function () {
        throw new Error('map sabotaged');
      };
      JSON.parse = () => {
        throw new Error('JSON sabotaged');
      };
      (window as unknown as { Promise: unknown }).Promise = function () {
        throw new Error('Promise sabotaged');
      };
    });
    const flow = new ClipFlow(page);
    await flow.clip('#html', { stage: 'amot', brand: 'Evil Corp' });
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Evil Corp\)/);
    await flow.clip('#rtl', { stage: 'fmot', brand: 'Evil Corp' });
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 2 clips/);
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);

    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Evil Corp', 'AMOT')).toBe(1);
    await panel.openCell('Evil Corp', 'AMOT');
    const quote = panelPage.getByText('<img src=x onerror=', { exact: false });
    await quote.first().waitFor();
    // Shown as text: no <img> or <script> from the page exists in the panel.
    expect(await panelPage.locator('main img:not([alt])').count()).toBe(0);
    expect(await panelPage.locator('main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('cuts a 1 MB selection with a visible mark and saves it; a page script imitating our messages writes nothing', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('hostile.test'));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'huge';
      p.textContent = 'Huge review text. '.repeat(60_000); // ≈ 1 MB
      document.body.append(p);
    });
    const flow = new ClipFlow(page);
    await flow.open('#huge');
    await flow.dialog.getByText('longer than 100,000 characters', { exact: false }).waitFor();
    await flow.fill({ stage: 'tmot', brand: 'Huge Corp' });
    await flow.save();
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Huge Corp\)/);

    // The page tries to talk to the extension as if it were the content script.
    const attempts = await page.evaluate(async (extensionId) => {
      const results: string[] = [];
      const draft = { id: 'forged-1', stageId: 'fmot', brandName: 'Forged', kind: 'selection', url: location.href, sourceType: 'other', quote: 'forged', capturedAt: new Date().toISOString() };
      window.postMessage({ type: 'clip/save', draft }, '*');
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (runtime?.sendMessage) {
        try {
          await runtime.sendMessage(extensionId, { type: 'clip/save', draft });
          results.push('sent');
        } catch (e) {
          results.push(`refused: ${String(e).slice(0, 60)}`);
        }
      } else results.push('no runtime');
      document.dispatchEvent(new CustomEvent('journey-lens', { detail: { type: 'clip/save', draft } }));
      return results;
    }, env.browser.extensionId);
    expect(attempts.join()).not.toBe('sent');
    await page.waitForTimeout(500);
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Huge Corp', 'TMOT')).toBe(1);
    expect(await panel.cellCount('Forged', 'FMOT')).toBe(-1); // no such brand row: nothing was written
  });
});
