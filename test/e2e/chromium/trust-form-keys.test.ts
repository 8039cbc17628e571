import { describe, expect, it } from 'vitest';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow, SidePanel } from '../support/page-objects';

const env = useBrowserWithServer();

/** Issue 15, point 3: digits pick a stage only on Stage (or with no editable field focused); Score takes 1–5. */
describe('trust: keys do what they say in the clip form (Chromium)', () => {
  it('starts on Stage; digits in Brand, Tags, Note and Score never change the stage; Score is a 1–5 control', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('acme.test'));
    const flow = new ClipFlow(page);
    await flow.open('#promise');
    const stage = flow.dialog.getByLabel('Stage');
    const focused = (label: string) => flow.dialog.getByLabel(label).evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
    await expect.poll(() => focused('Stage')).toBe(true);

    // On Stage, "2" picks the second stage.
    await page.keyboard.press('2');
    await expect.poll(() => stage.inputValue()).toBe('zmot');

    // Digits typed in Brand are the brand's.
    const brand = flow.dialog.getByLabel('Brand');
    await brand.fill('');
    await brand.pressSequentially('Acme 4');
    expect(await brand.inputValue()).toBe('Acme 4');
    expect(await stage.inputValue()).toBe('zmot');
    await brand.fill('Acme');

    // Score: one control, keys 1–5; "5" there is a score, not SMOT.
    const score = flow.dialog.getByRole('radiogroup', { name: 'Score' });
    await score.getByRole('radio', { name: 'No score' }).focus();
    await page.keyboard.press('5');
    await expect.poll(() => score.getByRole('radio', { name: 'Score 5 of 5' }).isChecked()).toBe(true);
    await page.keyboard.press('3');
    await expect.poll(() => score.getByRole('radio', { name: 'Score 3 of 5' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => score.getByRole('radio', { name: 'Score 4 of 5' }).isChecked()).toBe(true);
    expect(await stage.inputValue()).toBe('zmot');

    // Tags and Note take digits as text.
    await flow.dialog.getByLabel('Tags').pressSequentially('q3, 2026');
    await flow.dialog.getByLabel('Note').pressSequentially('6 of 10 runners');
    expect(await flow.dialog.getByLabel('Tags').inputValue()).toBe('q3, 2026');
    expect(await flow.dialog.getByLabel('Note').inputValue()).toBe('6 of 10 runners');
    expect(await stage.inputValue()).toBe('zmot');
    // Another select (Sentiment) keeps its digits too.
    await flow.dialog.getByLabel('Sentiment').focus();
    await page.keyboard.press('4');
    expect(await stage.inputValue()).toBe('zmot');

    // With no editable field focused (the screenshot box), a digit picks the stage.
    await flow.dialog.getByRole('checkbox', { name: 'Attach a screenshot of the visible page' }).focus();
    await page.keyboard.press('4');
    await expect.poll(() => stage.inputValue()).toBe('amot');

    await flow.dialog.getByRole('button', { name: 'Save' }).click();
    await flow.dialog.waitFor({ state: 'detached' });
    const panelPage = await env.browser.context.newPage();
    await panelPage.goto(env.browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await expect.poll(() => panel.cellCount('Acme', 'AMOT'), { timeout: 15_000 }).toBe(1);
    expect(await panel.cellText('Acme', 'AMOT')).toContain('★4.0');
  });
});
