import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';
import { TableDriver } from './support/tableDriver.ts';

const browser = setUpMapApp();

describe('the attribute table', () => {
  it('sorts, refuses an invalid cell, saves a valid one, and undo takes it back', async () => {
    const app = await browser.open();
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Industrial zones');
    const table = new TableDriver(app.page);
    await table.open();
    const count = Number(await app.featureCount('industrial-zones'));
    expect(await table.rowCount()).toBe(count);

    await table.sortBy('Name');
    expect(await table.sortState('Name')).toBe('ascending');
    const names = await table.columnValues('Name', 4);
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect([...names].sort(collator.compare)).toEqual(names);
    await table.sortBy('Name');
    expect(await table.sortState('Name')).toBe('descending');
    expect(await table.columnValues('Name', 4)).toEqual(
      (await table.columnValues('Name', 4)).toSorted((a, b) => collator.compare(b, a)),
    );

    const errorBefore = await table.cellText(0, 'Position error');
    await table.editCell(0, 'Position error', 'about ten');
    await expect.poll(() => table.cellError().textContent()).toContain('is not a number');
    await app.page.keyboard.press('Escape');
    expect(await table.cellText(0, 'Position error')).toBe(errorBefore);

    const nameBefore = await table.cellText(0, 'Name');
    await table.editCell(0, 'Name', 'Zz renamed by the table');
    // Sorted descending by name, the renamed zone is still the first row.
    await expect.poll(() => table.cellText(0, 'Name')).toBe('Zz renamed by the table');
    await editor.tool('Undo').click();
    await expect.poll(() => table.cellText(0, 'Name')).toBe(nameBefore);
  });
});
