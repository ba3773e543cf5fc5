// The editor's planar operations against GEOS (scripts/reference/make_edit_ops_fixtures.py):
// each operation is one patch through the store, and one undo gives the document back.
import { readFileSync } from 'node:fs';
import { difference, featureCollection } from '@turf/turf';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/core/document/index.ts';
import {
  cutWithLine,
  type EditOpResult,
  type EditOpSuccess,
  mergeZones,
  simplifyZone,
  subtractZone,
} from '../../src/core/edit-ops/index.ts';
import { geodesicAreaSquareMeters } from '../../src/core/geodesy/geodesic-area-square-meters.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { content } from './document-fixtures.ts';

interface Case {
  op: 'merge' | 'cut' | 'subtract' | 'simplify';
  name: string;
  a: Polygon;
  b?: Polygon;
  line?: LineString;
  tolerance_m?: number;
  input_vertices?: number;
  expected: {
    geometry?: Polygon | MultiPolygon;
    geometries?: Polygon[];
    valid: boolean;
    parts: number;
    areas_m2: number[];
    area_m2: number;
    vertices?: number;
  };
}

const CASES: Case[] = JSON.parse(readFileSync('tests/fixtures/edit-ops/cases.json', 'utf8'));
const ZONES = getLayer('industrial-zones')!;

function byName(name: string): Case {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

function zone(id: string, geometry: Polygon): GeoJSON.Feature {
  return { type: 'Feature', id, properties: { name: `Zone ${id}`, status: 'planned' }, geometry };
}

function storeWith(...features: GeoJSON.Feature[]): DocumentStore {
  const store = new DocumentStore();
  store.loadLayer(ZONES.id, { type: 'FeatureCollection', features });
  return store;
}

function succeeded(result: EditOpResult): EditOpSuccess {
  if (!result.ok) throw new Error(`refused (${result.code}): ${result.message.en}`);
  return result;
}

/** The area the two geometries do not share, on the ellipsoid. */
function xorAreaSquareMeters(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const fa = { type: 'Feature' as const, properties: {}, geometry: a };
  const fb = { type: 'Feature' as const, properties: {}, geometry: b };
  const ab = difference(featureCollection([fa, fb]));
  const ba = difference(featureCollection([fb, fa]));
  return (
    (ab ? geodesicAreaSquareMeters(ab.geometry) : 0) +
    (ba ? geodesicAreaSquareMeters(ba.geometry) : 0)
  );
}

function sortedAreas(features: GeoJSON.Feature[]): number[] {
  return features.map((f) => geodesicAreaSquareMeters(f.geometry as Polygon)).sort((x, y) => x - y);
}

function expectUndoRestores(store: DocumentStore, before: unknown): void {
  store.undo();
  expect(content(store.getSnapshot())).toEqual(before);
}

describe('merge zones', () => {
  it.each(['merge-overlap', 'merge-disjoint'])(
    '%s gives GEOS union in one undoable patch',
    (name) => {
      const c = byName(name);
      const store = storeWith(zone('a', c.a), zone('b', c.b!));
      const before = content(store.getSnapshot());
      const apart = { allowApart: true };
      const result = succeeded(mergeZones(store.getSnapshot(), ZONES, 'a', 'b', apart));
      store.apply(result.patch);
      const layer = store.getSnapshot().layers.get(ZONES.id)!;
      expect(layer.order).toEqual(['a']);
      const merged = layer.features.get('a')!;
      expect(merged.properties).toEqual({ name: 'Zone a', status: 'planned' });
      const geometry = merged.geometry as Polygon | MultiPolygon;
      expect(geometry.type).toBe(c.expected.parts === 1 ? 'Polygon' : 'MultiPolygon');
      expect(result.areasSquareMeters[0]).toBeCloseTo(c.expected.area_m2, 2);
      expect(xorAreaSquareMeters(geometry, c.expected.geometry!)).toBeLessThan(1e-3);
      expectUndoRestores(store, before);
    },
  );

  it('refuses one zone merged with itself, and a feature that is no zone', () => {
    const c = byName('merge-overlap');
    const point: GeoJSON.Feature = {
      type: 'Feature',
      id: 'p',
      properties: {},
      geometry: { type: 'Point', coordinates: [105.7, 21.2] },
    };
    const doc = storeWith(zone('a', c.a), point).getSnapshot();
    expect(mergeZones(doc, ZONES, 'a', 'a')).toMatchObject({ ok: false, code: 'same-feature' });
    expect(mergeZones(doc, ZONES, 'a', 'p')).toMatchObject({ ok: false, code: 'not-polygon' });
  });

  it('refuses zones that neither touch nor overlap, unless asked for a MultiPolygon', () => {
    const c = byName('merge-disjoint');
    const doc = storeWith(zone('a', c.a), zone('b', c.b!)).getSnapshot();
    expect(mergeZones(doc, ZONES, 'a', 'b')).toMatchObject({ ok: false, code: 'not-touching' });
    const touching = byName('merge-overlap');
    const near = storeWith(zone('a', touching.a), zone('b', touching.b!)).getSnapshot();
    expect(mergeZones(near, ZONES, 'a', 'b').ok).toBe(true);
  });

  it('refuses a MultiPolygon result in a layer that takes only Polygons, saying why', () => {
    const c = byName('merge-disjoint');
    const polygonsOnly = { ...ZONES, geometryTypes: ['Polygon' as const] };
    const doc = storeWith(zone('a', c.a), zone('b', c.b!)).getSnapshot();
    const result = mergeZones(doc, polygonsOnly, 'a', 'b', { allowApart: true });
    expect(result).toMatchObject({ ok: false, code: 'geometry-type' });
    expect(result.ok || result.message.en).toContain('MultiPolygon');
  });
});

describe('cut with a line', () => {
  it.each(['cut-straight', 'cut-u', 'cut-hole'])('%s gives the parts GEOS split gives', (name) => {
    const c = byName(name);
    const other = zone('z', byName('merge-disjoint').b!);
    const store = storeWith(zone('a', c.a), other);
    const before = content(store.getSnapshot());
    let serial = 0;
    const result = succeeded(
      cutWithLine(store.getSnapshot(), ZONES, 'a', c.line!, () => `new-${serial++}`),
    );
    store.apply(result.patch);
    const layer = store.getSnapshot().layers.get(ZONES.id)!;
    const parts = result.keys.map((key) => layer.features.get(key)!);
    expect(parts).toHaveLength(c.expected.parts);
    expect(layer.order).toEqual([...result.keys, 'z']);
    for (const [i, part] of parts.entries()) {
      expect(part.id).toBe(`new-${i}`);
      expect(part.properties).toEqual({ name: 'Zone a', status: 'planned' });
      expect(part.geometry.type).toBe('Polygon');
    }
    const areas = sortedAreas(parts);
    for (const [i, area] of c.expected.areas_m2.entries()) expect(areas[i]).toBeCloseTo(area, 2);
    for (const part of parts) {
      const shared = c.expected.geometries!.map((g) =>
        xorAreaSquareMeters(part.geometry as Polygon, g),
      );
      expect(Math.min(...shared)).toBeLessThan(1e-3);
    }
    expectUndoRestores(store, before);
  });

  it('refuses a line that ends inside the zone or misses it', () => {
    const c = byName('cut-straight');
    const doc = storeWith(zone('a', c.a)).getSnapshot();
    const [start, middle] = c.line!.coordinates;
    const inside: LineString = { type: 'LineString', coordinates: [start!, middle!] };
    const far: LineString = {
      type: 'LineString',
      coordinates: [
        [105.5, 21.0],
        [105.5, 21.1],
      ],
    };
    const id = () => 'x';
    expect(cutWithLine(doc, ZONES, 'a', inside, id)).toMatchObject({
      ok: false,
      code: 'line-not-crossing',
    });
    expect(cutWithLine(doc, ZONES, 'a', far, id)).toMatchObject({
      ok: false,
      code: 'line-not-crossing',
    });
  });
});

describe('subtract', () => {
  it.each(['subtract-bite', 'subtract-hole'])('%s gives GEOS difference', (name) => {
    const c = byName(name);
    const store = storeWith(zone('a', c.a));
    const before = content(store.getSnapshot());
    const cutter = zone('b', c.b!) as GeoJSON.Feature<Polygon>;
    const result = succeeded(subtractZone(store.getSnapshot(), ZONES, 'a', cutter));
    store.apply(result.patch);
    const rest = store.getSnapshot().layers.get(ZONES.id)!.features.get('a')!;
    expect(rest.properties).toEqual({ name: 'Zone a', status: 'planned' });
    expect(result.areasSquareMeters[0]).toBeCloseTo(c.expected.area_m2, 2);
    expect(xorAreaSquareMeters(rest.geometry as Polygon, c.expected.geometry!)).toBeLessThan(1e-3);
    expectUndoRestores(store, before);
  });

  it('refuses when the polygons do not overlap, or nothing would remain', () => {
    const c = byName('merge-disjoint');
    const doc = storeWith(zone('a', c.a)).getSnapshot();
    const apart = zone('b', c.b!) as GeoJSON.Feature<Polygon>;
    const itself = zone('a', c.a) as GeoJSON.Feature<Polygon>;
    expect(subtractZone(doc, ZONES, 'a', apart)).toMatchObject({ ok: false, code: 'no-overlap' });
    expect(subtractZone(doc, ZONES, 'a', itself)).toMatchObject({ ok: false, code: 'empty' });
  });
});

describe('simplify', () => {
  it('drops the vertices Douglas–Peucker drops at a tolerance in metres, moving none', () => {
    const c = byName('simplify-traced');
    const store = storeWith(zone('a', c.a));
    const before = content(store.getSnapshot());
    const result = succeeded(simplifyZone(store.getSnapshot(), ZONES, 'a', c.tolerance_m!));
    store.apply(result.patch);
    const ring = (store.getSnapshot().layers.get(ZONES.id)!.features.get('a')!.geometry as Polygon)
      .coordinates[0]!;
    // GEOS worked on an azimuthal equidistant plane, we on the local plane: a vertex right at
    // the tolerance may go either way.
    expect(Math.abs(ring.length - c.expected.vertices!)).toBeLessThanOrEqual(2);
    const input = new Set(c.a.coordinates[0]!.map((p) => p.join()));
    for (const p of ring) expect(input.has(p.join())).toBe(true);
    expect(result.areasSquareMeters[0]! / c.expected.area_m2).toBeCloseTo(1, 3);
    expectUndoRestores(store, before);
  });

  it('refuses a simplification GEOS calls invalid, with the validator’s reason', () => {
    const c = byName('simplify-breaks');
    expect(c.expected.valid).toBe(false);
    const doc = storeWith(zone('a', c.a)).getSnapshot();
    const result = simplifyZone(doc, ZONES, 'a', c.tolerance_m!);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(result.ok || result.message.en).toMatch(/invalid geometry: .+/);
  });

  it('refuses a tolerance that is not a positive number of metres', () => {
    const doc = storeWith(zone('a', byName('simplify-traced').a)).getSnapshot();
    for (const tolerance of [0, -1, Number.NaN]) {
      expect(simplifyZone(doc, ZONES, 'a', tolerance)).toMatchObject({
        ok: false,
        code: 'tolerance',
      });
    }
  });
});
