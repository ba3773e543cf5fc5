import { describe, expect, it } from 'vitest';
import { packedPaths, packedPolygons } from '../../src/core/figure/packed-shapes.ts';
import { vectorLayerBuffers, vectorLayerOf } from '../../src/core/figure/vector-layers.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

const feature = (geometry: GeoJSON.Geometry, properties = {}): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry,
});
const square = (x: number, size: number): GeoJSON.Position[] => [
  [x, 21],
  [x + size, 21],
  [x + size, 21 + size],
  [x, 21 + size],
  [x, 21],
];

describe('plan layers as the passes a figure PDF draws', () => {
  it('packs a mixed layer as the map draws it: fill, outline, line, circle, holes kept', () => {
    const context = vectorLayerOf(
      getLayer('context')!,
      {
        type: 'FeatureCollection',
        features: [
          feature({
            type: 'MultiPolygon',
            coordinates: [[square(105, 0.1), square(105.02, 0.02)], [square(106, 0.1)]],
          }),
          feature({
            type: 'LineString',
            coordinates: [
              [105, 21],
              [105.5, 21.2],
            ],
          }),
          feature({ type: 'Point', coordinates: [105.3, 21.1] }),
        ],
      },
      0.5,
    );
    expect(context.passes.map((pass) => pass.kind)).toEqual(['fill', 'stroke', 'stroke', 'circle']);
    const [fill, outline, line, circle] = context.passes;
    // Two polygons, the first with its hole; the outline is the same rings, closed.
    const polygons = [...packedPolygons(fill!.shapes)];
    expect(polygons.map((rings) => rings.length)).toEqual([2, 1]);
    expect(polygons[0]![1]![1]).toEqual([105.02 + 0.02, 21]);
    expect(fill!.paint).toEqual({ color: '#2f6f8f', opacity: 0.125 });
    expect(outline).toMatchObject({ kind: 'stroke', closed: true, round: false });
    expect([...packedPaths(line!.shapes)]).toEqual([
      [
        [105, 21],
        [105.5, 21.2],
      ],
    ]);
    expect(line).toMatchObject({ kind: 'stroke', closed: false, round: true, widthCssPx: 2 });
    expect([...circle!.shapes.coords]).toEqual([105.3, 21.1]);
    // A fill and its outline share their packed rings: each buffer is transferred once.
    const buffers = vectorLayerBuffers([context]);
    expect(new Set(buffers).size).toBe(buffers.length);
  });

  it('dashes the features the layer dashes by a property, in a pass of their own', () => {
    const roads = vectorLayerOf(
      getLayer('me-linh-axis-roads')!,
      {
        type: 'FeatureCollection',
        features: [
          feature(
            {
              type: 'LineString',
              coordinates: [
                [105, 21],
                [105.1, 21],
              ],
            },
            { status: 'built' },
          ),
          feature(
            {
              type: 'LineString',
              coordinates: [
                [105, 22],
                [105.1, 22],
              ],
            },
            { status: 'planned' },
          ),
        ],
      },
      1,
    );
    expect(roads.passes.map((pass) => (pass.kind === 'stroke' ? pass.dashCssPx : null))).toEqual([
      null,
      [6, 4.5],
    ]);
    expect([...packedPaths(roads.passes[1]!.shapes)][0]![0]).toEqual([105, 22]);
  });
});
