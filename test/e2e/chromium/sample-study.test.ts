import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

describe('sample study from the side panel (Chromium)', () => {
  it('an empty matrix offers the sample; it loads 30 clips marked as a sample and is removed in one click', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(page);
    await page.getByText('No evidence yet.').waitFor();
    await page.getByRole('button', { name: 'Load sample study' }).click();

    await page.getByRole('note').getByText('This is the sample study', { exact: false }).waitFor();
    await panel.matrix.getByRole('rowheader', { name: 'Northpeak' }).waitFor();
    let total = 0;
    for (const brand of ['Northpeak', 'Trailwise', '森途'])
      for (const stage of ['<ZMOT', 'ZMOT', 'FMOT', 'AMOT', 'SMOT', 'TMOT']) total += await panel.cellCount(brand, stage);
    expect(total).toBe(30);
    expect(await panel.cellCount('森途', 'ZMOT')).toBe(2);
    // At side panel width the matrix scrolls inside its box; the page itself never scrolls sideways.
    await page.setViewportSize({ width: 400, height: 800 });
    await panel.openCell('Northpeak', 'AMOT');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

    // Removal can be undone (clips the researcher added to the sample would go with it).
    await page.getByRole('note').getByRole('button', { name: 'Remove sample study' }).click();
    await page.getByRole('status').filter({ hasText: 'Sample study removed with its 30 clips.' }).getByRole('button', { name: 'Undo' }).click();
    await panel.matrix.getByRole('rowheader', { name: 'Northpeak' }).waitFor();
    await expect.poll(() => panel.cellCount('森途', 'ZMOT')).toBe(2);

    await page.getByRole('note').getByRole('button', { name: 'Remove sample study' }).click();
    await page.getByText('No evidence yet.').waitFor();
    expect(await page.getByRole('note').count()).toBe(0);
    const studies = await page.getByLabel('Study').locator('option').allTextContents();
    expect(studies).toEqual(['My first study']);
  });
});
