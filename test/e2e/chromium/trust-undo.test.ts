import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Issue 15, point 5: every change offers one status toast with a keyboard-reachable Undo; a select moves only on confirm. */
describe('trust: every change can be undone where it happened (Chromium)', () => {
  it('move by select (keyboard), drag and merge, rename and delete: each says what happened and undoes', async () => {
    const acme = await env.browser.context.newPage();
    await acme.goto(env.server.url('acme.test'));
    const flow = new ClipFlow(acme);
    await flow.clip('#promise', { stage: 'amot', brand: 'Acme' });
    await acme.close();
    const globex = await env.browser.context.newPage();
    await globex.goto(env.server.url('globex.test'));
    await new ClipFlow(globex).clip('#price', { stage: 'fmot', brand: 'Globex' });
    await globex.close();

    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(page);
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => panel.cellCount('Globex', 'FMOT'), { timeout: 15_000 }).toBe(1);
    const toast = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo' }) });

    // The stage select: arrow keys only walk the options; Enter confirms and moves.
    await panel.openCell('Acme', 'AMOT');
    const stageSelect = page.getByRole('combobox', { name: 'Move to stage' });
    await stageSelect.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => stageSelect.inputValue()).toBe('smot');
    expect(await panel.cellCount('Acme', 'AMOT')).toBe(1);
    expect(await panel.cellCount('Acme', 'SMOT')).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.cellCount('Acme', 'SMOT')).toBe(1);
    expect(await panel.cellCount('Acme', 'AMOT')).toBe(0);
    await toast.filter({ hasText: 'Clip moved to Acme × SMOT.' }).waitFor();
    // The Undo is in the Tab order: reach it with the keyboard and press it.
    const undo = toast.getByRole('button', { name: 'Undo' });
    for (let i = 0; i < 80 && !(await undo.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await undo.evaluate((b) => b === document.activeElement)).toBe(true);
    // Leaving the select after Enter confirmed nothing new: one change, one Undo.
    expect(await toast.innerText()).not.toContain('Undo puts back all');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.cellCount('Acme', 'AMOT')).toBe(1);
    expect(await panel.cellCount('Acme', 'SMOT')).toBe(0);
    await toast.waitFor({ state: 'detached' });

    // Drag a clip onto another cell; Ctrl+Z undoes it.
    await panel.openCell('Acme', 'AMOT');
    const item = page.locator('article.clip-item').first();
    await item.waitFor();
    const target = panel.matrix.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Acme' }) }).locator('td').nth(0);
    await item.dragTo(target);
    await expect.poll(() => panel.cellCount('Acme', '<ZMOT')).toBe(1);
    await toast.filter({ hasText: 'Clip moved to Acme × <ZMOT.' }).waitFor();
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => panel.cellCount('Acme', 'AMOT')).toBe(1);
    expect(await panel.cellCount('Acme', '<ZMOT')).toBe(0);
    await toast.waitFor({ state: 'detached' });

    // Merge Globex into Acme (no question first): Undo brings Globex and its clip back.
    await page.getByText('Manage brands and stages').click();
    await page.getByText('Brands (2)').click();
    const mergeSelect = page.getByRole('combobox', { name: 'Merge Globex into…' });
    // Walking the options with the keys merges nothing; Esc puts the select back.
    await mergeSelect.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => mergeSelect.inputValue()).not.toBe('');
    expect(await panel.cellCount('Globex', 'FMOT')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => mergeSelect.inputValue()).toBe('');
    await mergeSelect.selectOption({ label: 'Acme' });
    await expect.poll(() => panel.cellCount('Globex', 'FMOT')).toBe(-1);
    expect(await panel.cellCount('Acme', 'FMOT')).toBe(1);
    await toast.filter({ hasText: 'Globex merged into Acme.' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.cellCount('Globex', 'FMOT')).toBe(1);
    expect(await panel.cellCount('Acme', 'FMOT')).toBe(0);
    await toast.waitFor({ state: 'detached' });

    // Rename, and a stage edit: each undone from its toast.
    const nameBox = page.getByRole('textbox', { name: 'Name of Globex' });
    await nameBox.fill('Globex Corp');
    await nameBox.press('Enter');
    await panel.matrix.getByRole('rowheader', { name: 'Globex Corp' }).waitFor();
    await toast.filter({ hasText: 'Brand Globex renamed to Globex Corp.' }).getByRole('button', { name: 'Undo' }).click();
    await panel.matrix.getByRole('rowheader', { name: 'Globex', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Name of Globex' }).inputValue()).toBe('Globex');
    await toast.waitFor({ state: 'detached' });

    await page.getByText('Stages', { exact: true }).click();
    await page.getByRole('button', { name: 'Move AMOT down' }).click();
    await expect.poll(async () => (await panel.matrix.locator('thead th[scope="col"]').allInnerTexts()).map((h) => h.trim()).slice(3, 5)).toEqual(['SMOT', 'AMOT']);
    await toast.filter({ hasText: 'Stage AMOT moved.' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await panel.matrix.locator('thead th[scope="col"]').allInnerTexts()).map((h) => h.trim()).slice(3, 5)).toEqual(['AMOT', 'SMOT']);
    expect(await panel.cellCount('Acme', 'AMOT')).toBe(1);
    await toast.waitFor({ state: 'detached' });

    // Delete, undone.
    await panel.openCell('Globex', 'FMOT');
    await page.locator('article.clip-item').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => panel.cellCount('Globex', 'FMOT')).toBe(0);
    await toast.filter({ hasText: 'Clip deleted.' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.cellCount('Globex', 'FMOT')).toBe(1);
  });
});
