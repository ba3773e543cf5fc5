import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE, TEST_ZONE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';
import { TableDriver } from './support/tableDriver.ts';

const browser = setUpMapApp();
// The map, the worker and the geodesy chunk answer in their own time on a loaded machine.
const SLOW = { timeout: 15_000 };

/** Draws the test zone with its form filled and saved (English UI), then turns the UI Vietnamese. */
async function drawTestZoneInVietnamese() {
  const app = await browser.open(EDIT_CAMERA);
  const editor = new EditorDriver(app);
  await editor.open();
  await editor.chooseLayer('Industrial zones');
  await editor.drawPolygon(EDIT_SQUARE);
  await editor.fillForm(TEST_ZONE);
  await app.switchLanguage('Tiếng Việt');
  const form = app.page.getByRole('form', { name: 'Thuộc tính' });
  await form.waitFor(SLOW);
  return { app, editor, form };
}

describe('a date in the Vietnamese property form', () => {
  it('takes 5/3/2024 as 5 March 2024, stores it as ISO and shows it back day first', async () => {
    const { app, editor, form } = await drawTestZoneInVietnamese();
    const validFrom = form.getByLabel('Hiệu lực từ', { exact: true });
    expect(await validFrom.getAttribute('placeholder')).toBe('ngày/tháng/năm');
    await validFrom.fill('5/3/2024');
    await form.getByRole('button', { name: 'Lưu' }).click();
    // The saved form is built again from the stored value, written the Vietnamese way.
    await expect
      .poll(() => form.getByLabel('Hiệu lực từ', { exact: true }).inputValue(), SLOW)
      .toBe('05/03/2024');
    expect(await form.getByRole('alert').count()).toBe(0);

    await app.switchLanguage('English');
    expect((await editor.changesetZone()).properties?.valid_from).toBe('2024-03-05');
  });
});

describe('a date in the Vietnamese attribute table', () => {
  it('shows Ring Road 5’s stored 2014-06-08 day first', async () => {
    const app = await browser.open();
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Ring Road 5 (Capital Region)');
    const table = new TableDriver(app.page);
    await table.open();
    await app.switchLanguage('Tiếng Việt');
    await expect.poll(() => table.columnValues('Hiệu lực từ', 3), SLOW).toContain('08/06/2014');
  });
});

describe('the Vietnamese property form’s help', () => {
  it('explains each field in Vietnamese, not with the schema’s English description', async () => {
    const { form } = await drawTestZoneInVietnamese();
    const label = form.locator('label', { hasText: /^Nguồn$/ });
    expect(await label.getAttribute('title')).toMatch(/^Hình học và số liệu lấy từ đâu/);
  });
});

describe('the editor’s status line', () => {
  it('says a form save happened, in Vietnamese, and its Undo takes the save back', async () => {
    const { app, form } = await drawTestZoneInVietnamese();
    const notice = app.page.getByTestId('edit-notice');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    await form.getByLabel('Tên', { exact: true }).fill('KCN đổi tên');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => notice.textContent(), SLOW)
      .toContain('Đã lưu thuộc tính của “KCN đổi tên”.');

    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect
      .poll(() => form.getByLabel('Tên', { exact: true }).inputValue(), SLOW)
      .toBe(TEST_ZONE.Name);
    expect(await notice.textContent()).toBe('');
  });

  it('says a delete happened, and its Undo brings the feature back', async () => {
    const { app, editor } = await drawTestZoneInVietnamese();
    const notice = app.page.getByTestId('edit-notice');
    await editor.tool('Xóa đối tượng').click();
    await expect.poll(() => notice.textContent(), SLOW).toContain(`Đã xóa “${TEST_ZONE.Name}”.`);
    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => notice.textContent(), SLOW).toBe('');
    await app.switchLanguage('English');
    expect((await editor.changesetZone()).properties?.name).toBe(TEST_ZONE.Name);
  });
});
