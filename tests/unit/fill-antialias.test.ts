import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

const layersIn = (frame: '2019' | '2025'): LayerSpecification[] =>
  buildStyle(
    { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi', frame },
    TEST_STYLE_ASSETS,
  ).layers;

const paintOf = (layer: LayerSpecification) =>
  ('paint' in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;

describe('fills without their antialiased outline pass (one shader program fewer)', () => {
  for (const frame of ['2019', '2025'] as const) {
    it(`turns the pass off on every fill but the corridor's own outline (${frame} frame)`, () => {
      const outlined = layersIn(frame)
        .filter((layer) => layer.type === 'fill' && layer.id !== 'analysis:corridor')
        .filter((layer) => paintOf(layer)['fill-antialias'] !== false)
        .map((layer) => layer.id);
      expect(outlined).toEqual([]);
    });
  }

  it('keeps the outline colour a fill asks for (the analysis corridor)', () => {
    const corridor = buildStyle(
      { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' },
      TEST_STYLE_ASSETS,
    ).layers.find((layer) => layer.id === 'analysis:corridor');
    expect(paintOf(corridor!)['fill-outline-color']).toBeDefined();
    expect(paintOf(corridor!)['fill-antialias']).toBeUndefined();
  });

  it('draws the water with an outline of its own colour right above it, for smooth banks', () => {
    const layers = layersIn('2019');
    const ids = layers.map((layer) => layer.id);
    const outline = layers.find((layer) => layer.id === 'base:water-outline');
    expect(outline?.type).toBe('line');
    expect(ids.indexOf('base:water-outline')).toBe(ids.indexOf('base:water') + 1);
    expect(paintOf(outline!)['line-color']).toBe(
      paintOf(layers.find((layer) => layer.id === 'base:water')!)['fill-color'],
    );
  });
});
