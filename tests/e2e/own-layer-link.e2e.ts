import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE } from './support/editPlace.ts';
import { createOwnLayer } from './support/ownLayer.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 15_000 };

describe("a planner's own layer in the link", () => {
  it('is written into layers= when shown, out when hidden, and read back from a link', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const page = app.page;
    const layerId = await createOwnLayer(editor, {
      nameVi: 'Vùng đệm xanh',
      nameEn: 'Green buffer',
      geometry: 'Polygon',
    });
    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm({
      Name: 'Dải cây xanh',
      'English name': 'Tree belt',
      Source: 'browser test',
      Accuracy: 'schematic',
      'Position error': '20',
    });
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('1');
    await editor.waitUntilSaved();

    const shownLayers = () => new URL(page.url()).searchParams.get('layers')?.split(',') ?? [];
    await expect.poll(shownLayers, SLOW).toContain(layerId);
    await page.getByRole('tab', { name: 'Layers' }).click();
    const checkbox = page.getByRole('checkbox', { name: 'Green buffer', exact: true });
    await checkbox.setChecked(false);
    await expect.poll(shownLayers, SLOW).not.toContain(layerId);
    const hiddenLink = page.url();
    await checkbox.setChecked(true);
    await expect.poll(shownLayers, SLOW).toContain(layerId);

    // The link that hid it hides it again once the workspace brings the layer back.
    await page.goto(hiddenLink);
    await app.waitForIdle();
    await expect.poll(() => app.featureCount(layerId), SLOW).toBe('1');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await expect.poll(() => checkbox.isChecked(), SLOW).toBe(false);
    expect(shownLayers()).not.toContain(layerId);
    expect(await page.getByTestId('link-note').count()).toBe(0);

    // A link naming it shown, and an own layer that is not here, which the note names.
    const url = new URL(hiddenLink);
    url.searchParams.set('layers', `${url.searchParams.get('layers')},${layerId},user-gone`);
    await page.goto(url.href);
    await app.waitForIdle();
    await page.getByRole('tab', { name: 'Layers' }).click();
    await expect.poll(() => checkbox.isChecked(), SLOW).toBe(true);
    await expect
      .poll(() => page.getByTestId('link-note').textContent(), SLOW)
      .toContain('user-gone');
    expect(await page.getByTestId('link-note').textContent()).not.toContain(layerId);
  });
});
