import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIN_LABELLED_ZONE_PX,
  mapMercatorBox,
  zonesTooSmallToLabel,
} from '../../src/core/figure/zone-label-room.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { squareZone } from './support/squareZone.ts';

describe('zones too small on a figure to carry a label', () => {
  it('are the polygons whose longer side is under the limit at the figure zoom', () => {
    // 0.001° is ~104 m east-west at 21°N: 1.9 px at zoom 10.4, 7.7 px at zoom 12.4.
    const zones = [
      squareZone('parcel', 105.6, 21.2, 0.001),
      squareZone('district', 105.5, 21.1, 0.05),
    ];
    expect(zonesTooSmallToLabel(zones, 10.4)).toEqual([{ index: 0, inFrame: true }]);
    expect(zonesTooSmallToLabel(zones, 12.4)).toEqual([]);
  });

  it("say whether they lie in the figure's area", () => {
    const zones = [
      squareZone('inside', 105.6, 21.2, 0.001),
      squareZone('east of it', 105.9, 21.2, 0.001),
      squareZone('astride its west edge', 105.4935, 21.2, 0.001),
    ];
    // 600 × 400 px at zoom 10.4 around 105.65°E is 105.494°E to 105.806°E (1.9 px per 0.001°).
    const frame = mapMercatorBox({ lng: 105.65, lat: 21.2 }, 10.4, {
      widthPx: 600,
      heightPx: 400,
    });
    expect(zonesTooSmallToLabel(zones, 10.4, frame).map((zone) => zone.inFrame)).toEqual([
      true,
      false,
      true,
    ]);
    // Turned 45°, the figure reaches further east and west (its corners).
    const turned = mapMercatorBox(
      { lng: 105.65, lat: 21.2 },
      10.4,
      { widthPx: 600, heightPx: 400 },
      45,
    );
    expect(turned.east - turned.west).toBeGreaterThan(frame.east - frame.west);
    expect(zonesTooSmallToLabel(zones, 10.4, turned)[1]!.inFrame).toBe(false);
  });

  it('measure a multipolygon by all its parts and a thin zone by its longer side', () => {
    const far = squareZone('b', 105.7, 21.3, 0.001).geometry.coordinates;
    const parts: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [squareZone('a', 105.6, 21.2, 0.001).geometry.coordinates, far],
      },
    };
    const strip: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.6, 21.2],
            [105.7, 21.2],
            [105.7, 21.2001],
            [105.6, 21.2],
          ],
        ],
      },
    };
    expect(zonesTooSmallToLabel([parts, strip], 10.4)).toEqual([]);
  });

  it('leave lines, points and features without geometry their labels', () => {
    const tiny: GeoJSON.Feature[] = [
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105.6, 21.2] } },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [105.6, 21.2],
            [105.6001, 21.2],
          ],
        },
      },
      { type: 'Feature', properties: {}, geometry: null as unknown as GeoJSON.Geometry },
    ];
    expect(zonesTooSmallToLabel(tiny, 10)).toEqual([]);
  });

  it('never include a bundled zone at zoom 10, where zone labels start', () => {
    for (const layer of LAYERS) {
      if (!layer.style.labelProperty || layer.source.kind !== 'geojson') continue;
      const text = readFileSync(`data/geojson/${layer.id}.geojson`, 'utf8');
      const features = (JSON.parse(text) as GeoJSON.FeatureCollection).features;
      expect(zonesTooSmallToLabel(features, 10), layer.id).toEqual([]);
      // And with room to spare: a limit half again as large leaves them all their labels too.
      const margin = MIN_LABELLED_ZONE_PX * 1.5;
      expect(zonesTooSmallToLabel(features, 10, undefined, margin), layer.id).toEqual([]);
    }
  });
});
