import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

describe('service worker stopped mid-burst (Chromium)', () => {
  it('every save the user saw confirmed is stored exactly once; none is lost silently', async () => {
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    // A DevTools session on our own page can stop the extension's service worker.
    const cdp = await env.browser.context.newCDPSession(panelPage);
    let versionId = '';
    let stops = 0;
    let restarts = 0;
    let last = '';
    const seen: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        seen.push(`${v.versionId}:${v.runningStatus}`);
        versionId = v.versionId;
        if (v.runningStatus === 'stopped' && last !== 'stopped') stops++;
        // running again after a stop (through 'starting')
        if (v.runningStatus === 'running' && last !== 'running' && stops > 0) restarts++;
        last = v.runningStatus;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => versionId).not.toBe('');

    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('acme.test'));
    const flow = new ClipFlow(page);
    let confirmed = 0;
    let failed = 0;
    for (let i = 0; i < 12; i++) {
      await flow.open('#fit');
      await flow.fill({ stage: 'fmot' });
      const save = flow.dialog.getByRole('button', { name: 'Save' });
      await save.click();
      // Stop the worker while the save is in flight (every third save).
      if (i % 3 === 1) await cdp.send('ServiceWorker.stopWorker', { versionId });
      await flow.dialog.waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
      if (await flow.dialog.isVisible()) {
        // The form stayed open: it must say why (an alert), and the clip is not stored.
        expect(await flow.dialog.getByRole('alert').count()).toBeGreaterThan(0);
        failed++;
        await page.keyboard.press('Escape');
        continue;
      }
      const status = await flow.status.innerText();
      expect(status).toMatch(/Saved · \d+ clips? on this page|Already saved/);
      confirmed++;
    }
    expect(confirmed + failed).toBe(12);
    // The worker really was stopped, and started again, during the burst.
    expect(stops, seen.join(' ')).toBeGreaterThanOrEqual(3);
    expect(restarts).toBeGreaterThanOrEqual(3);
    expect(confirmed).toBeGreaterThanOrEqual(10);

    const panel = new SidePanel(panelPage);
    await panelPage.reload();
    await expect.poll(() => panel.cellCount('Acme', 'FMOT'), { timeout: 15_000 }).toBe(confirmed);
  });
});
