import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Issue 15, point 2: a rename shows the new name afterwards, and tabbing through a box writes nothing. */
describe('trust: edits stick (Chromium)', () => {
  it('renames a brand and a stage; the boxes show the new names; tabbing through them changes nothing', async () => {
    const site = await env.browser.context.newPage();
    await site.goto(env.server.url('acme.test'));
    await new ClipFlow(site).clip('#promise', { stage: 'amot', brand: 'Acme' });
    await site.close();

    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(page);
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 15_000 }).toBe(1);
    await page.getByText('Manage brands and stages').click();
    await page.getByText('Brands (1)').click();
    const brandBox = page.getByRole('textbox', { name: 'Name of Acme' });
    await brandBox.fill('Acme Shoes');
    await brandBox.press('Enter');
    await panel.matrix.getByRole('rowheader', { name: 'Acme Shoes' }).waitFor();
    const box = page.getByRole('textbox', { name: 'Name of Acme Shoes' });
    await expect.poll(() => box.inputValue()).toBe('Acme Shoes');
    const toast = page.getByRole('status').filter({ hasText: 'Brand Acme renamed to Acme Shoes.' });
    await toast.waitFor();

    // Tabbing into the box and out again (both ways) writes nothing: no old name written back, no second change.
    await box.focus();
    await page.keyboard.press('Tab');
    await box.focus();
    await page.keyboard.press('Shift+Tab');
    await box.click();
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') !== 'Name of Acme Shoes');
    expect(await box.inputValue()).toBe('Acme Shoes');
    expect(await panel.matrix.getByRole('rowheader', { name: 'Acme Shoes' }).count()).toBe(1);
    expect(await panel.matrix.getByRole('rowheader', { name: 'Acme', exact: true }).count()).toBe(0);
    expect(await page.getByText('Undo puts back all', { exact: false }).count()).toBe(0);

    // A stage rename: the same.
    await page.getByText('Stages', { exact: true }).click();
    const stageBox = page.getByRole('textbox', { name: 'Name of stage AMOT' });
    await stageBox.fill('Delivery');
    await page.keyboard.press('Tab');
    await panel.matrix.getByRole('columnheader', { name: 'Delivery' }).waitFor();
    const renamed = page.getByRole('textbox', { name: 'Name of stage Delivery' });
    await expect.poll(() => renamed.inputValue()).toBe('Delivery');
    await page.getByRole('status').filter({ hasText: 'Stage AMOT renamed to Delivery.' }).waitFor();
    await renamed.focus();
    await page.keyboard.press('Tab');
    await renamed.focus();
    await page.keyboard.press('Shift+Tab');
    expect(await renamed.inputValue()).toBe('Delivery');
    expect(await panel.cellCount('Acme Shoes', 'Delivery')).toBe(1);
    // Two changes at most (brand, stage) are offered for Undo: a write on blur would have stacked a third.
    expect(await page.getByText('Undo puts back all 3.', { exact: false }).count()).toBe(0);
  });
});
