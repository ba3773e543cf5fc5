import { describe, expect, it } from 'vitest';
import { PLANNING_ZOOM } from '../../src/core/basemap/tileset.ts';
import { CHUNKED_FROM_FEATURES } from '../../src/core/geometry/layerChunking.ts';
import { outlineFromZoom } from '../../src/core/geometry/outlineZoom.ts';
import { squareZone } from './support/squareZone.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

/** `count` square zones `sizeDegrees` on a side, in rows of 100 near 105.5°E 21°N. */
function squares(count: number, sizeDegrees: number): GeoJSON.Feature[] {
  return Array.from({ length: count }, (_, i) =>
    squareZone(
      `z${i}`,
      105.5 + (i % 100) * sizeDegrees * 2,
      21 + Math.floor(i / 100) * sizeDegrees * 2,
      sizeDegrees,
    ),
  );
}

describe('outlineFromZoom', () => {
  it('draws the outlines of a large layer from the zoom its typical zone is 6 px across', () => {
    // 0.01° at 21°N: 0.0152 px at zoom 0 (512 px tiles), so 3.9 px at zoom 8 and 7.8 px at 9.
    expect(outlineFromZoom(squares(10_000, 0.01))).toBe(9);
    expect(outlineFromZoom(squares(10_000, 0.004))).toBe(10);
  });

  it('never later than the planning zoom, however small the zones', () => {
    // 0.001° squares would be 6 px across only from zoom 12; 0.0001° ones from 16.
    expect(outlineFromZoom(squares(10_000, 0.001))).toBe(PLANNING_ZOOM);
    expect(outlineFromZoom(squares(10_000, 0.0001))).toBe(PLANNING_ZOOM);
  });

  it('keeps outlines at every zoom for a layer of one source, of large zones, or of no polygons', () => {
    expect(outlineFromZoom(squares(CHUNKED_FROM_FEATURES - 1, 0.0001))).toBeUndefined();
    expect(outlineFromZoom(squares(CHUNKED_FROM_FEATURES, 5))).toBeUndefined();
    const lines = squares(10_000, 0.0001).map((zone) => ({
      ...zone,
      geometry: {
        type: 'LineString' as const,
        coordinates: (zone.geometry as GeoJSON.Polygon).coordinates[0]!,
      },
    }));
    expect(outlineFromZoom(lines)).toBeUndefined();
  });

  it('reads the typical size, not the largest: a few huge zones do not bring the outlines back', () => {
    const features = squares(10_000, 0.001);
    for (let i = 0; i < 1_000; i++) features[i * 10] = squareZone(`big${i}`, 105, 20, 1);
    expect(outlineFromZoom(features)).toBe(PLANNING_ZOOM);
  });
});

describe('the style of a layer with an outline zoom', () => {
  it('gives every chunk outline that zoom as minzoom, and leaves the fills at every zoom', async () => {
    const { buildStyle } = await import('../../src/map/buildStyle.ts');
    const { getLayer } = await import('../../src/core/layers/registry.ts');
    const zones = getLayer('industrial-zones')!;
    const state = { layers: [zones], visible: {}, opacity: {}, lang: 'vi' as const };
    const style = buildStyle(state, TEST_STYLE_ASSETS, { 'industrial-zones': 3 }, [], {
      'industrial-zones': 9,
    });
    const zoomOf = (id: string) => style.layers.find((layer) => layer.id === id)?.minzoom;
    for (const chunk of ['', '~1', '~2']) {
      expect(zoomOf(`industrial-zones:outline${chunk}`)).toBe(9);
      expect(zoomOf(`industrial-zones:fill${chunk}`)).toBeUndefined();
    }
    const plain = buildStyle(state, TEST_STYLE_ASSETS, { 'industrial-zones': 3 }, []);
    expect(
      plain.layers.find((l) => l.id === 'industrial-zones:outline~2')?.minzoom,
    ).toBeUndefined();
  });
});
