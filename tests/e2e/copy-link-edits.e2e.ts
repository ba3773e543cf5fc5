import { describe, expect, it } from 'vitest';
import { importedZone } from './support/importedZone.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };

describe('"Copy link" and the edits in this browser', () => {
  it('says what the receiver will not see, and how to share it, only when there are edits', async () => {
    const app = await browser.open();
    const page = app.page;
    await app.switchLanguage('English');
    const copyLink = page.getByRole('button', { name: 'Copy link' });
    const note = page.getByTestId('link-leaves-out');
    // The copy is done once the button says so, or (no clipboard permission) the link is shown.
    const copied = page
      .getByRole('button', { name: 'Link copied' })
      .or(page.getByRole('textbox', { name: 'Copy link' }));

    await copyLink.click();
    await copied.first().waitFor(SLOW);
    expect(await note.count()).toBe(0);

    await app.importInto('industrial-zones', 'zone.geojson', importedZone);
    await page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await note.waitFor(SLOW);
    const english = (await note.textContent()) ?? '';
    expect(english).toContain('Whoever opens this link sees the project’s data only');
    expect(english).toContain('“Industrial zones”: 1 feature drawn or imported');
    expect(english).toContain('export the layer as a file');
    expect(english).toContain('pinned embed');

    await app.switchLanguage('Tiếng Việt');
    await expect.poll(() => note.textContent(), SLOW).toContain('lớp “Khu công nghiệp”');
    expect(await note.textContent()).toContain('bản nhúng cố định');

    await note.getByRole('button', { name: 'Đóng' }).click();
    expect(await note.count()).toBe(0);
  });
});
