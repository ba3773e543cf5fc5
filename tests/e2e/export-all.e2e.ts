import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** Clicks "Export" under "Export all shown layers" and returns the file saved. */
async function exportAll(app: MapApp): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([
    app.page.waitForEvent('download', { timeout: 60_000 }),
    app.page.getByTestId('export-all-button').click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

describe('exporting all shown layers', () => {
  it('writes one file in the format and system picked; KML stays WGS84 and keeps the pick', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    const panel = app.page.getByTestId('export-all');
    const format = panel.getByLabel('Export format: Export all shown layers');
    const crs = panel.getByLabel('Export coordinate system: Export all shown layers');

    await format.selectOption('csv');
    await crs.selectOption('EPSG:5897');
    const table = await exportAll(app);
    expect(table.fileName).toBe('layers-epsg5897.csv');
    expect(table.text.split('\n')[0]).toContain('easting_epsg5897');

    // KML has no other system: the select shows WGS84 and is off, and so is the file.
    await format.selectOption('kml');
    expect(await crs.inputValue()).toBe('EPSG:4326');
    expect(await crs.isDisabled()).toBe(true);
    const kml = await exportAll(app);
    expect(kml.fileName).toBe('layers.kml');
    expect(kml.text).toContain('<Folder');

    // Back to GeoJSON, the system picked before is the one written.
    await format.selectOption('geojson');
    expect(await crs.inputValue()).toBe('EPSG:5897');
    expect(await crs.isDisabled()).toBe(false);
    expect((await exportAll(app)).fileName).toBe('layers-epsg5897.geojson');
  });
});
