// Firefox ESR, issue 15 points 1, 4 and 6: the sample study is only viewed (clips go to the
// researcher's study) and its removal brings the active study back; typed work in the clip form
// survives a click outside and the page going away; a brand Save would create is said, with the
// study's resembling brand one click away.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipSelection, launchFirefoxWithExtension, selectTextIn, shadowText, type FirefoxWithExtension } from '../support/firefox';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

let ff: FirefoxWithExtension;
let server: FixtureServer;
let panel: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension();
  panel = await ff.openExtensionPage('sidepanel.html');
  await panel.waitForSelector('table[aria-label="Comparison matrix"]', { timeout: 30_000 });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);
const studyOptions = () => panel.$$eval('#study option', (os) => os.map((o) => o.textContent));
const chosenStudy = () => panel.$eval('#study', (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

async function buttonByText(page: Page, text: string): Promise<ElementHandle<Element>> {
  const handle = await pollUntil(
    () => page.evaluateHandle((t) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t) ?? null, text),
    (h) => h.asElement() !== null,
    `button ${text}`,
  );
  return handle.asElement() as ElementHandle<Element>;
}

async function openForm(page: Page, selector: string): Promise<void> {
  await selectTextIn(page, selector);
  const button = await page.waitForSelector('journey-lens-ui >>> button.jl-clip', { visible: true });
  await button!.click();
  await page.waitForSelector('journey-lens-ui >>> [role="dialog"]', { visible: true });
}

const formOpen = (page: Page) => page.evaluate(() => !!document.querySelector('journey-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]'));

describe('Firefox ESR: trust on day one', () => {
  it('point 1: the sample opens for viewing; a clip goes to the researcher\'s study; removal restores the active study', async () => {
    await (await buttonByText(panel, 'Load sample study')).click();
    await pollUntil(() => bodyText(panel), (t) => t.includes('New clips still go to My first study.'), 'sample notice');
    expect(await chosenStudy()).toBe('Sample — trail running shoes');

    const page = await ff.browser.newPage();
    await page.goto(server.url('acme.test'));
    await openForm(page, '#promise');
    expect(await shadowText(page)).toContain('My first study');
    await page.keyboard.press('Escape');
    await clipSelection(page, '#promise', { stage: 'amot', brand: 'Acme Shoes' });
    await page.close();

    await (await buttonByText(panel, 'Remove sample study')).click();
    await pollUntil(() => bodyText(panel), (t) => t.includes('Sample study removed with its 30 clips.'), 'removal toast');
    await pollUntil(studyOptions, (o) => o.length === 1 && o[0] === 'My first study', 'only the researcher\'s study left');
    await pollUntil(
      () => panel.evaluate(() => [...document.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent?.trim())),
      (rows) => rows.includes('Acme Shoes'),
      'the clip in My first study',
    );
  });

  it('point 6: New brand next to Brand, with the resembling study brand one click away', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('acme.test'));
    await openForm(page, '#fit');
    const brand = (await page.waitForSelector('journey-lens-ui >>> #jl-brand'))!;
    await brand.evaluate((el) => ((el as HTMLInputElement).value = ''));
    await brand.type('Acmeshoes');
    await pollUntil(() => shadowText(page), (t) => t.includes('New brand'), 'New brand hint');
    const use = (await page.waitForSelector('journey-lens-ui >>> button[aria-label="Use Acme Shoes instead"]'))!;
    await use.click();
    await pollUntil(() => brand.evaluate((el) => (el as HTMLInputElement).value), (v) => v === 'Acme Shoes', 'brand replaced');
    await pollUntil(() => shadowText(page), (t) => !t.includes('New brand'), 'hint gone');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('point 4: a click outside keeps typed work; Enter in Note is a new line; a page that goes away leaves its draft in the side panel', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('acme.test'));
    await openForm(page, '#cjk');
    const note = (await page.waitForSelector('journey-lens-ui >>> #jl-note'))!;
    await note.click();
    await page.keyboard.type('Slow delivery');
    await page.keyboard.press('Enter');
    await page.keyboard.type('in the north');
    expect(await note.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Slow delivery\nin the north');
    await page.mouse.click(20, 400);
    await pollUntil(() => shadowText(page), (t) => t.includes('You have typed work here'), 'kept-open message');
    expect(await formOpen(page)).toBe(true);

    await page.goto(server.url('globex.test'));
    await pollUntil(() => bodyText(panel), (t) => t.includes('Unsaved clips (1)') && t.includes('in the north'), 'draft offered in the side panel');
    const total = () => panel.evaluate(() => Number(document.querySelector('table[aria-label="Comparison matrix"] tfoot td:last-child')?.textContent?.trim()));
    const before = await total();
    await panel.bringToFront();
    await panel.select('select[id^="kd-stage-"]', 'amot');
    await panel.$eval('input[id^="kd-brand-"]', (el) => ((el as HTMLInputElement).value = ''));
    await panel.type('input[id^="kd-brand-"]', 'Acme Shoes');
    await pollUntil(
      () => panel.$eval('input[id^="kd-brand-"]', (el) => (el as HTMLInputElement).value),
      (v) => v === 'Acme Shoes',
      'brand typed',
    );
    await pollUntil(() => panel.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save clip')?.disabled), (d) => d === false, 'Save clip enabled');
    await (await buttonByText(panel, 'Save clip')).click();
    await pollUntil(() => bodyText(panel), (t) => t.includes('Clip saved to My first study.') && !t.includes('Unsaved clips'), 'draft saved');
    await pollUntil(total, (n) => n === before + 1, 'the saved draft counted in the matrix');
  });
});
