import { describe, expect, it } from 'vitest';
import { pasteOnMap } from './support/dropFile.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const layerCount = (page: MapApp['page'], title: string) =>
  page.locator('.layer-row', { hasText: title }).locator('.layer-count').textContent();

describe('pasting onto the map', () => {
  it('imports pasted GeoJSON into a new layer, like a dropped file', async () => {
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
    const summary = await app.confirmImport();
    expect(summary).toContain('Imported 1 feature into the new layer “pasted”');
    expect(await layerCount(app.page, 'pasted')).toBe('1');
  });

  it('refuses broken GeoJSON with the same line and column a file gets', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const rows = await app.page.locator('.layer-row').count();
    await pasteOnMap(app.page, '{"type": "FeatureCollection",\n "features": [}');
    const summary = app.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain('not imported');
    expect(await app.importReportText()).toMatch(/line 2, column \d+/);
    expect(await app.page.locator('.layer-row').count()).toBe(rows);
  });

  it('reads WKT and coordinate pairs, and says what it cannot read', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await pasteOnMap(app.page, 'LINESTRING (105.6 21.2, 105.7 21.25)');
    await app.confirmImport();
    expect(await layerCount(app.page, 'pasted')).toBe('1');
    await pasteOnMap(app.page, 'Hà Nội');
    await expect
      .poll(() => app.importReportText())
      .toContain('not GeoJSON, WKT or a coordinate pair');
  });

  it('leaves a paste into a text field alone', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.page.locator('input[type="search"]').waitFor();
    await app.page.evaluate(() => {
      const input = document.querySelector('input[type="search"]');
      const data = new DataTransfer();
      data.setData('text/plain', '105.7, 21.25');
      input?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      // The same text on the map afterwards is imported: the map was listening all along.
    });
    expect(await app.page.getByTestId('import-report').count()).toBe(0);
    await pasteOnMap(app.page, '105.7, 21.25');
    await app.confirmImport();
  });
});
