import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { budget } from '../support/budget';
import { SidePanel } from '../support/page-objects';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('load (Chromium)', () => {
  it('1,000 clips saved from 10 tabs at once (each sent twice) → exactly 1,000 stored, matrix counts exact', async () => {
    const tabs = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const p = await browser.context.newPage();
        await p.goto(browser.extensionUrl('popup.html'));
        return p;
      }),
    );
    // Each tab fires 100 saves through the background's message router at once, then
    // fires the same 100 again (a retry after an unclear answer must not duplicate).
    const answers = await Promise.all(
      tabs.map((p, t) =>
        p.evaluate(async (t) => {
          const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; duplicate?: boolean }> } } }).chrome;
          const send = (i: number) =>
            api.runtime.sendMessage({
              type: 'clip/save',
              draft: {
                id: `load-${t}-${i}`,
                stageId: ['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot'][i % 6],
                brandName: `Brand ${t % 5}`,
                kind: 'selection',
                url: `https://brand${t % 5}.test/page/${i}`,
                sourceType: 'competitor_site',
                quote: `Quote ${t}-${i} 物流 ${'x'.repeat(i)}`,
                capturedAt: new Date(Date.UTC(2026, 10, 1) + t * 1000 + i).toISOString(),
              },
            });
          const first = await Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
          const again = await Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
          return { ok: first.filter((a) => a.ok && !a.duplicate).length, dup: again.filter((a) => a.ok && a.duplicate).length };
        }, t),
      ),
    );
    expect(answers.reduce((s, a) => s + a.ok, 0)).toBe(1000);
    expect(answers.reduce((s, a) => s + a.dup, 0)).toBe(1000);

    const panelPage = tabs[0]!;
    await panelPage.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    // Brand b gets the clips of tabs b and b+5: 200 clips, spread over the six stages by i % 6.
    const expectedPerStage = (stageIndex: number) => 2 * Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 6 === stageIndex).length;
    for (let b = 0; b < 5; b++) {
      for (const [k, label] of ['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT'].entries()) {
        await expect.poll(() => panel.cellCount(`Brand ${b}`, label), { timeout: budget(15_000) }).toBe(expectedPerStage(k));
      }
    }
    const total = await panel.matrix.locator('tfoot td').last().innerText();
    expect(total.trim()).toBe('1000');
  }, budget(240_000));
});
