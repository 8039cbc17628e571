// `npm run docs:screenshot`: rebuilds docs/sidepanel.png from the sample study
// in the real extension (Chromium, side panel width).
import { join } from 'node:path';
import { it } from 'vitest';
import { launchWithExtension } from '../test/e2e/support/chromium';
import { ROOT } from '../test/e2e/support/paths';

it('renders the side panel with the sample study', async () => {
  const browser = await launchWithExtension();
  try {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Load sample study' }).click();
    await options.getByRole('button', { name: 'Remove sample study' }).waitFor();
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 440, height: 820 });
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    const table = panel.getByRole('table', { name: 'Comparison matrix' });
    await table.getByRole('rowheader', { name: 'Northpeak' }).waitFor();
    await table.locator('tbody tr').first().locator('td').nth(3).getByRole('button').click();
    await panel.getByText('tracking link never worked', { exact: false }).first().waitFor();
    await panel.screenshot({ path: join(ROOT, 'docs/sidepanel.png') });
  } finally {
    await browser.close();
  }
}, 60_000);
