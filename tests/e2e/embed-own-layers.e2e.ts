import { describe, expect, it } from 'vitest';
import { pasteOnMap } from './support/dropFile.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe("the embed dialog and the planner's own layers", () => {
  it('says the embed cannot show an own layer, and leaves it out of the code', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await pasteOnMap(
      app.page,
      JSON.stringify({
        type: 'Feature',
        properties: { name: 'Điểm dán' },
        geometry: { type: 'Point', coordinates: [105.7, 21.25] },
      }),
    );
    // Nothing lands before the planner confirms the layer (a new one, by default).
    await app.page.getByTestId('import-confirm-button').click({ timeout: 30_000 });
    await app.page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
    await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    const ownId = await app.page
      .locator('.layer-row[data-layer-id^="user-"]')
      .first()
      .getAttribute('data-layer-id');
    expect(ownId).toMatch(/^user-/);

    await app.page.getByRole('button', { name: 'Embed the map' }).click();
    const dialog = app.page.getByRole('dialog');
    const note = dialog.getByTestId('embed-own-layers');
    expect(await note.textContent()).toContain('The embed cannot show your own layers: “pasted”.');
    const code = await dialog.getByLabel('Embed code').inputValue();
    const layers = /layers=([^&"]+)/.exec(code)?.[1]?.split(',') ?? [];
    expect(layers).toContain('industrial-zones');
    expect(layers).not.toContain(ownId);
  });

  it('says nothing of own layers when the map shows none', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.page.getByRole('button', { name: 'Embed the map' }).click();
    await app.page.getByRole('dialog').getByLabel('Embed code').waitFor();
    expect(await app.page.getByTestId('embed-own-layers').count()).toBe(0);
  });
});
