import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import {
  applyPaintChanges,
  type PaintChange,
  passPaintChanges,
} from '../../src/map/figure/labelPass.ts';
import { planShapeLayerIds } from '../../src/map/figure/withoutPlanShapes.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

// The live map's style, with Ring Road 5 hidden by the planner; the PDF draws industrial zones
// and the boundaries as paths.
const style = buildStyle(
  {
    layers: layersInDrawOrder(),
    visible: { 'ring-road-5': false },
    opacity: {},
    lang: 'vi',
  },
  TEST_STYLE_ASSETS,
);
const shapes = planShapeLayerIds(style, ['industrial-zones', 'boundaries']);
const shown = style.layers.filter((layer) => layer.layout?.visibility !== 'none');
const typeOf = (id: string) => style.layers.find((layer) => layer.id === id)?.type;
const layerIds = (changes: PaintChange[]) => [...new Set(changes.map((c) => c.layerId))];
/** The shown layers a pass still draws. */
const drawnIn = (changes: PaintChange[]) => {
  const hidden = new Set(layerIds(changes));
  return shown.filter((layer) => !hidden.has(layer.id)).map((layer) => layer.id);
};

describe("the figure's pictures when its labels are drawn over the PDF's paths", () => {
  const whole = passPaintChanges(style, 'whole', shapes);
  const withoutLabels = passPaintChanges(style, 'without-labels', shapes);
  const labelsOnly = passPaintChanges(style, 'labels-only', shapes);

  it('leaves out the shapes drawn as paths, and under the paths every label too', () => {
    expect(layerIds(whole).sort()).toEqual([...shapes].sort());
    expect(shapes).toContain('industrial-zones:fill');
    const labels = shown.filter((layer) => layer.type === 'symbol').map((layer) => layer.id);
    expect(labels).toContain('industrial-zones:label');
    expect(labels).toContain('base:place');
    expect(layerIds(withoutLabels).sort()).toEqual([...shapes, ...labels].sort());
    for (const change of withoutLabels.filter((c) => typeOf(c.layerId) === 'symbol'))
      expect(['text-opacity', 'icon-opacity']).toContain(change.property);
  });

  it('keeps only the labels in the picture over the paths: the ground, fills, lines, relief and circles go', () => {
    expect(drawnIn(labelsOnly).every((id) => typeOf(id) === 'symbol')).toBe(true);
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

  it('draws every shown layer but the paths in exactly one of the two pictures', () => {
    const under = drawnIn(withoutLabels);
    const over = drawnIn(labelsOnly);
    expect(under.filter((id) => over.includes(id))).toEqual([]);
    const notPaths = shown.map((layer) => layer.id).filter((id) => !shapes.includes(id));
    expect([...under, ...over].sort()).toEqual(notPaths.sort());
  });

  it('leaves a layer the planner hid alone', () => {
    for (const changes of [whole, withoutLabels, labelsOnly])
      expect(layerIds(changes).some((id) => id.startsWith('ring-road-5:'))).toBe(false);
  });

  it('puts every property back as it was, a value the style never set too', () => {
    const paint = new Map<string, unknown>([['base:land|fill-opacity', 0.4]]);
    const map = {
      getPaintProperty: (layerId: string, property: string) => paint.get(`${layerId}|${property}`),
      setPaintProperty: (layerId: string, property: string, value: unknown) =>
        paint.set(`${layerId}|${property}`, value),
    };
    const putBack = applyPaintChanges(map, [
      { layerId: 'base:land', property: 'fill-opacity' },
      { layerId: 'base:place', property: 'text-opacity' },
    ]);
    expect(paint.get('base:land|fill-opacity')).toBe(0);
    expect(paint.get('base:place|text-opacity')).toBe(0);
    putBack();
    expect(paint.get('base:land|fill-opacity')).toBe(0.4);
    expect(paint.get('base:place|text-opacity')).toBeUndefined();
  });
});
