import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FigureMapView, imagePixelProjector } from '../../src/core/figure/map-projection.ts';
import { vectorLayerOf } from '../../src/core/figure/vector-layers.ts';
import { traceVectorMap } from '../../src/core/figure/vector-trace.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

/** The part of MapLibre's camera transform the test uses. */
interface Transform {
  resize(width: number, height: number): void;
  setZoom(zoom: number): void;
  setCenter(center: unknown): void;
  setBearing(bearing: number): void;
  locationToScreenPoint(lngLat: unknown): { x: number; y: number };
}
let MercatorTransform: new () => Transform;
let LngLat: new (lng: number, lat: number) => unknown;

// MapLibre's own camera transform, what placed every pixel of the figure's picture, from the
// TypeScript sources that ship with the package (imported by a path the typecheck does not
// follow: MapLibre's sources are checked with their own settings, not ours).
beforeAll(async () => {
  const source = '../../node_modules/maplibre-gl/src/geo';
  ({ MercatorTransform } = await import(`${source}/projection/mercator_transform.ts`));
  ({ LngLat } = await import(`${source}/lng_lat.ts`));
});

const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(`data/geojson/${id}.geojson`, 'utf8'));

/** The map frame of a whole A4 landscape page at 300 dpi: 1169 × 743 CSS px, 3 dots each. */
function a4View(bearingDegrees: number): FigureMapView {
  return {
    centerLng: 105.7,
    centerLat: 21.2,
    zoom: 10.4,
    bearingDegrees,
    widthCssPx: 1169,
    heightCssPx: 743,
    imageWidthPx: 3507,
    imageHeightPx: 2229,
  };
}

/** Where MapLibre draws a position on the picture, in image pixels. */
function mapLibrePixel(view: FigureMapView, [lng, lat]: number[]): [number, number] {
  const transform = new MercatorTransform();
  transform.resize(view.widthCssPx, view.heightCssPx);
  transform.setZoom(view.zoom);
  transform.setCenter(new LngLat(view.centerLng, view.centerLat));
  transform.setBearing(view.bearingDegrees);
  const point = transform.locationToScreenPoint(new LngLat(lng!, lat!));
  return [
    (point.x * view.imageWidthPx) / view.widthCssPx,
    (point.y * view.imageHeightPx) / view.heightCssPx,
  ];
}

const vertices = (collection: GeoJSON.FeatureCollection) =>
  collection.features.flatMap((feature) => {
    const g = feature.geometry;
    if (g.type === 'Polygon') return g.coordinates.flat();
    if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
    if (g.type === 'LineString') return g.coordinates;
    if (g.type === 'MultiLineString') return g.coordinates.flat();
    return [];
  });

describe('plan layers traced on the figure picture', () => {
  for (const bearing of [0, 27]) {
    it(`puts every zone and road vertex where MapLibre drew it (bearing ${bearing}°)`, () => {
      const view = a4View(bearing);
      const project = imagePixelProjector(view);
      const known = [
        ...vertices(bundled('industrial-zones')),
        ...vertices(bundled('me-linh-axis-roads')),
      ];
      expect(known.length).toBeGreaterThan(500);
      let worst = 0;
      for (const position of known) {
        const [x, y] = project(position[0]!, position[1]!);
        const [mx, my] = mapLibrePixel(view, position);
        worst = Math.max(worst, Math.abs(x - mx), Math.abs(y - my));
      }
      expect(worst).toBeLessThan(0.01);
    });
  }

  it('keeps every traced zone corner within a dot of the picture at 300 dpi', () => {
    const view = a4View(27);
    const zones = bundled('industrial-zones');
    const traced = traceVectorMap([vectorLayerOf(getLayer('industrial-zones')!, zones, 1)], view);
    const fill = traced.passes.find((pass) => pass.kind === 'fill');
    expect(fill?.kind).toBe('fill');
    if (fill?.kind !== 'fill') return;
    const drawn = vertices(zones).map((position) => mapLibrePixel(view, position));
    let checked = 0;
    for (const polygon of fill.polygons)
      for (const ring of polygon)
        for (let i = 0; i < ring.length; i += 2) {
          const [x, y] = [ring[i]!, ring[i + 1]!];
          // Whole dots only, and a kept vertex is one the map drew, within a dot of it.
          expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
          if (x < 0 || y < 0 || x > view.imageWidthPx || y > view.imageHeightPx) continue;
          const nearest = Math.min(...drawn.map(([mx, my]) => Math.hypot(x - mx, y - my)));
          expect(nearest).toBeLessThanOrEqual(Math.SQRT1_2);
          checked++;
        }
    expect(checked).toBeGreaterThan(20);
  });

  it('cuts what crosses the frame just outside it and leaves out what lies beyond', () => {
    const view = a4View(0);
    const project = imagePixelProjector(view);
    // A square around the frame's left edge, and one far to the west.
    const lngAtLeft = view.centerLng - 0.3;
    const square = (lng: number): GeoJSON.Feature => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lng - 0.02, 21.15],
            [lng + 0.02, 21.15],
            [lng + 0.02, 21.25],
            [lng - 0.02, 21.25],
            [lng - 0.02, 21.15],
          ],
        ],
      },
    });
    expect(project(lngAtLeft - 0.02, 21.2)[0]).toBeLessThan(0);
    expect(project(lngAtLeft + 0.02, 21.2)[0]).toBeGreaterThan(0);
    const collection = {
      type: 'FeatureCollection' as const,
      features: [square(lngAtLeft), square(104)],
    };
    const traced = traceVectorMap(
      [vectorLayerOf(getLayer('green-corridors')!, collection, 1)],
      view,
    );
    const fill = traced.passes.find((pass) => pass.kind === 'fill');
    if (fill?.kind !== 'fill') throw new Error('no fill traced');
    expect(fill.polygons).toHaveLength(1);
    const xs = fill.polygons[0]![0]!.filter((_, i) => i % 2 === 0);
    // The cut runs outside the frame by a margin wider than the outline (1 CSS px = 3 dots).
    expect(Math.min(...xs)).toBeLessThan(-3);
    expect(Math.min(...xs)).toBeGreaterThan(-20);
    // The outline crossing the frame is a run of segments, not a closed ring along the cut.
    const outline = traced.passes.find((pass) => pass.kind === 'stroke');
    if (outline?.kind !== 'stroke') throw new Error('no outline traced');
    expect(outline.rings).toHaveLength(0);
    expect(outline.lines.length).toBeGreaterThan(0);
  });
});
