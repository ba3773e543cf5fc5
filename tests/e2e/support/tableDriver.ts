import type { Page } from 'playwright-core';

/** The attribute table as a planner uses it; only this file knows its selectors. */
export class TableDriver {
  constructor(readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: /^(Attribute table|Bảng thuộc tính)/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Attribute table', exact: true }).click();
    await this.region().waitFor();
  }

  async rowCount(): Promise<number> {
    const text = (await this.region().getByRole('status').textContent()) ?? '';
    return Number(text.split(' ')[0]);
  }

  async sortBy(column: string): Promise<void> {
    await this.region()
      .getByRole('columnheader')
      .getByRole('button', { name: column, exact: true })
      .click();
  }

  async sortState(column: string): Promise<string | null> {
    return this.region()
      .getByRole('columnheader')
      .filter({ has: this.page.getByRole('button', { name: column, exact: true }) })
      .getAttribute('aria-sort');
  }

  private async columnIndex(column: string): Promise<number> {
    const headers = await this.region().locator('thead th').allTextContents();
    return headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === column);
  }

  /** The body rows now rendered (spacer rows left out). */
  private rows() {
    return this.region().locator('tbody tr[aria-rowindex]');
  }

  async columnValues(column: string, count: number): Promise<string[]> {
    const index = await this.columnIndex(column);
    const values: string[] = [];
    for (let row = 0; row < count; row++) {
      values.push((await this.rows().nth(row).locator('th, td').nth(index).textContent()) ?? '');
    }
    return values;
  }

  cell(row: number, column: number) {
    return this.rows().nth(row).locator('th, td').nth(column);
  }

  /** Double-clicks a cell, types a value and presses Enter. */
  async editCell(row: number, column: string, text: string): Promise<void> {
    const cell = this.cell(row, await this.columnIndex(column));
    await cell.dblclick();
    const input = cell.locator('input');
    await input.fill(text);
    await input.press('Enter');
  }

  async cellText(row: number, column: string): Promise<string> {
    return (await this.cell(row, await this.columnIndex(column)).textContent()) ?? '';
  }

  cellError() {
    return this.region().getByRole('alert');
  }
}
