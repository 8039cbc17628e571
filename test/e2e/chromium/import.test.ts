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

  it('names the encoding it read (UTF-16 LE), flags day/month dates with the reading chosen, and the switch re-reads them', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const tsv = ['quote\tstage_id\tstage\tbrand\turl\tcaptured_at\ttags', 'Café „Lieferung“\t\tTMOT\tAcme\thttps://acme.test/d\t05.06.26\t价格；物流', 'Zweite\t\tTMOT\tAcme\thttps://acme.test/e\t07.06.26 10:11\t'].join('\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    await options.getByLabel('Import clips from CSV').setInputFiles({ name: 'unicode.txt', mimeType: 'text/plain', buffer: utf16 });
    await options.getByText('Read as UTF-16 LE.').waitFor();
    await options.getByRole('button', { name: 'Check rows' }).click();
    await options.getByText('2 rows ready to import, 0 rejected.').waitFor();
    await options.getByText('2 dates are written in numbers only (e.g. 05.06.26 → 2026-06-05T00:00:00.000Z).').waitFor();
    await options.getByLabel('Read them as').selectOption('mdy');
    await options.getByText('2 dates are written in numbers only (e.g. 05.06.26 → 2026-05-06T00:00:00.000Z).').waitFor();
    await options.getByLabel('Read them as').selectOption('dmy');
    await options.getByText('(e.g. 05.06.26 → 2026-06-05T00:00:00.000Z)', { exact: false }).waitFor();
    await options.getByRole('button', { name: 'Import 2 clips' }).click();
    await options.getByText('Imported 2 clips (0 were already there).').waitFor();

    const panelPage = await browser.context.newPage();
    await panelPage.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Acme', 'TMOT')).toBe(2);
  });
});
