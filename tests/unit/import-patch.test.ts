import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/core/document/applyPatch.ts';
import { emptyDocument, layerFromCollection } from '../../src/core/document/state.ts';
import { importPatch } from '../../src/core/import/import-patch.ts';
import { layerNameFromFile } from '../../src/core/import/import-target.ts';

const point = (id?: string): GeoJSON.Feature => ({
  type: 'Feature',
  ...(id && { id }),
  properties: { name: 'Trạm' },
  geometry: { type: 'Point', coordinates: [105.7, 21.25] },
});
const line: GeoJSON.Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [105.7, 21.1],
        [105.8, 21.1],
      ],
    ],
  },
};

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${++n}`;
}

const context = {
  fileName: 'Tuyến đê.kml',
  layerName: 'Tuyến đê',
  userLayerCount: 0,
  kindWords: { Point: 'points', LineString: 'lines', Polygon: 'polygons' },
} as const;

describe('an accepted import as one patch', () => {
  it('names the new layer after the file', () => {
    expect(layerNameFromFile('C:\\data\\Tuyến đê.kml')).toBe('Tuyến đê');
    expect(layerNameFromFile('a/b/plan.v2.geojson')).toBe('plan.v2');
    expect(layerNameFromFile('.hidden')).toBe('.hidden');
  });

  it('creates one planner layer for a file of one geometry kind, keeping ids', () => {
    const { patch, landing } = importPatch({ kind: 'new' }, [point('a'), point()], {
      ...context,
      newId: counter(),
    });
    expect(patch.layers).toEqual([
      {
        op: 'create',
        def: { id: 'user-1', name: 'Tuyến đê', geometryType: 'Point', color: '#4e79a7' },
      },
    ]);
    expect(patch.put.map((op) => [op.layer, op.key, op.feature.id])).toEqual([
      ['user-1', 'a', 'a'],
      ['user-1', 'user-1-2', 'user-1-2'],
    ]);
    expect(landing.layers).toEqual([
      { id: 'user-1', name: 'Tuyến đê', created: true, keys: ['a', 'user-1-2'] },
    ]);
    const doc = applyPatch(emptyDocument(), patch).doc;
    expect(doc.layers.get('user-1')?.order).toEqual(['a', 'user-1-2']);
  });

  it('splits a mixed file into one new layer per geometry kind, the largest first', () => {
    const { patch } = importPatch({ kind: 'new' }, [line, point(), point()], {
      ...context,
      userLayerCount: 1,
      newId: counter(),
    });
    const defs = (patch.layers ?? []).map((op) => (op.op === 'create' ? op.def : undefined));
    expect(defs.map((def) => [def?.name, def?.geometryType, def?.color])).toEqual([
      ['Tuyến đê (points)', 'Point', '#f28e2b'],
      ['Tuyến đê (lines)', 'LineString', '#e15759'],
    ]);
    expect(patch.put.filter((op) => op.layer === defs[1]?.id)).toHaveLength(1);
  });

  it('moving a landing to an existing layer takes it out in the same patch, undone at once', () => {
    const newId = counter();
    const first = importPatch({ kind: 'new' }, [point('a')], { ...context, newId });
    const zones = layerFromCollection({ type: 'FeatureCollection', features: [] }, 0);
    const start = { layers: new Map([['stations', zones]]), clock: 0 };
    const landed = applyPatch(start, first.patch).doc;
    const moved = importPatch({ kind: 'layer', layerId: 'stations' }, [point('a')], {
      ...context,
      newId,
      replaces: first.landing,
    });
    const result = applyPatch(landed, moved.patch);
    expect([...result.doc.layers.keys()]).toEqual(['stations']);
    expect(result.doc.layers.get('stations')?.order).toEqual(['a']);
    const undone = applyPatch(result.doc, result.inverse).doc;
    expect(undone.layers.get('user-1')?.order).toEqual(['a']);
    expect(undone.layers.get('stations')?.order).toEqual([]);
  });
});
