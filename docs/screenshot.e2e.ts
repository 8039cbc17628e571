// `npm run docs:screenshot`: rebuilds the README's pictures from the real
// extension (Chromium) with the sample study, in English and Simplified
// Chinese: docs/sidepanel.png (at a real side-panel width, 400 px),
// docs/options.png, docs/welcome.png, docs/matrix-slide.png (the PNG the
// panel saves for slides, findings listed below) and their `.zh_CN.png` twins.
// Chinese glyphs need a CJK font (Debian: fonts-noto-cjk).
import { copyFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { it } from 'vitest';
import { launchWithExtension } from '../test/e2e/support/chromium';
import { CHROME_BUILD, ROOT } from '../test/e2e/support/paths';

const LANGS = [
  { locale: 'en', flag: '--lang=en-US', suffix: '' },
  { locale: 'zh_CN', flag: '--lang=zh-CN', suffix: '.zh_CN' },
] as const;

for (const lang of LANGS) {
  it(`renders the side panel, options and welcome pages in ${lang.locale}`, async () => {
    const t = parseYAML(readFileSync(join(ROOT, `locales/${lang.locale}.yml`), 'utf8')) as Record<string, string>;
    const browser = await launchWithExtension(CHROME_BUILD, undefined, [lang.flag]);
    try {
      const welcome = await browser.context.newPage();
      await welcome.setViewportSize({ width: 900, height: 900 });
      await welcome.goto(browser.extensionUrl('welcome.html'));
      await welcome.getByRole('heading', { name: t.welcomeTitle }).waitFor();
      await welcome.emulateMedia({ reducedMotion: 'reduce' }); // the walkthrough as a still picture: every step shown
      await welcome.screenshot({ path: join(ROOT, `docs/welcome${lang.suffix}.png`), fullPage: true });

      const options = await browser.context.newPage();
      await options.setViewportSize({ width: 900, height: 1000 });
      await options.goto(browser.extensionUrl('options.html'));
      await options.getByRole('button', { name: t.sampleLoad }).click();
      await options.getByRole('button', { name: t.sampleRemove }).and(options.locator(':enabled')).waitFor();
      await options.getByRole('list', { name: t.studiesHeading, exact: true }).getByText(t.sampleStudyName!).waitFor();
      await options.screenshot({ path: join(ROOT, `docs/options${lang.suffix}.png`) });

      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 400, height: 820 });
      await panel.goto(browser.extensionUrl('sidepanel.html'));
      const table = panel.getByRole('table', { name: t.matrixLabel });
      await table.getByRole('rowheader', { name: 'Northpeak' }).waitFor();
      await table.locator('tbody tr').first().locator('td').nth(1).getByRole('button').click();
      await panel.locator('.cell-clips, [aria-live]').first().waitFor();
      await panel.waitForTimeout(500);
      await panel.screenshot({ path: join(ROOT, `docs/sidepanel${lang.suffix}.png`) });

      // The slide image, as the View and export menu saves it, with the findings listed below.
      await panel.keyboard.press('Escape');
      await panel.getByRole('button', { name: t.menuViewExport }).click();
      const menu = panel.getByRole('group', { name: t.menuViewExport });
      await menu.getByRole('checkbox', { name: t.menuImageFindings }).check();
      const [png] = await Promise.all([panel.waitForEvent('download'), menu.getByRole('button', { name: t.saveImagePng }).click()]);
      await copyFile((await png.path())!, join(ROOT, `docs/matrix-slide${lang.suffix}.png`));
    } finally {
      await browser.close();
    }
  }, 90_000);
}
