import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

describe('studies on the options page (Chromium)', () => {
  it('creates a custom-stage study with competitors and chosen lenses; duplicate, rename, archive, delete and undo', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    const newStudy = options.getByRole('form', { name: 'New study' });
    await newStudy.getByLabel('Study name').fill('Hotels');
    await newStudy.getByLabel('Framework').selectOption({ label: 'Custom stages…' });
    await newStudy.getByLabel('Stages, in journey order (one per line)').fill('Dream\nPlan\nBook');
    await newStudy.getByText('Dream → Plan → Book').waitFor();
    await newStudy.getByLabel('Competitor sites').fill('Northwind Outdoor | northwind.test | 北风\nglobex.test\nnot a site');
    await newStudy.getByRole('list', { name: 'Brands this makes' }).getByText('Northwind Outdoor').waitFor();
    await newStudy.getByRole('alert').getByText('not a site', { exact: false }).waitFor();
    await newStudy.getByLabel('Score').uncheck();
    await newStudy.getByLabel('Behaviour').uncheck();
    await newStudy.getByRole('button', { name: 'Create study' }).click();
    await newStudy.getByText('Study "Hotels" created with 2 brands.', { exact: false }).waitFor();
    const studies = options.getByRole('list', { name: 'Studies', exact: true });
    const hotels = studies.getByRole('listitem').filter({ has: options.getByText('Hotels', { exact: true }) });
    await hotels.getByText('Active').waitFor();
    await hotels.getByText('Custom framework (3 stages)', { exact: false }).waitFor();

    // Clipping on the competitor's site: brand from the domain, the study's own stages, only the chosen lenses.
    const site = await env.browser.context.newPage();
    await site.goto(env.server.url('northwind.test'));
    const flow = new ClipFlow(site);
    await flow.open('#promise');
    expect(await flow.dialog.getByLabel('Brand').inputValue()).toBe('Northwind Outdoor');
    const stageOptions = await flow.dialog.getByLabel('Stage').locator('option').allTextContents();
    expect(stageOptions.filter((o) => /Dream|Plan|Book/.test(o))).toHaveLength(3);
    expect(stageOptions.some((o) => o.includes('ZMOT'))).toBe(false);
    expect(await flow.dialog.getByLabel('Sentiment').count()).toBeGreaterThan(0);
    expect(await flow.dialog.getByLabel('Score').count()).toBe(0);
    expect(await flow.dialog.getByLabel('Behaviour').count()).toBe(0);
    await flow.fill({ stage: 'custom-2' });
    await flow.save();

    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Northwind Outdoor', 'Plan')).toBe(1);
    expect(await panel.cellCount('Globex', 'Book')).toBe(0);

    // Custom stages get their own what-to-look-for checklist, which the cell's rubric then offers.
    await panelPage.getByText('Manage brands and stages').click();
    await panelPage.getByText('Stages', { exact: true }).click();
    await panelPage.getByText('What to look for (0)').nth(1).click();
    await panelPage.getByLabel('What to look for at Plan (one item per line)').fill('Price for the whole stay\nFree cancellation');
    await panelPage.getByRole('button', { name: 'Save the checklist of Plan' }).click();
    await panelPage.getByText('Saved. Items you kept keep their ticks.').waitFor();
    await panel.openCell('Northwind Outdoor', 'Plan');
    const rubric = panelPage.getByRole('group', { name: 'What to look for' });
    await rubric.getByLabel('Free cancellation').check();
    await rubric.getByText('1 of 2 covered', { exact: false }).waitFor();

    // Duplicate: same brands and stages, no clips; then rename the copy.
    await hotels.getByRole('button', { name: 'Duplicate Hotels' }).click();
    const copy = studies.getByRole('listitem').filter({ hasText: 'Hotels (copy)' });
    await copy.getByText('Clips: 0 · Brands: 2').waitFor();
    await copy.getByRole('button', { name: 'Edit Hotels (copy)' }).click();
    const editor = copy.getByRole('group', { name: 'Settings of Hotels (copy)' });
    await editor.getByLabel('Study name').fill('Hotels Q2');
    await editor.getByRole('button', { name: 'Rename' }).click();
    await options.getByText('Renamed to Hotels Q2.').waitFor();
    const q2 = studies.getByRole('listitem').filter({ hasText: 'Hotels Q2' });
    const q2Editor = q2.getByRole('group', { name: 'Settings of Hotels Q2' });
    // More competitors later, with an alias joining a known brand.
    await q2Editor.getByLabel('Add competitors').fill('Initech | initech.test\nGlobex | globex.test | 格洛贝');
    await q2Editor.getByRole('button', { name: 'Add brands' }).click();
    await q2Editor.getByText('1 brands added, 1 updated', { exact: false }).waitFor();
    await q2.getByText('Clips: 0 · Brands: 3').waitFor();

    // Archive the copy: it leaves the list (and the panel's study switcher) until brought back.
    await q2.getByRole('button', { name: 'Archive Hotels Q2' }).click();
    await options.getByText('Archived (1)').click();
    const archived = options.getByRole('list', { name: 'Archived studies' });
    await archived.getByText('Hotels Q2').waitFor();
    await panelPage.reload();
    await panel.matrix.waitFor();
    const switcher = await panelPage.getByLabel('Study').locator('option').allTextContents();
    expect(switcher).toContain('Hotels');
    expect(switcher).not.toContain('Hotels Q2');

    // Delete with undo: the study and its clip come back exactly.
    await hotels.getByRole('button', { name: 'Delete Hotels', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Study "Hotels" deleted with its 1 clips.' }).waitFor();
    await expect.poll(() => studies.getByRole('listitem').filter({ hasText: /^Hotels/ }).count()).toBe(0);
    await options.getByRole('button', { name: 'Undo' }).click();
    await hotels.getByText('Clips: 1 · Brands: 2').waitFor();
    await hotels.getByText('Active').waitFor();
    await panelPage.reload();
    await expect.poll(() => panel.cellCount('Northwind Outdoor', 'Plan')).toBe(1);

    // Bring the copy back.
    await archived.getByRole('button', { name: 'Bring back Hotels Q2' }).click();
    await studies.getByText('Hotels Q2').waitFor();

    // Two deletes in a row: one Undo puts both back.
    await hotels.getByRole('button', { name: 'Delete Hotels', exact: true }).click();
    await studies.getByRole('button', { name: 'Delete Hotels Q2', exact: true }).click();
    const toast = options.getByRole('status').filter({ hasText: '(Undo puts back all 2.)' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await hotels.getByText('Clips: 1 · Brands: 2').waitFor();
    await studies.getByRole('listitem').filter({ hasText: 'Hotels Q2' }).getByText('Clips: 0 · Brands: 3').waitFor();
  });
});
