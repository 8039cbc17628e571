import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { CHROME_BUILD } from '../support/paths';

/**
 * Chromium started with --lang=lv serves the extension's Latvian messages
 * (on Linux `i18n.getUILanguage()` still says en-US; the UI reads its locale
 * from the `uiLocale` message), so the side panel, the framework texts from
 * the database and the dates are Latvian.
 */
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension(CHROME_BUILD, undefined, ['--lang=lv']);
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('sidepanel.html'));
});
afterAll(async () => {
  await browser?.close();
});

const matrix = () => page.getByRole('table', { name: 'Salīdzinājuma matrica' });

async function saveClip(draft: Record<string, unknown>) {
  const writer = await browser.context.newPage();
  await writer.goto(browser.extensionUrl('popup.html'));
  const r = await writer.evaluate(async (draft) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome;
    return api.runtime.sendMessage({ type: 'clip/save', draft });
  }, draft);
  await writer.close();
  expect(r.ok).toBe(true);
}

describe('Latvian UI (Chromium --lang=lv)', () => {
  it('shows the side panel in Latvian before any clip', async () => {
    await matrix().waitFor();
    await page.getByText('Pierādījumu vēl nav.').waitFor();
    expect(await page.getByRole('button', { name: 'Eksportēt CSV' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    // Stage columns keep the framework's abbreviations; their titles are the Latvian stage names.
    const heads = await matrix().locator('thead th[scope="col"]').evaluateAll((ths) => ths.map((th) => [th.textContent?.trim(), th.getAttribute('title')]));
    expect(heads).toEqual([
      ['<ZMOT', 'Pirms nulles patiesības mirklis'],
      ['ZMOT', 'Nulles patiesības mirklis'],
      ['FMOT', 'Pirmais patiesības mirklis'],
      ['AMOT', 'Faktiskais patiesības mirklis'],
      ['SMOT', 'Otrais patiesības mirklis'],
      ['TMOT', 'Trešais (galīgais) patiesības mirklis'],
      ['Kopā', null],
    ]);
  });

  it('a clip appears with a Latvian date, its cell lists the Latvian checklist, and the CSV names the framework in Latvian', async () => {
    await saveClip({
      id: 'lv-1',
      stageId: 'amot',
      brandName: 'Veikals',
      kind: 'selection',
      url: 'https://www.veikals.test/piegade',
      sourceType: 'competitor_site',
      quote: 'Piegāde 2–3 darba dienu laikā',
      capturedAt: '2026-03-04T10:00:00.000Z',
    });
    const row = matrix().locator('tbody tr').filter({ has: page.locator('th[scope="row"]', { hasText: 'Veikals' }) });
    await row.waitFor();
    const amot = row.locator('td').nth(3);
    await expect.poll(() => amot.textContent()).toMatch(/^1\s*izgriezums.*4\. marts/);

    await amot.getByRole('button').click();
    const rubric = page.getByRole('group', { name: 'Kam pievērst uzmanību' });
    await rubric.waitFor();
    expect(await rubric.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim()))).toEqual([
      'Skaidrs piegādes solījums',
      'Pasūtījuma izsekošana',
      'Īsa un godīga pirkuma noformēšana',
    ]);
    await rubric.getByText('0 no 3 izpildīti').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportēt CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, line] = csv.replace(/^\uFEFF/, '').split('\r\n');
    // The header is the fixed contract; the values are in the UI language.
    expect(header).toBe('id,study,framework,stage_id,stage,brand,source_type,site,url,title,quote,note,tags,sentiment,score,behavior,servqual,captured_at,author,published_at,item_rating,permalink,price,currency');
    expect(line).toContain('"lv-1","Mans pirmais pētījums","Patiesības mirkļi","amot","AMOT","Veikals","competitor_site",');
  });
});
