import { describe, expect, it } from 'vitest';
import { measureOverlay, measurePath } from '../../src/core/measure/measure-path.ts';
import { overlayLayers } from '../../src/map/overlayStyle.ts';
import { measureLegend } from '../../src/ui/figure/measureLegend.ts';

const POINTS: [number, number][] = [
  [105.6, 21.2],
  [105.7, 21.2],
  [105.7, 21.3],
];

const paintOf = (id: string) =>
  (overlayLayers().find((layer) => layer.id === id)?.paint ?? {}) as Record<string, unknown>;

describe("the figure legend's measure entries", () => {
  it('names a measured distance, with the dashed magenta line the map draws', () => {
    const overlay = measureOverlay(POINTS, 'distance', measurePath(POINTS, 'distance'));
    const entries = measureLegend('vi', overlay);
    expect(entries.map((entry) => entry.title)).toEqual(['Đường đo khoảng cách']);
    const line = paintOf('measure:line');
    const swatch = entries[0]!.swatch;
    expect(swatch.shape).toBe('line');
    expect(swatch.color).toBe(line['line-color']);
    expect(swatch.lineWidthPx).toBe(line['line-width']);
    // The map's dash is in line widths; the swatch's in layout pixels.
    const dash = line['line-dasharray'] as number[];
    expect(swatch.dashPx).toEqual(dash.map((d) => d * swatch.lineWidthPx));
  });

  it('names a measured area and its outline, in English too', () => {
    const overlay = measureOverlay(POINTS, 'area', measurePath(POINTS, 'area'));
    const entries = measureLegend('en', overlay);
    expect(entries.map((entry) => entry.title)).toEqual(['Measured area', 'Measured distance']);
    expect(entries[0]!.swatch).toMatchObject({
      shape: 'fill',
      fillColor: paintOf('measure:area')['fill-color'],
      fillOpacity: paintOf('measure:area')['fill-opacity'],
    });
  });

  it('has no entry when nothing is measured, or only one point is clicked', () => {
    const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    expect(measureLegend('vi', empty)).toEqual([]);
    const one = POINTS.slice(0, 1);
    expect(
      measureLegend('vi', measureOverlay(one, 'distance', measurePath(one, 'distance'))),
    ).toEqual([]);
    expect(measureLegend('vi', 'blob:somewhere')).toEqual([]);
  });
});
