import type { Download, Locator, Page } from 'playwright-core';
import { selectText } from './chromium';

/** The in-page Clip button and form (docs/ARCHITECTURE.md, Contracts names), on a fixture page. */
export class ClipFlow {
  constructor(readonly page: Page) {}

  get clipButton(): Locator {
    return this.page.getByRole('button', { name: 'Clip', exact: true });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Clip evidence' });
  }
  get status(): Locator {
    return this.page.locator('journey-lens-ui').getByRole('status');
  }

  /** Selects text, presses Clip and waits for the form. */
  async open(selector: string, fragment?: string): Promise<void> {
    await selectText(this.page, selector, fragment);
    await this.clipButton.click();
    await this.dialog.waitFor();
  }

  async fill(values: { stage?: string; brand?: string; note?: string }): Promise<void> {
    if (values.stage) await this.dialog.getByLabel('Stage').selectOption(values.stage);
    if (values.brand !== undefined) await this.dialog.getByLabel('Brand').fill(values.brand);
    if (values.note !== undefined) await this.dialog.getByLabel('Note').fill(values.note);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The whole clip: select → Clip → fill → Save. */
  async clip(selector: string, values: { stage: string; brand?: string; note?: string }, fragment?: string): Promise<void> {
    await this.open(selector, fragment);
    await this.fill(values);
    await this.save();
  }
}

/** The side panel page opened as a tab. */
export class SidePanel {
  constructor(readonly page: Page) {}

  get matrix(): Locator {
    return this.page.getByRole('table', { name: 'Comparison matrix' });
  }

  /**
   * The text of the cell at row header `brand` and column header `stageLabel`,
   * found through the table's own headers (as a screen reader would).
   */
  async cellText(brand: string, stageLabel: string): Promise<string> {
    await this.matrix.waitFor();
    return this.matrix.evaluate(
      (table, { brand, stageLabel }) => {
        const heads = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim());
        const col = heads.indexOf(stageLabel);
        if (col < 0) throw new Error(`no column ${stageLabel} in ${heads.join(', ')}`);
        const row = [...table.querySelectorAll('tbody tr')].find(
          (tr) => tr.querySelector('th[scope="row"]')?.textContent?.trim() === brand,
        );
        if (!row) return '';
        return (row.querySelectorAll('td')[col]?.textContent ?? '').trim();
      },
      { brand, stageLabel },
    );
  }

  /** The count a cell starts with, or -1 while the brand has no row. */
  async cellCount(brand: string, stageLabel: string): Promise<number> {
    const text = await this.cellText(brand, stageLabel);
    if (!text) return -1;
    const m = /^\d+/.exec(text);
    if (!m) throw new Error(`cell text does not start with a count: ${JSON.stringify(text)}`);
    return Number(m[0]);
  }

  /** Activates the cell (click on its button). */
  async openCell(brand: string, stageLabel: string): Promise<void> {
    const col = await this.matrix.evaluate(
      (table, stageLabel) => [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim()).indexOf(stageLabel),
      stageLabel,
    );
    await this.matrix.locator('tbody tr').filter({ has: this.page.locator('th[scope="row"]', { hasText: brand }) }).locator('td').nth(col).getByRole('button').click();
  }

  /** Opens the "View and export" menu (cell value, orientation, findings, images, summary and report) and returns it. */
  async viewMenu(): Promise<Locator> {
    const menu = this.page.getByRole('group', { name: 'View and export' });
    if (!(await menu.isVisible())) await this.page.getByRole('button', { name: 'View and export' }).click();
    await menu.waitFor();
    return menu;
  }

  async exportCsv(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, text: await readFile(path!, 'utf8') };
  }
}
