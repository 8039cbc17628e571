import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useBrowserWithServer } from '../support/chromium';
import { ClipFlow } from '../support/page-objects';

const env = useBrowserWithServer();

const highlighted = (page: Page) =>
  page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())].flatMap((h) => [...h].map((r) => r.toString())));

async function selectIn(frame: Frame, selector: string) {
  await frame.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, selector);
}

describe('single-page apps and frames (Chromium)', () => {
  it('clips on pages reached by pushState, keyed by the new URL, and highlights follow navigation', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('acme.test', '/spa/'));
    const flow = new ClipFlow(page);
    await flow.clip('#home', { stage: 'amot' });
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);

    await page.click('#to-plans');
    await page.waitForSelector('#plans');
    await flow.clip('#plans', { stage: 'fmot' });
    // A new URL: its own count, not the home page's.
    await expect.poll(() => flow.status.innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);
    await expect.poll(() => highlighted(page)).toContain('Plans start at 9 euros per month, billed monthly.');

    await page.goBack();
    await page.waitForSelector('#home');
    await expect.poll(() => highlighted(page), { timeout: 20_000 }).toContain('Welcome to the Acme app, where every order ships the same day.');
  });

  it('clips a selection inside a same-origin frame', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('acme.test', '/framed/'));
    const frame = page.frame({ url: /\/inner\/$/ })!;
    await frame.waitForSelector('#post');
    await selectIn(frame, '#post');
    await frame.getByRole('button', { name: 'Clip', exact: true }).click();
    const dialog = frame.getByRole('dialog', { name: 'Clip evidence' });
    await dialog.waitFor();
    await dialog.getByLabel('Stage').selectOption('smot');
    await dialog.getByLabel('Brand').fill('Acme');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => frame.locator('journey-lens-ui').getByRole('status').innerText()).toMatch(/Saved · 1 clip on this page \(Acme\)/);
  });
});
