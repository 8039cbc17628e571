import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

describe('first run (Chromium)', () => {
  it('a new profile sees the welcome page; a study from three pasted competitor URLs knows their domains when clipping', async () => {
    const welcomeUrl = env.browser.extensionUrl('welcome.html');
    const welcome: Page =
      env.browser.context.pages().find((p) => p.url() === welcomeUrl) ??
      (await env.browser.context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 15_000 }));
    await welcome.getByRole('heading', { name: 'Welcome to Journey Lens' }).waitFor();
    expect(await welcome.getByRole('listitem').filter({ hasText: 'ZMOT — Zero Moment of Truth' }).count()).toBe(1);

    await welcome.getByLabel('Study name').fill('Shoe brands');
    await welcome.getByLabel('Competitor sites').fill(`${env.server.url('northwind.test', '/pricing')}\nglobex.test\nhttps://www.initech.test/`);
    const preview = welcome.getByRole('list', { name: 'Brands this makes' });
    await preview.getByText('Initech', { exact: true }).waitFor();
    expect(await preview.getByRole('listitem').allTextContents()).toEqual(['Northwind · northwind.test', 'Globex · globex.test', 'Initech · initech.test']);
    await welcome.getByRole('button', { name: 'Create study' }).click();
    await welcome.getByText('Study "Shoe brands" created with 3 brands.', { exact: false }).waitFor();

    // On Northwind's own site (which calls itself "Online Shop"), the brand comes from the domain.
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('northwind.test'));
    const flow = new ClipFlow(page);
    await flow.open('#promise');
    expect(await flow.dialog.getByLabel('Brand').inputValue()).toBe('Northwind');
    await flow.fill({ stage: 'amot' });
    await flow.save();

    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    expect(await panelPage.getByLabel('Study').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Shoe brands');
    await expect.poll(() => panel.cellCount('Northwind', 'AMOT')).toBe(1);
    expect(await panel.cellCount('Initech', 'AMOT')).toBe(0);
  });
});
