import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';

const opened: ExtensionBrowser[] = [];
afterAll(async () => {
  for (const b of opened) await b.close();
});

async function exportCsv(browser: ExtensionBrowser, study: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('sidepanel.html'));
  const panel = new SidePanel(page);
  await panel.matrix.waitFor();
  // The study the researcher exports is the one chosen in the panel.
  const select = page.getByLabel('Study');
  const value = await select.locator('option', { hasText: study }).getAttribute('value');
  await select.selectOption(value!);
  await panel.matrix.getByRole('rowheader', { name: 'Northpeak' }).waitFor();
  return (await panel.exportCsv()).text;
}

describe('Back up → Restore backup in a fresh profile (Chromium)', () => {
  it('gives the same study, the same CSV, the same matrix', async () => {
    const first = await launchWithExtension();
    opened.push(first);
    const options = await first.context.newPage();
    await options.goto(first.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Load sample study' }).click();
    await options.getByRole('button', { name: 'Remove sample study' }).waitFor();
    const before = await exportCsv(first, 'Sample');
    expect(before.split('\r\n').length).toBeGreaterThan(20);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Back up' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^journey-lens-.+-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = await readFile((await download.path())!);

    const second = await launchWithExtension();
    opened.push(second);
    const restore = await second.context.newPage();
    await restore.goto(second.extensionUrl('options.html'));
    await restore.getByLabel('Restore backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await restore.getByText(/Restored \d+ clips in \d+ studies/).waitFor({ timeout: 20_000 });

    const after = await exportCsv(second, 'Sample');
    expect(after).toBe(before);
    const panelPage = await second.context.newPage();
    await panelPage.goto(second.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Northpeak', 'ZMOT')).toBe(2);
  });
});
