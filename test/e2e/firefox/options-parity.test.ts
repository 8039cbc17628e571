// Firefox ESR: what the options page sets up works in Firefox as in Chrome — a study made
// from pasted competitors (brands recognised by domain, only the chosen lenses in the form),
// and the Clip button turned off for one site (live in an open tab, other sites unaffected).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, selectTextIn, type FirefoxWithExtension } from '../support/firefox';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { budget } from '../support/budget';

let ff: FirefoxWithExtension;
let server: FixtureServer;
let options: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension();
  options = await ff.openExtensionPage('options.html');
  await options.waitForSelector('form.new-study', { timeout: budget(30_000) });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openSite(host: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(server.url(host), { waitUntil: 'load' });
  return page;
}

/** Selects a paragraph and reports whether the in-page Clip button appears (it is given 4 s). */
async function clipButtonShows(page: Page, selector = '#promise'): Promise<boolean> {
  await page.bringToFront();
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await selectTextIn(page, selector);
  const button = await page.waitForSelector('journey-lens-ui >>> button.jl-clip', { visible: true, timeout: 4000 }).catch(() => null);
  return !!button;
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const el = await page.waitForSelector(selector);
  await el!.evaluate((e) => ((e as HTMLInputElement).value = ''));
  await el!.type(text);
}

describe('options page (Firefox ESR)', () => {
  it('a study from pasted competitors: brand from the domain, stages of the framework, only the chosen lenses', async () => {
    await typeInto(options, 'form.new-study input[type="text"]', 'Outdoor brands');
    await typeInto(options, 'form.new-study .competitors textarea', 'Northwind Outdoor | northwind.test | 北风');
    await options.waitForFunction(() => document.querySelector('.brand-preview')?.textContent?.includes('Northwind Outdoor'));
    // Untick Score and Behaviour (the 2nd and 3rd lens boxes).
    const boxes = await options.$$('form.new-study .lenses input[type="checkbox"]');
    expect(boxes).toHaveLength(4);
    await boxes[1]!.click();
    await boxes[2]!.click();
    await (await options.$('form.new-study button[type="submit"]'))!.click();
    await options.waitForFunction(() => [...document.querySelectorAll('.study-list .study.active')].some((li) => li.textContent?.includes('Outdoor brands')), { timeout: budget(15_000) });

    const page = await openSite('northwind.test');
    await selectTextIn(page, '#promise');
    await (await page.waitForSelector('journey-lens-ui >>> button.jl-clip', { visible: true }))!.click();
    await page.waitForSelector('journey-lens-ui >>> [role="dialog"]', { visible: true });
    await page.waitForFunction(() => (document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('#jl-brand') as HTMLInputElement | null)?.value === 'Northwind Outdoor', { timeout: budget(15_000) });
    const form = await page.evaluate(() => {
      const root = document.querySelector('journey-lens-ui')!.shadowRoot!;
      const labels = [...root.querySelectorAll('[role="dialog"] label')].map((l) => l.textContent?.trim() ?? '');
      const stages = [...root.querySelectorAll('#jl-stage option')].map((o) => (o as HTMLOptionElement).value).filter(Boolean);
      return { labels, stages };
    });
    expect(form.stages).toEqual(['lzmot', 'zmot', 'fmot', 'amot', 'smot', 'tmot']);
    expect(form.labels.some((l) => l.startsWith('Sentiment'))).toBe(true);
    expect(form.labels.some((l) => l.startsWith('Score'))).toBe(false);
    expect(form.labels.some((l) => l.startsWith('Behaviour'))).toBe(false);
    await page.close();
  });

  it('turning the Clip button off for acme.test hides it there, live, and not on globex.test', async () => {
    const acme = await openSite('acme.test');
    const globex = await openSite('globex.test');
    expect(await clipButtonShows(acme)).toBe(true);
    expect(await clipButtonShows(globex, '#price')).toBe(true);

    await options.bringToFront();
    await typeInto(options, 'input[placeholder="example.com"]', 'https://www.acme.test/pricing');
    await (await options.$('input[placeholder="example.com"]'))!.evaluate((input) => (input as HTMLInputElement).form!.requestSubmit());
    await options.waitForFunction(() => [...document.querySelectorAll('.settings-list .site')].some((s) => s.textContent === 'acme.test'), { timeout: budget(10_000) });

    const deadline = Date.now() + budget(15_000);
    let shows = true;
    while (shows && Date.now() < deadline) shows = await clipButtonShows(acme);
    expect(shows).toBe(false);
    expect(await clipButtonShows(globex, '#price')).toBe(true);
  });
});
