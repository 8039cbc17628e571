import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Issue 15, point 4: typed work survives a click outside, Enter in Note, and the page going away. */
describe('trust: typed work survives (Chromium)', () => {
  it('keeps the form open on a click outside, makes new lines in Note, saves with Ctrl+Enter, and offers a draft again after navigation', async () => {
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await panel.matrix.waitFor();

    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('acme.test'));
    const flow = new ClipFlow(page);

    // A form with nothing typed closes on a click outside.
    await flow.open('#fit');
    await page.mouse.click(20, 400);
    await flow.dialog.waitFor({ state: 'detached' });

    // With typed work it stays, and says how to leave it.
    await flow.open('#promise');
    await flow.dialog.getByLabel('Stage').selectOption('amot');
    const note = flow.dialog.getByLabel('Note');
    await note.click();
    await page.keyboard.type('Ships in 2 days');
    await page.keyboard.press('Enter');
    await page.keyboard.type('but only in the EU');
    expect(await note.inputValue()).toBe('Ships in 2 days\nbut only in the EU');
    expect(await flow.dialog.isVisible()).toBe(true);
    await page.mouse.click(20, 400);
    await flow.dialog.getByText('You have typed work here, so the form stays open.', { exact: false }).waitFor();
    expect(await note.inputValue()).toBe('Ships in 2 days\nbut only in the EU');

    // Esc with typed work asks first: the form stays and says a second Esc discards.
    await note.focus();
    await page.keyboard.press('Escape');
    await flow.dialog.getByText('Press Esc again to discard it', { exact: false }).waitFor();
    expect(await note.inputValue()).toBe('Ships in 2 days\nbut only in the EU');

    // Ctrl+Enter saves from the Note field.
    await note.focus();
    await page.keyboard.press('Control+Enter');
    await flow.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 15_000 }).toBe(1);
    await panel.openCell('Acme', 'AMOT');
    await panelPage.locator('.clip-note').filter({ hasText: 'but only in the EU' }).waitFor();

    // The page navigates away with an unsaved form: the draft is kept and offered in the side panel.
    await flow.open('#cjk');
    await flow.dialog.getByLabel('Note').fill('Chinese shoppers complain about delivery');
    await flow.dialog.getByLabel('Tags').fill('logistics');
    await page.goto(env.server.url('globex.test'));
    const kept = panelPage.getByRole('region', { name: 'Unsaved clips (1)' });
    await kept.waitFor({ timeout: 20_000 });
    await kept.getByText('Chinese shoppers complain about delivery').waitFor();

    // Back on the page, a new clip form offers the kept draft: restored, it saves as it was typed.
    await page.goto(env.server.url('acme.test'));
    await flow.open('#fit');
    await flow.dialog.getByText('You left an unsaved clip on this page', { exact: false }).waitFor();
    await flow.dialog.getByRole('button', { name: 'Restore it' }).click();
    await expect.poll(() => flow.dialog.getByLabel('Note').inputValue()).toBe('Chinese shoppers complain about delivery');
    expect(await flow.dialog.getByLabel('Tags').inputValue()).toBe('logistics');
    expect(await flow.dialog.locator('#jl-quote').innerText()).toContain('物流');
    await flow.dialog.getByLabel('Stage').selectOption('amot');
    await flow.dialog.getByLabel('Note').press('Control+Enter');
    await flow.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 15_000 }).toBe(2);
    // Saved: no longer offered.
    await kept.waitFor({ state: 'detached' });
    await panel.openCell('Acme', 'AMOT');
    await panelPage.locator('.clip-note').filter({ hasText: 'Chinese shoppers complain about delivery' }).waitFor();
  });
});
