import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Issue 15, point 1: the sample study is for viewing; clips never go to it; removing it keeps the researcher's own clips. */
describe('trust: the sample study (Chromium)', () => {
  it('a real study replaces the empty default; the sample is only viewed; its removal offers to move own clips and restores the active study', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    const studies = options.getByRole('list', { name: 'Studies', exact: true });
    await studies.getByText('My first study', { exact: true }).waitFor();

    // The researcher makes a real study: the empty default one is not left behind.
    const newStudy = options.getByRole('form', { name: 'New study' });
    await newStudy.getByLabel('Study name').fill('Shoes Q3');
    await newStudy.getByRole('button', { name: 'Create study' }).click();
    await newStudy.getByText('Study "Shoes Q3" created', { exact: false }).waitFor();
    await expect.poll(() => studies.getByText('My first study', { exact: true }).count(), { timeout: 15_000 }).toBe(0);
    await studies.getByRole('listitem').filter({ hasText: 'Shoes Q3' }).getByText('Active').waitFor();

    // Loading the sample opens it for viewing; new clips still go to Shoes Q3.
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await panelPage.getByRole('button', { name: 'Load sample study' }).click();
    const note = panelPage.getByRole('note');
    await note.getByText('New clips still go to Shoes Q3.', { exact: false }).waitFor();
    await panel.matrix.getByRole('rowheader', { name: 'Northpeak' }).waitFor();

    const site = await env.browser.context.newPage();
    await site.goto(env.server.url('acme.test'));
    const flow = new ClipFlow(site);
    await flow.open('#promise');
    await flow.dialog.getByText('Shoes Q3', { exact: false }).waitFor();
    await flow.fill({ stage: 'amot', brand: 'Acme' });
    await flow.save();
    await site.close();
    // The panel still shows the sample (no Acme row there); the clip is in Shoes Q3.
    expect(await panel.cellCount('Acme', 'AMOT')).toBe(-1);
    await panelPage.getByLabel('Study').selectOption({ label: 'Shoes Q3' });
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 15_000 }).toBe(1);
    await panelPage.getByLabel('Study').selectOption({ label: 'Sample — trail running shoes' });
    await panel.matrix.getByRole('rowheader', { name: 'Northpeak' }).waitFor();

    // Clips the researcher put into the sample (here by a CSV import into it).
    const csv = ['Evidence,Moment,Company,Link', 'Free returns for 100 days,AMOT,Acme,https://acme.test/returns', 'Chat replies in a minute,SMOT,Acme,https://acme.test/help'].join('\n');
    await options.locator('section[aria-labelledby="import-h"]').getByLabel('Study').selectOption({ label: 'Sample — trail running shoes' });
    await options.getByLabel('Import clips from CSV').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByRole('button', { name: 'Check rows' }).click();
    await options.getByRole('button', { name: 'Import 2 clips' }).click();
    await options.getByText('Imported 2 clips', { exact: false }).waitFor();
    await expect.poll(() => panel.cellCount('Acme', 'SMOT'), { timeout: 15_000 }).toBe(1);

    // Removing says how many clips are the researcher's own and offers to move them.
    await note.getByRole('button', { name: 'Remove sample study' }).click();
    await note.getByText('2 of the 32 clips in the sample study are yours.').waitFor();
    expect(await note.getByLabel('Move them to').inputValue()).not.toBe('');
    await note.getByRole('button', { name: 'Move them and remove the sample' }).click();
    const toast = panelPage.getByRole('status').filter({ hasText: 'Sample study removed; your 2 clips moved to Shoes Q3.' });
    await toast.waitFor();
    // The study that was active before is shown and active again, with the moved clips.
    await expect.poll(() => panelPage.getByLabel('Study').locator('option:checked').textContent()).toBe('Shoes Q3');
    await expect.poll(() => panel.cellCount('Acme', 'AMOT')).toBe(2);
    await expect.poll(() => panel.cellCount('Acme', 'SMOT')).toBe(1);
    expect(await panelPage.getByLabel('Study').locator('option').allTextContents()).toEqual(['Shoes Q3']);

    // Undo puts the sample back (viewed, not active) and the moved clips where they were.
    await toast.getByRole('button', { name: 'Undo' }).click();
    await note.getByText('New clips still go to Shoes Q3.', { exact: false }).waitFor();
    await panelPage.getByLabel('Study').selectOption({ label: 'Shoes Q3' });
    await expect.poll(() => panel.cellCount('Acme', 'AMOT')).toBe(1);
    await expect.poll(() => panel.cellCount('Acme', 'SMOT')).toBe(0);
    await studies.getByRole('listitem').filter({ hasText: 'Shoes Q3' }).getByText('Active').waitFor();
  });
});
