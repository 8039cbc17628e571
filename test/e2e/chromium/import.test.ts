import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SidePanel } from '../support/page-objects';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('CSV import (Chromium)', () => {
  it('maps columns, reports rejected rows, and writes the accepted ones', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const csv = ['Evidence,Moment,Company,Link,Rating', 'Ships in 2 days,AMOT,Acme,https://acme.test/s,4', 'No stage here,XMOT,Acme,https://acme.test/x,3', '客服很快,SMOT,环球,https://g.test/h,5'].join('\n');
    await options.getByLabel('Import clips from CSV').setInputFiles({ name: 'clips.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByRole('button', { name: 'Check rows' }).click();
    await options.getByText('2 rows ready to import, 1 rejected.').waitFor();
    expect(await options.getByText('Row 3: unknown stage "XMOT"', { exact: false }).count()).toBe(1);
    await options.getByRole('button', { name: 'Import 2 clips' }).click();
    await options.getByText('Imported 2 clips (0 were already there).').waitFor();

    const panelPage = await browser.context.newPage();
    await panelPage.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Acme', 'AMOT')).toBe(1);
    await expect.poll(() => panel.cellCount('环球', 'SMOT')).toBe(1);
  });
});
