import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/core/document/applyPatch.ts';
import { layerFromCollection } from '../../src/core/document/state.ts';
import { planIdCollisions } from '../../src/core/import/id-collisions.ts';
import { importFile } from '../../src/core/import/import-file.ts';
import { importPatch } from '../../src/core/import/import-patch.ts';
import { readOnlyIds } from '../../src/core/import/read-only-ids.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

const stations = getLayer('monitoring-stations')!;
const point = (id: string | undefined, name: string): GeoJSON.Feature => ({
  type: 'Feature',
  ...(id !== undefined && { id }),
  properties: { name },
  geometry: { type: 'Point', coordinates: [105.7, 21.25] },
});
const fileOf = (features: GeoJSON.Feature[]) =>
  new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-copy${++n}`;
}
const onMap = new Set(['a', 'b']);
const file = [point('a', 'A from the file'), point('c', 'C'), point(undefined, 'no id')];

describe('planning the ids of an import against those on the map', () => {
  it('finds the clashes and, by default, changes nothing', () => {
    const plan = planIdCollisions(file, onMap, 'refuse');
    expect(plan.clashing).toEqual([0]);
    expect(plan.features).toEqual(file);
  });

  it('replace keeps the ids and counts what replaces and what is added', () => {
    const plan = planIdCollisions(file, onMap, 'replace');
    expect(plan.features.map((f) => f.id)).toEqual(['a', 'c', undefined]);
    expect([plan.replacedCount, plan.addedCount]).toEqual([1, 2]);
  });

  it('copy gives only the clashing features new ids, never one in use', () => {
    const taken = new Set([...onMap, 'a-copy1']);
    const plan = planIdCollisions(file, taken, 'copy', counter());
    expect(plan.features.map((f) => f.id)).toEqual(['a-copy2', 'c', undefined]);
    expect(plan.features[0]?.properties).toEqual({ name: 'A from the file' });
    expect([plan.replacedCount, plan.addedCount]).toEqual([0, 3]);
    expect(file[0]?.id).toBe('a');
  });
});

describe('importing a file whose ids are on the map', () => {
  it('is refused by default, offering the choice', () => {
    const outcome = importFile(fileOf(file), 'stations.geojson', stations, onMap);
    expect(outcome.accepted).toBe(false);
    expect(outcome.idClashCount).toBe(1);
    expect(outcome.errors.map((e) => e.code)).toEqual(['duplicate-id']);
  });

  it('lands with replace, saying how many replaced', () => {
    const outcome = importFile(fileOf(file), 'stations.geojson', stations, onMap, {
      idCollision: 'replace',
    });
    expect(outcome.accepted).toBe(true);
    expect(outcome.replacedCount).toBe(1);
    expect(outcome.features.map((f) => f.id)).toEqual(['a', 'c', undefined]);
  });

  it('lands with copies, the clashing feature under a new id', () => {
    const outcome = importFile(fileOf(file), 'stations.geojson', stations, onMap, {
      idCollision: 'copy',
    });
    expect(outcome.accepted).toBe(true);
    expect(outcome.copiedCount).toBe(1);
    expect(outcome.features[0]?.id).not.toBe('a');
    expect(new Set(outcome.features.map((f) => f.id)).size).toBe(3);
  });

  it('still refuses ids repeated within the file, whatever the choice', () => {
    const twice = [point('x', 'one'), point('x', 'two')];
    for (const idCollision of ['replace', 'copy'] as const) {
      const outcome = importFile(fileOf(twice), 'twice.geojson', stations, new Set(), {
        idCollision,
      });
      expect(outcome.accepted).toBe(false);
      expect(outcome.idClashCount).toBeUndefined();
    }
  });

  it('replace is one patch that takes a same-id feature out of the layer holding it', () => {
    const layer = (features: GeoJSON.Feature[]) =>
      layerFromCollection({ type: 'FeatureCollection', features }, 0);
    const start = {
      layers: new Map([
        ['monitoring-stations', layer([point('a', 'A edited')])],
        ['other', layer([point('b', 'B')])],
      ]),
      clock: 0,
    };
    const { patch } = importPatch(
      { kind: 'layer', layerId: 'monitoring-stations' },
      [point('a', 'A from the file'), point('b', 'B from the file')],
      {
        fileName: 'f',
        layerName: 'f',
        userLayerCount: 0,
        kindWords: { Point: 'p', LineString: 'l', Polygon: 'g' },
        holderOf: (key) => [...start.layers].find(([, l]) => l.features.has(key))?.[0],
      },
    );
    const { doc, inverse } = applyPatch(start, patch);
    const names = (id: string) =>
      [...(doc.layers.get(id)?.features.values() ?? [])].map((f) => f.properties?.name);
    expect(names('monitoring-stations')).toEqual(['A from the file', 'B from the file']);
    expect(names('other')).toEqual([]);
    const undone = applyPatch(doc, inverse).doc;
    expect(undone.layers.get('other')?.features.get('b')?.properties?.name).toBe('B');
    expect(undone.layers.get('monitoring-stations')?.features.get('a')?.properties?.name).toBe(
      'A edited',
    );
  });
});

describe('a file whose ids are those of a read-only layer’s features', () => {
  const boundaries = getLayer('boundaries')!;
  const line = (id: string, name: string): GeoJSON.Feature => ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'LineString',
      coordinates: [
        [105.7, 21.2],
        [105.8, 21.3],
      ],
    },
  });
  const doc = {
    layers: new Map([
      [
        'boundaries',
        layerFromCollection({ type: 'FeatureCollection', features: [line('bd-1', 'Mê Linh')] }, 0),
      ],
      [
        'monitoring-stations',
        layerFromCollection({ type: 'FeatureCollection', features: [point('a', 'A')] }, 0),
      ],
    ]),
    clock: 0,
  };
  const layerDef = (id: string) => getLayer(id);
  const file = [point('a', 'A from the file'), point('bd-1', 'a station named like a border')];
  const options = { readOnlyIds: new Set(readOnlyIds(doc, layerDef)) };

  it('are the keys of the layers the registry marks read-only, and only those', () => {
    expect(boundaries.editable).toBe(false);
    expect(readOnlyIds(doc, layerDef)).toEqual(['bd-1']);
  });

  it('are refused with the reason, the report offering copies only', () => {
    const outcome = importFile(
      fileOf(file),
      'stations.geojson',
      stations,
      new Set(['a', 'bd-1']),
      options,
    );
    expect(outcome.accepted).toBe(false);
    expect([outcome.idClashCount, outcome.readOnlyClashCount]).toEqual([2, 1]);
    expect(outcome.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('already used by a feature on the map'),
      expect.stringContaining('read-only layer'),
    ]);
  });

  it('are never replaced: "replace" is refused for them, in Vietnamese too', () => {
    const outcome = importFile(fileOf(file), 'stations.geojson', stations, new Set(['a', 'bd-1']), {
      ...options,
      idCollision: 'replace',
      lang: 'vi',
    });
    expect(outcome.accepted).toBe(false);
    expect(outcome.features).toEqual([]);
    expect(outcome.readOnlyClashCount).toBe(1);
    expect(outcome.errors.map((e) => [e.featureId, e.message])).toEqual([
      ['bd-1', expect.stringContaining('lớp chỉ đọc')],
    ]);
  });

  it('land as copies beside the read-only feature', () => {
    const outcome = importFile(fileOf(file), 'stations.geojson', stations, new Set(['a', 'bd-1']), {
      ...options,
      idCollision: 'copy',
    });
    expect(outcome.accepted).toBe(true);
    expect(outcome.copiedCount).toBe(2);
    expect(outcome.features.map((f) => f.id)).not.toContain('bd-1');
  });
});
