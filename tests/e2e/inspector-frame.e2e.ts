import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const zones = JSON.parse(
  readFileSync(new URL('../../data/geojson/industrial-zones.geojson', import.meta.url), 'utf8'),
) as GeoJSON.FeatureCollection;

const browser = setUpMapApp();

describe('the inspector', () => {
  it('says which 2019 district and which 2025 commune and province a feature lies in', async () => {
    const zone = zones.features.find((f) => f.id === 'iz-khai-quang');
    if (zone?.geometry.type !== 'Polygon') throw new Error('fixture: iz-khai-quang polygon');
    const ring = zone.geometry.coordinates[0]!;
    const lon = ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length;
    const lat = ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length;
    const app = await browser.open({ zoom: 13, lon, lat });
    await app.clickAt(lon, lat);
    const inspector = app.page.getByTestId('inspector');
    await expect
      .poll(() => inspector.getByTestId('districts_2019').textContent())
      .toBe('Thành phố Vĩnh Yên');
    const communes = await inspector.getByTestId('communes_2025').textContent();
    expect(communes).toContain(zone.properties?.communes_2025[0]);
    expect(await inspector.getByTestId('provinces_2025').textContent()).toBe('Tỉnh Phú Thọ');
    expect(await inspector.textContent()).toContain('Xã, phường (từ 1/7/2025)');
  });
});
