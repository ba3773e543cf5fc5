import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminFrame } from '../../src/core/admin-frame/admin-frame.ts';
import { adminUnitsOf } from '../../src/core/admin-frame/units.ts';

const read = (path: string) =>
  JSON.parse(
    readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
  ) as GeoJSON.FeatureCollection;

const units = adminUnitsOf(
  read('data/sources/districts-2019.geojson'),
  read('data/admin2025/communes.geojson'),
);

describe('the administrative frame of a drawn or imported feature', () => {
  it('puts a point in Quang Minh (Mê Linh, 2019), a commune of Hà Nội since 2025', () => {
    // A point inside xã Quang Minh (08974), taken with GEOS's representative_point.
    expect(adminFrame({ type: 'Point', coordinates: [105.75308, 21.19871] }, units)).toEqual({
      districts_2019: ['Huyện Mê Linh'],
      communes_2025: ['Xã Quang Minh'],
      commune_codes_2025: ['08974'],
      provinces_2025: ['Thành phố Hà Nội'],
    });
  });

  it('lists every commune and both provinces a line crosses, sorted by name', () => {
    // From xã Mê Linh (Hà Nội) to phường Vĩnh Yên (Phú Thọ since 2025), across the old border.
    const frame = adminFrame(
      {
        type: 'LineString',
        coordinates: [
          [105.73462, 21.14652],
          [105.57077, 21.29668],
        ],
      },
      units,
    );
    expect(frame.communes_2025).toContain('Xã Mê Linh');
    expect(frame.communes_2025).toContain('Phường Vĩnh Yên');
    expect(frame.communes_2025).toEqual(
      [...frame.communes_2025].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    expect(frame.provinces_2025).toEqual(['Thành phố Hà Nội', 'Tỉnh Phú Thọ']);
    expect(frame.districts_2019).toContain('Huyện Mê Linh');
    expect(frame.districts_2019).toContain('Thành phố Vĩnh Yên');
  });

  it('gives an empty frame outside the bundled units', () => {
    expect(adminFrame({ type: 'Point', coordinates: [106.7, 10.78] }, units)).toEqual({
      districts_2019: [],
      communes_2025: [],
      commune_codes_2025: [],
      provinces_2025: [],
    });
  });

  it('answers for a polygon as large as the region (the grid is coarsened)', () => {
    const region: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [105.3, 21.05],
          [106, 21.05],
          [106, 21.6],
          [105.3, 21.6],
          [105.3, 21.05],
        ],
      ],
    };
    const frame = adminFrame(region, units);
    expect(frame.districts_2019).toHaveLength(16);
    expect(frame.communes_2025.length).toBeGreaterThan(100);
  });

  it('is the frame the data build stored on every bundled feature', () => {
    const dir = new URL('../../data/geojson/', import.meta.url);
    let checked = 0;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.geojson'))) {
      for (const feature of read(`data/geojson/${file}`).features) {
        const p = feature.properties ?? {};
        const stored = {
          districts_2019: p.districts_2019,
          communes_2025: p.communes_2025,
          commune_codes_2025: p.commune_codes_2025,
          provinces_2025: p.provinces_2025,
        };
        expect(adminFrame(feature.geometry, units), `${file} ${feature.id}`).toEqual(stored);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('refuses a units file with a feature that is not a polygon, naming it', () => {
    const bad: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '99999' },
          geometry: { type: 'Point', coordinates: [105.7, 21.2] },
        },
      ],
    };
    expect(() => adminUnitsOf(read('data/sources/districts-2019.geojson'), bad)).toThrow(
      '2025 commune 99999: not a polygon',
    );
  });
});
