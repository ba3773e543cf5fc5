import { describe, expect, it } from 'vitest';
import { importedZone } from './support/importedZone.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };

describe('"Embed the map" and the edits in this browser', () => {
  it('says the embed leaves them out, layer by layer, in Vietnamese and English, only when there are some', async () => {
    const app = await browser.open();
    const page = app.page;
    await app.switchLanguage('English');
    const note = page.getByTestId('embed-edits-left-out');

    await page.getByRole('button', { name: 'Embed the map' }).click();
    await page.getByRole('dialog').waitFor(SLOW);
    expect(await note.count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await app.importInto('industrial-zones', 'zone.geojson', importedZone);
    await page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Embed the map' }).click();
    await note.waitFor(SLOW);
    const english = (await note.textContent()) ?? '';
    expect(english).toContain('The embed shows the project’s data only');
    expect(english).toContain('“Industrial zones”: 1 feature drawn or imported');
    expect(english).toContain('pin the embed to that snapshot');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await app.switchLanguage('Tiếng Việt');
    await page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    await note.waitFor(SLOW);
    const vietnamese = (await note.textContent()) ?? '';
    expect(vietnamese).toContain('Bản nhúng chỉ hiện dữ liệu của dự án');
    expect(vietnamese).toContain('lớp “Khu công nghiệp”: 1 đối tượng mới vẽ hoặc nhập');
  });
});
