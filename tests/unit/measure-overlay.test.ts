import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { measureOverlay, measurePath } from '../../src/core/measure/measure-path.ts';
import { overlayLayers } from '../../src/map/overlayStyle.ts';

const POINTS: [number, number][] = [
  [105.5, 21],
  [105.5, 22],
  [105.6, 22],
];

describe('the measure overlay', () => {
  it('labels each leg once, at its middle, in the unit it is given', () => {
    const measure = measurePath(POINTS, 'distance');
    const km = (meters: number) => `${(meters / 1000).toFixed(3)} km`;
    const overlay = measureOverlay(POINTS, 'distance', measure, km);
    const labels = overlay.features.filter((f) => f.properties?.role === 'measure-label');
    expect(labels.map((f) => f.properties?.label)).toEqual([
      '110.724 km',
      km(measure.segmentsMeters[1]!),
    ]);
    expect(labels[0]?.geometry).toEqual({ type: 'Point', coordinates: [105.5, 21.5] });
    const lines = overlay.features.filter((f) => f.properties?.role === 'measure-line');
    expect(lines.every((f) => f.properties?.label === undefined)).toBe(true);
  });

  it('draws labels as points, never along the line (which repeats them per tile)', () => {
    const label = overlayLayers().find((layer) => layer.id === 'measure:label');
    expect(label?.layout).not.toHaveProperty('symbol-placement');
    expect(label && 'filter' in label && JSON.stringify(label.filter)).toContain('measure-label');
  });

  it('draws the measure line in a colour no layer uses', () => {
    const line = overlayLayers().find((layer) => layer.id === 'measure:line');
    const colour = ((line?.paint ?? {}) as Record<string, unknown>)['line-color'];
    const layerColours = LAYERS.flatMap((layer) => [layer.style.color, layer.style.fillColor]);
    expect(layerColours).not.toContain(colour);
  });
});
