import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Issue 15, point 6: when Save would create a brand, the form says New brand and offers the brands it resembles. */
describe('trust: new brands are explicit (Chromium)', () => {
  it('says New brand next to Brand, lists resembling study brands, and one click uses the existing one', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('acme.test'));
    const flow = new ClipFlow(page);
    await flow.clip('#promise', { stage: 'amot', brand: 'Acme Shoes' });
    await flow.clip('#fit', { stage: 'fmot', brand: 'Brightline Mattress' });

    await flow.open('#cjk');
    const brand = flow.dialog.getByLabel('Brand');
    const newBrand = flow.dialog.getByText('New brand', { exact: true });

    // A study brand written differently: New brand, with the existing one a click away.
    await brand.fill('Acmeshoes');
    await newBrand.waitFor();
    await flow.dialog.getByRole('button', { name: 'Use Acme Shoes instead' }).click();
    expect(await brand.inputValue()).toBe('Acme Shoes');
    await newBrand.waitFor({ state: 'detached' });

    // One name the start of the other.
    await brand.fill('Brightline');
    await newBrand.waitFor();
    await flow.dialog.getByRole('button', { name: 'Use Brightline Mattress instead' }).waitFor();
    expect(await flow.dialog.getByRole('button', { name: 'Use Acme Shoes instead' }).count()).toBe(0);

    // A brand like none in the study: New brand, nothing to choose; the same name in other case is not new.
    await brand.fill('Zenith');
    await newBrand.waitFor();
    expect(await flow.dialog.getByRole('button', { name: /^Use .* instead$/ }).count()).toBe(0);
    await brand.fill('acme shoes');
    await newBrand.waitFor({ state: 'detached' });

    await brand.fill('Acmeshoes');
    await flow.dialog.getByRole('button', { name: 'Use Acme Shoes instead' }).click();
    await flow.dialog.getByLabel('Stage').selectOption('amot');
    await flow.save();

    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Acme Shoes', 'AMOT'), { timeout: 15_000 }).toBe(2);
    expect(await panel.matrix.locator('tbody th[scope="row"]').allInnerTexts()).toHaveLength(2);
  });
});
