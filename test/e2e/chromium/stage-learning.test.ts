// The stage suggestion learns from the researcher (issue 18): clip a passage,
// file it under another stage than the suggestion, and the next similar
// passage comes suggested with the stage the researcher chose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { ClipFlow } from '../support/page-objects';

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

describe('stage suggestion learns from a correction (Chromium)', () => {
  it('after a corrected clip, the next similar passage is suggested with the corrected stage', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('forum.test'));
    const flow = new ClipFlow(page);
    await flow.open('#first');
    const stage = flow.dialog.getByLabel('Stage');
    // Confident or quiet: either the stage is pre-filled, or the two likeliest are one click away.
    const chips = flow.dialog.getByRole('group', { name: 'Likeliest two' }).getByRole('button');
    await expect.poll(async () => (await stage.inputValue()) || (await chips.count()), { timeout: 20_000 }).toBeTruthy();
    const suggested = (await stage.inputValue()) || ((await chips.first().innerText()).split(/\s/)[0] ?? '');
    // The researcher's convention: another stage than the one suggested first.
    const corrected = suggested === 'TMOT' || suggested === 'tmot' ? 'zmot' : 'tmot';
    await flow.fill({ stage: corrected, brand: 'Brewly' });
    await flow.save();
    await expect.poll(() => flow.status.innerText(), { timeout: 20_000 }).toMatch(/Saved/);

    await flow.open('#second');
    await expect.poll(() => stage.inputValue(), { timeout: 20_000 }).toBe(corrected);
    // The reason says the study's earlier clips pointed there.
    await expect.poll(() => flow.dialog.innerText(), { timeout: 20_000 }).toMatch(/Suggested: .*like your earlier clips in this study/);
    await page.close();
  });
});
