import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };

const WELLS = JSON.stringify({
  type: 'FeatureCollection',
  features: [1, 2].map((n) => ({
    type: 'Feature',
    properties: { name: `Giếng ${n}` },
    geometry: { type: 'Point', coordinates: [105.6 + n * 0.01, 21.25] },
  })),
});

describe('a dropped file moved to another layer after its landing was undone', () => {
  it('lands in the layer chosen, and the move is one undo step', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.dropFiles([{ name: 'wells.geojson', text: WELLS }]);
    expect(await app.confirmImport()).toContain('Imported 2 features into the new layer');
    const stations = await app.featureCount('monitoring-stations');

    // The planner undoes the import, then moves the file (the report still offers it).
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.tool('Undo').click();
    await expect.poll(() => app.page.locator('.layer-row', { hasText: 'wells' }).count()).toBe(0);
    const report = app.page.getByTestId('import-report');
    await report.getByTestId('import-target').selectOption('monitoring-stations');
    await report.getByTestId('import-move').click();
    await expect
      .poll(() => app.featureCount('monitoring-stations'), SLOW)
      .toBe(String(Number(stations) + 2));
    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount('monitoring-stations'), SLOW).toBe(stations);
  });
});
