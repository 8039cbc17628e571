// Issue 15 point 7: Chrome gives extension pages body{font-size:75%} (10.5 px text). Body text is at least
// 14 px in the side panel (matrix, drill-down, filters, menu), options, welcome, popup and the in-page clip
// form, in every UI language. Measured as computed font sizes of every visible text node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { bodyFontSize, textBelow } from '../support/font-sizes';
import { CHROME_BUILD, ROOT } from '../support/paths';
import { seedClips } from '../support/seed-clips';
import { selectText } from '../support/chromium';

const LANGS = [
  { locale: 'en', flag: '--lang=en-US' },
  { locale: 'zh_CN', flag: '--lang=zh-CN' },
  { locale: 'zh_TW', flag: '--lang=zh-TW' },
  { locale: 'lv', flag: '--lang=lv' },
] as const;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('text size (Chromium)', () => {
  for (const lang of LANGS) {
    it(`is at least 14 px on every page and in the clip form, in ${lang.locale}`, async () => {
      const t = parseYAML(readFileSync(join(ROOT, `locales/${lang.locale}.yml`), 'utf8')) as Record<string, string>;
      const browser = await launchWithExtension(CHROME_BUILD, undefined, [lang.flag]);
      try {
        const small: Record<string, unknown[]> = {};
        const popup = await browser.context.newPage();
        await popup.goto(browser.extensionUrl('popup.html'));
        await seedClips(popup, [
          { id: 'ts-1', brand: 'Acme', stage: 'fmot', score: 4, sentiment: 'positive', tags: ['pricing'], quote: 'Free returns for 100 days' },
          { id: 'ts-2', brand: 'Globex', stage: 'zmot', score: 2, sentiment: 'negative', quote: '物流太慢了' },
        ]);
        await popup.getByRole('button').first().waitFor();
        expect(await bodyFontSize(popup)).toBeGreaterThanOrEqual(14);
        small.popup = await textBelow(popup, 14);

        const panel = await browser.context.newPage();
        await panel.setViewportSize({ width: 400, height: 900 });
        await panel.goto(browser.extensionUrl('sidepanel.html'));
        const table = panel.getByRole('table', { name: t.matrixLabel });
        await table.getByRole('rowheader', { name: 'Acme' }).waitFor();
        expect(await bodyFontSize(panel)).toBeGreaterThanOrEqual(14);
        small.matrix = await textBelow(panel, 14);
        // The drill-down (clip list, finding, checklist), the filter panel and the menu.
        await table.locator('tbody tr').first().locator('td button').nth(2).click();
        await panel.locator('.clip-item').first().waitFor();
        await panel.getByRole('button', { name: t.filterMore, exact: true }).click();
        small.drilldown = await textBelow(panel, 14);
        await panel.getByRole('button', { name: t.menuViewExport }).click();
        await panel.getByRole('group', { name: t.menuViewExport }).waitFor();
        small.menu = await textBelow(panel, 14);

        const options = await browser.context.newPage();
        await options.goto(browser.extensionUrl('options.html'));
        await options.getByRole('heading').first().waitFor();
        await options.getByText('Acme').first().waitFor();
        expect(await bodyFontSize(options)).toBeGreaterThanOrEqual(14);
        small.options = await textBelow(options, 14);

        const welcome = await browser.context.newPage();
        await welcome.goto(browser.extensionUrl('welcome.html'));
        await welcome.getByRole('heading', { name: t.welcomeTitle }).waitFor();
        expect(await bodyFontSize(welcome)).toBeGreaterThanOrEqual(14);
        small.welcome = await textBelow(welcome, 14);

        const site = await browser.context.newPage();
        await site.goto(server.url('northwind.test'));
        await selectText(site, '#promise');
        await site.getByRole('button', { name: t.clipButton, exact: true }).click();
        await site.getByRole('dialog', { name: t.formTitle }).waitFor();
        small.clipForm = await textBelow(site, 14);

        expect(small).toEqual({ popup: [], matrix: [], drilldown: [], menu: [], options: [], welcome: [], clipForm: [] });
      } finally {
        await browser.close();
      }
    }, 120_000);
  }
});
