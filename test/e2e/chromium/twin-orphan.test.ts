import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { ClipFlow, SidePanel } from '../support/page-objects';

const SENTENCE = 'Refunds are paid back to the original payment method within five working days.';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of each range painted for a stage, with the id of the element holding it. */
const painted = (page: Page, name: string) =>
  page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => ({ text: r.toString(), in: r.startContainer.parentElement?.id ?? '' })) : [];
  }, name);

describe('a clipped sentence that occurs three times (Chromium)', () => {
  it('when its copy is removed, the clip is an orphan listing the other copies; picking one highlights it there (with Undo)', async () => {
    // Three copies: one in a <p>, two in <div>s; the first <div>'s is clipped.
    const page = await browser.context.newPage();
    await page.goto(server.url('twins.test'));
    const flow = new ClipFlow(page);
    await flow.clip('#copy-b', { stage: 'amot', brand: 'Northwind' });
    await flow.status.filter({ hasText: /Saved · 1 clip/ }).waitFor();
    await expect.poll(() => painted(page, 'journey-lens-amot'), { timeout: 20_000 }).toEqual([{ text: SENTENCE, in: 'copy-b' }]);
    await page.close();

    // The site removed that copy: on revisit nothing is painted on the other two.
    const edited = await browser.context.newPage();
    await edited.goto(server.url('twins.test', '/?utm_content=removed'));
    const panelPage = await browser.context.newPage();
    await panelPage.goto(browser.extensionUrl('sidepanel.html'));
    const panel = new SidePanel(panelPage);
    await panel.openCell('Northwind', 'AMOT');
    const choice = panelPage.getByRole('group', { name: 'Several places on the page match' });
    await choice.waitFor({ timeout: 20_000 });
    expect(await painted(edited, 'journey-lens-amot')).toEqual([]);
    // Both remaining copies are listed, each with its own surroundings.
    const places = choice.locator('li');
    expect(await places.count()).toBe(2);
    const texts = await places.allInnerTexts();
    expect(texts.every((t) => t.includes(SENTENCE))).toBe(true);
    const third = texts.findIndex((t) => t.includes('Partners answer return requests'));
    expect(third).toBeGreaterThanOrEqual(0);

    // Picking the copy in the second <div> (by keyboard) re-anchors the clip there.
    const button = choice.getByRole('button', { name: `Place the clip at place ${third + 1}` });
    await button.focus();
    await panelPage.keyboard.press('Enter');
    await expect.poll(() => painted(edited, 'journey-lens-amot'), { timeout: 20_000 }).toEqual([{ text: SENTENCE, in: 'copy-c' }]);
    await choice.waitFor({ state: 'detached', timeout: 20_000 });

    // Undo puts the clip back as it was: an orphan with the places listed, nothing painted.
    await panelPage.getByRole('button', { name: 'Undo' }).click();
    await choice.waitFor({ timeout: 20_000 });
    await expect.poll(() => painted(edited, 'journey-lens-amot'), { timeout: 20_000 }).toEqual([]);
    // Picked again, with the mouse this time.
    await choice.getByRole('button', { name: `Place the clip at place ${third + 1}` }).click();
    await expect.poll(() => painted(edited, 'journey-lens-amot'), { timeout: 20_000 }).toEqual([{ text: SENTENCE, in: 'copy-c' }]);
    await panelPage.getByText('Placed where you chose.').waitFor();

    // The pick is stored: a later visit highlights the same copy at once.
    const again = await browser.context.newPage();
    await again.goto(server.url('twins.test', '/?utm_content=removed'));
    await expect.poll(() => painted(again, 'journey-lens-amot'), { timeout: 20_000 }).toEqual([{ text: SENTENCE, in: 'copy-c' }]);
  });
});
