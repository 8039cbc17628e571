// Issue 15 point 12: Esc closes the drill-down; a cell's accessible name includes brand and stage
// ("Acme Shoes × FMOT: 2 clips, average 4.5, newest 2 Dec"); one date format per locale; the Markdown report
// escapes only what Markdown needs; Chinese UI text uses full-width punctuation; the welcome page puts the
// first study before the theory, says how to pin the toolbar icon, and what to do after creating a study.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, selectText, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { SidePanel } from '../support/page-objects';
import { CHROME_BUILD } from '../support/paths';
import { seedClips } from '../support/seed-clips';

const year = new Date().getFullYear();
const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('smaller points, in English (Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let panel: SidePanel;
  const newest = `${year}-01-12T10:00:00.000Z`;
  beforeAll(async () => {
    browser = await launchWithExtension();
    const writer = await browser.context.newPage();
    await writer.goto(browser.extensionUrl('popup.html'));
    await seedClips(writer, [
      { id: 'p-1', brand: 'Acme Shoes', stage: 'fmot', score: 4, at: `${year}-01-03T10:00:00.000Z` },
      { id: 'p-2', brand: 'Acme Shoes', stage: 'fmot', score: 5, at: newest },
      { id: 'p-3', brand: 'Globex', stage: 'lzmot', score: 3, quote: 'Less-than-Zero moments: [ads] & *posts*' },
    ]);
    await writer.close();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(browser.extensionUrl('sidepanel.html'));
    panel = new SidePanel(page);
    await panel.matrix.getByRole('rowheader', { name: 'Globex' }).waitFor({ timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('names each cell with brand, stage, count, average and newest date', async () => {
    const cell = panel.matrix.getByRole('button', { name: `Acme Shoes × FMOT: 2 clips, average 4.5, newest ${day(newest)}`, exact: true });
    await cell.waitFor();
    await panel.matrix.getByRole('button', { name: 'Globex × FMOT: no evidence', exact: true }).waitFor();
    // The visible text still starts with the count (docs/ARCHITECTURE.md, Contracts).
    expect(await panel.cellCount('Acme Shoes', 'FMOT')).toBe(2);
  });

  it('closes the drill-down with Esc and puts focus back on its cell', async () => {
    await panel.openCell('Acme Shoes', 'FMOT');
    const drill = page.getByRole('region', { name: 'Acme Shoes × FMOT' });
    await drill.waitFor();
    await drill.getByRole('textbox', { name: 'Finding' }).focus();
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Acme Shoes × FMOT: 2 clips/);
  });

  it('writes dates one way: the cell, the clip list and the studies list agree', async () => {
    await panel.openCell('Acme Shoes', 'FMOT');
    await page.locator('.clip-item time').nth(1).waitFor();
    // textContent: a list item off screen (content-visibility: auto) has no rendered innerText yet.
    const times = await page.locator('.clip-item time').allTextContents();
    expect(times).toEqual([day(newest), day(`${year}-01-03T10:00:00.000Z`)]);
    expect(await panel.cellText('Acme Shoes', 'FMOT')).toContain(day(newest));
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByText(`· ${day(new Date().toISOString())}`, { exact: false }).first().waitFor();
    await options.close();
  });

  it('escapes only Markdown markup in the report: "Less-than-Zero", not "Less\\-than\\-Zero"', async () => {
    const menu = await panel.viewMenu();
    const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Report (Markdown)' }).click()]);
    const md = await readFile((await file.path())!, 'utf8');
    expect(md).toContain('Less-than-Zero Moment of Truth');
    expect(md).toContain('> Less-than-Zero moments: \\[ads\\] & \\*posts\\*');
    expect(md).not.toContain('\\-');
    expect(md).not.toContain('\\.');
  });

  it('welcome: first study before the theory, how to pin the icon, and what to do once the study exists', async () => {
    const welcome = await browser.context.newPage();
    await welcome.goto(browser.extensionUrl('welcome.html'));
    const headings = await welcome.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('Set up your first study')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Set up your first study')).toBeLessThan(headings.indexOf('Moments of Truth in a minute'));
    expect(headings.indexOf('Pin Journey Lens to the toolbar')).toBeLessThan(headings.indexOf('Moments of Truth in a minute'));
    expect(await welcome.getByRole('region', { name: 'Pin Journey Lens to the toolbar' }).innerText()).toMatch(/puzzle-piece.*pin next to Journey Lens/s);
    expect(await welcome.getByRole('heading', { name: 'What to do next' }).count()).toBe(0);
    await welcome.getByLabel('Study name').fill('Mattresses');
    await welcome.getByRole('button', { name: 'Create study' }).click();
    await welcome.getByRole('heading', { name: 'What to do next' }).waitFor();
    const steps = await welcome.locator('.next-steps li').allInnerTexts();
    expect(steps).toHaveLength(3);
    expect(steps.join(' ')).toMatch(/press Clip.*comparison matrix/s);
  });
});

describe('full-width punctuation in Chinese (Chromium, zh-CN)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(CHROME_BUILD, undefined, ['--lang=zh-CN']);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Visible text where an ASCII colon, comma, semicolon, ! or ? touches a Chinese character. */
  const halfWidth = (page: Page) =>
    page.evaluate(() => {
      const texts: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        texts.push((root instanceof Document ? root.body : root).textContent ?? '');
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return texts.join('\n').match(/[\u4e00-\u9fff）」”][:;,!?]|[:;,!?] ?[\u4e00-\u9fff（「“]/g) ?? [];
    });

  it('uses 研究： and no half-width punctuation beside Chinese text on the panel, welcome, options and clip form', async () => {
    const writer = await browser.context.newPage();
    await writer.goto(browser.extensionUrl('popup.html'));
    await seedClips(writer, [{ id: 'z-1', brand: '环球', stage: 'fmot', score: 4, tags: ['物流'] }]);
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await panel.getByRole('rowheader', { name: '环球' }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: '环球 × FMOT：1 条剪藏，平均 4.0 分，' , exact: false }).click();
    await panel.locator('.clip-item').first().waitFor();
    await panel.getByRole('button', { name: '视图与导出' }).click();
    expect(await halfWidth(panel)).toEqual([]);
    for (const url of ['welcome.html', 'options.html']) {
      const p = await browser.context.newPage();
      await p.goto(browser.extensionUrl(url));
      await p.getByRole('heading').first().waitFor();
      expect(await halfWidth(p), url).toEqual([]);
    }
    const site = await browser.context.newPage();
    await site.goto(server.url('northwind.test'));
    await selectText(site, '#promise');
    await site.getByRole('button', { name: '剪藏', exact: true }).click();
    const form = site.getByRole('dialog', { name: '剪藏证据' });
    await form.waitFor();
    expect(await form.innerText()).toContain('研究：');
    expect(await halfWidth(site)).toEqual([]);
  });
});
