import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

const state = { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' as const };
const ZONES = 'industrial-zones';

/** Whether a style layer's filter keeps a polygon with these properties in a tile of this zoom. */
function keeps(layer: object, tileZoom: number, properties: Record<string, unknown>): boolean {
  const spec = 'filter' in layer ? layer.filter : undefined;
  const filter = featureFilter(spec as never, 'layers[0].filter');
  const feature = {
    type: 3 as const,
    properties: { name: 'KCN', ...properties },
    geometry: [],
  };
  return filter.filter({ zoom: tileZoom }, feature as never);
}

describe('a chunked layer’s overview in the style', () => {
  const style = buildStyle(state, TEST_STYLE_ASSETS, { [ZONES]: 16 });
  const zoneLayers = style.layers.filter((layer) => layer.id.startsWith(`${ZONES}:`));

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws each feature from the zoom its data gives, and every feature from zoom 11', () => {
    const fill = zoneLayers.find((layer) => layer.id === `${ZONES}:fill~3`)!;
    expect(keeps(fill, 9, { __z: 10 })).toBe(false);
    expect(keeps(fill, 10, { __z: 10 })).toBe(true);
    expect(keeps(fill, 11, { __z: 11 })).toBe(true);
    // A feature added after the cut carries no overview zoom: drawn at every zoom.
    expect(keeps(fill, 0, {})).toBe(true);
  });

  it('applies to every style layer of every chunk, labels and outlines too', () => {
    expect(zoneLayers.length).toBeGreaterThan(16);
    for (const layer of zoneLayers) {
      expect(keeps(layer, 9, { __z: 10 }), layer.id).toBe(false);
    }
  });

  it('leaves a layer drawn from one source as it is', () => {
    const whole = buildStyle(state, TEST_STYLE_ASSETS).layers.find(
      (layer) => layer.id === `${ZONES}:fill`,
    )!;
    expect(keeps(whole, 0, { __z: 10 })).toBe(true);
  });
});
