import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { applyPaintChanges, passPaintChanges } from '../../src/map/figure/labelPass.ts';
import { withoutPlanShapes } from '../../src/map/figure/withoutPlanShapes.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

// The figure's style when the PDF draws industrial zones and Ring Road 5 as paths: their shapes
// hidden (visibility), their labels and everything else shown.
const style = withoutPlanShapes(
  buildStyle(
    { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' },
    TEST_STYLE_ASSETS,
  ),
  ['industrial-zones', 'ring-road-5'],
);
const shown = style.layers.filter((layer) => layer.layout?.visibility !== 'none');
const typeOf = (id: string) => style.layers.find((layer) => layer.id === id)?.type;
const layerIds = (changes: { layerId: string }[]) => [...new Set(changes.map((c) => c.layerId))];

describe("the figure's two pictures when its labels are drawn over the PDF's paths", () => {
  const withoutLabels = passPaintChanges(style, 'without-labels');
  const labelsOnly = passPaintChanges(style, 'labels-only');

  it('turns every shown label layer transparent in the picture under the paths, and nothing else', () => {
    const labels = shown.filter((layer) => layer.type === 'symbol').map((layer) => layer.id);
    expect(labels).toContain('industrial-zones:label');
    expect(labels).toContain('base:place');
    expect(layerIds(withoutLabels).sort()).toEqual([...labels].sort());
    for (const change of withoutLabels)
      expect(['text-opacity', 'icon-opacity']).toContain(change.property);
  });

  it('keeps only the labels in the picture over the paths: the ground, fills, lines, relief and circles go', () => {
    const others = shown.filter((layer) => layer.type !== 'symbol').map((layer) => layer.id);
    expect(layerIds(labelsOnly).sort()).toEqual([...others].sort());
    expect(labelsOnly.map((c) => `${typeOf(c.layerId)} ${c.property}`)).toEqual(
      expect.arrayContaining([
        'background background-opacity',
        'fill fill-opacity',
        'line line-opacity',
        'raster raster-opacity',
        'circle circle-opacity',
        'circle circle-stroke-opacity',
      ]),
    );
  });

  it('draws every shown layer in exactly one of the two pictures, and the hidden shapes in neither', () => {
    const drawnIn = (changes: { layerId: string }[]) => {
      const hidden = new Set(layerIds(changes));
      return shown.filter((layer) => !hidden.has(layer.id)).map((layer) => layer.id);
    };
    const under = drawnIn(withoutLabels);
    const over = drawnIn(labelsOnly);
    expect(under.filter((id) => over.includes(id))).toEqual([]);
    expect([...under, ...over].sort()).toEqual(shown.map((layer) => layer.id).sort());
    expect([...under, ...over]).not.toContain('ring-road-5:line');
  });

  it('puts every property back as it was, a value the style never set too', () => {
    const paint = new Map<string, unknown>([['basemap-land|fill-opacity', 0.4]]);
    const map = {
      getPaintProperty: (layerId: string, property: string) => paint.get(`${layerId}|${property}`),
      setPaintProperty: (layerId: string, property: string, value: unknown) =>
        paint.set(`${layerId}|${property}`, value),
    };
    const putBack = applyPaintChanges(map, [
      { layerId: 'basemap-land', property: 'fill-opacity' },
      { layerId: 'place', property: 'text-opacity' },
    ]);
    expect(paint.get('basemap-land|fill-opacity')).toBe(0);
    expect(paint.get('place|text-opacity')).toBe(0);
    putBack();
    expect(paint.get('basemap-land|fill-opacity')).toBe(0.4);
    expect(paint.get('place|text-opacity')).toBeUndefined();
  });
});
