import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { BoundaryFrame } from '../../src/core/basemap/frame.ts';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { HOME_VIEW } from '../../src/core/region.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

// MapLibre compiles one shader program per layer type *and* per set of paint properties read
// from the data: a fill coloured by a `match`, or a line dashed by a `case`, costs programs of
// its own (tens to hundreds of ms each under SwiftShader) before the first idle.
// tests/e2e/cold-start.e2e.ts counts the programs in the browser; this says why.

function styleIn(frame: BoundaryFrame): LayerSpecification[] {
  return buildStyle(
    { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi', frame },
    TEST_STYLE_ASSETS,
  ).layers;
}

/** A style value read from the data or the zoom (an expression), not a constant. */
const isExpression = (value: unknown) => Array.isArray(value) && typeof value[0] === 'string';

/** The style layers drawn at the app's opening zoom. */
const atHomeZoom = (layer: LayerSpecification) =>
  (layer.minzoom ?? 0) <= HOME_VIEW.zoom && HOME_VIEW.zoom < (layer.maxzoom ?? 24);

const paintOf = (layer: LayerSpecification) =>
  ('paint' in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;

describe('the style at the opening view, for few shader programs', () => {
  for (const frame of ['2019', '2025'] as const) {
    it(`colours every fill with a constant (${frame} frame), so all fills share one program`, () => {
      const computed = styleIn(frame)
        .filter((layer) => layer.type === 'fill' && atHomeZoom(layer))
        .filter((layer) => isExpression(paintOf(layer)['fill-color']))
        .map((layer) => layer.id);
      expect(computed).toEqual([]);
    });

    it(`dashes every line with a constant (${frame} frame), so dashes share one program`, () => {
      const computed = styleIn(frame)
        .filter((layer) => layer.type === 'line' && atHomeZoom(layer))
        .filter((layer) => isExpression(paintOf(layer)['line-dasharray']))
        .map((layer) => layer.id);
      expect(computed).toEqual([]);
    });
  }

  it('still dashes the schematic section of Ring Road 5 and draws the rest solid', () => {
    const layers = styleIn('2019');
    const byId = (id: string) => layers.find((layer) => layer.id === id) as LineLayerSpecification;
    // A line feature as MapLibre's filters see it (type 2: a line).
    const road = (accuracy: string) => ({ type: 2, properties: { accuracy } }) as never;
    const draws = (id: string, feature: never) =>
      featureFilter(byId(id).filter as FilterSpecification, 'layers[0].filter').filter(
        { zoom: HOME_VIEW.zoom },
        feature,
      );
    expect(paintOf(byId('ring-road-5:line-dashed'))['line-dasharray']).toEqual([2, 1.5]);
    expect(paintOf(byId('ring-road-5:line'))['line-dasharray']).toBeUndefined();
    expect(draws('ring-road-5:line-dashed', road('schematic'))).toBe(true);
    expect(draws('ring-road-5:line', road('schematic'))).toBe(false);
    expect(draws('ring-road-5:line', road('digitised'))).toBe(true);
    expect(draws('ring-road-5:line-dashed', road('digitised'))).toBe(false);
  });
});
