import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/core/document/applyPatch.ts';
import { layerDefOf, userLayerDefs } from '../../src/core/document/layerDefOf.ts';
import { patchBetween } from '../../src/core/document/patchBetween.ts';
import { emptyDocument } from '../../src/core/document/state.ts';
import type { UserLayerDef } from '../../src/core/layers/userLayer.ts';
import { userLayerFromDraft } from '../../src/core/layers/userLayerDraft.ts';
import { validateObject } from '../../src/core/validate/validate.ts';

const draft = {
  name: ' Vùng đệm xanh ',
  nameEn: 'Green buffer',
  geometryType: 'Polygon' as const,
  color: '#2b8a3e',
  fields: [
    { name: 'phase', type: 'string' as const, required: true, values: '1, 2 ,' },
    { name: 'width_m', type: 'number' as const, required: false, values: 'ignored' },
  ],
};

describe('the New layer form’s draft', () => {
  it('becomes a layer whose fields are in its schema, allowed values trimmed', () => {
    const outcome = userLayerFromDraft(draft, 'user-abc');
    expect(outcome).toEqual({
      def: {
        id: 'user-abc',
        name: 'Vùng đệm xanh',
        nameEn: 'Green buffer',
        geometryType: 'Polygon',
        color: '#2b8a3e',
        fields: [
          { name: 'phase', type: 'string', required: true, values: ['1', '2'] },
          { name: 'width_m', type: 'number', required: false },
        ],
      },
    });
  });

  it('is refused without a name, or with a field name that is no identifier, repeated or common', () => {
    expect(userLayerFromDraft({ ...draft, name: '  ' }, 'user-x')).toEqual({
      problem: { kind: 'name' },
    });
    const fields = [
      { name: 'giai đoạn', type: 'string' as const, required: false, values: '' },
      { name: 'phase', type: 'string' as const, required: false, values: '' },
      { name: 'phase', type: 'number' as const, required: false, values: '' },
      { name: 'name_en', type: 'string' as const, required: false, values: '' },
    ];
    expect(userLayerFromDraft({ ...draft, fields }, 'user-x')).toEqual({
      problem: { kind: 'fields', names: ['giai đoạn', 'phase', 'name_en'] },
    });
  });

  it('gives a layer whose validator holds features to the planner’s fields', () => {
    const outcome = userLayerFromDraft(draft, 'user-abc');
    if (!('def' in outcome)) throw new Error('no def');
    const doc = applyPatch(emptyDocument(), {
      put: [],
      delete: [],
      layers: [{ op: 'create', def: outcome.def }],
    }).doc;
    const layer = layerDefOf(doc, 'user-abc')!;
    expect(layer.title).toEqual({ vi: 'Vùng đệm xanh', en: 'Green buffer' });
    expect(userLayerDefs(doc)).toEqual([layer]);
    const feature = {
      type: 'Feature',
      id: 'f1',
      properties: {
        name: 'Dải cây',
        name_en: 'Tree belt',
        source: 'test',
        accuracy: 'schematic',
        accuracy_m: 10,
        phase: '3',
      },
      geometry: { type: 'Point', coordinates: [105.6, 21.2] },
    };
    const collection = { type: 'FeatureCollection', features: [feature] };
    const report = validateObject(collection, { fileName: 'user-abc.geojson', layer });
    const findings = report.findings.map((finding) => `${finding.code}: ${finding.message}`);
    expect(findings).toContain('property-invalid: "phase" is "3", which is not one of: 1, 2');
  });
});

describe('renaming a planner’s layer', () => {
  const def: UserLayerDef = { id: 'user-1', name: 'Cũ', geometryType: 'Point', color: '#000000' };
  const point: GeoJSON.Feature = {
    type: 'Feature',
    id: 'p',
    properties: {},
    geometry: { type: 'Point', coordinates: [105.6, 21.2] },
  };
  const created = applyPatch(emptyDocument(), {
    put: [{ layer: 'user-1', key: 'p', feature: point }],
    delete: [],
    layers: [{ op: 'create', def }],
  }).doc;

  it('is one patch that keeps the features, and its inverse gives the old name back', () => {
    const renamed = { ...def, name: 'Mới', nameEn: 'New' };
    const { doc, inverse } = applyPatch(created, {
      put: [],
      delete: [],
      layers: [{ op: 'update', def: renamed }],
    });
    expect(doc.layers.get('user-1')?.userDef).toBe(renamed);
    expect(doc.layers.get('user-1')?.features.get('p')).toBe(point);
    expect(inverse.layers).toEqual([{ op: 'update', def }]);
    const back = applyPatch(doc, inverse).doc;
    expect(back.layers.get('user-1')?.userDef).toBe(def);
    expect(patchBetween(created, doc).layers).toEqual([{ op: 'update', def: renamed }]);
  });

  it('is refused for a registry layer', () => {
    const withRegistry = applyPatch(emptyDocument(), { put: [], delete: [] }).doc;
    expect(() =>
      applyPatch(withRegistry, {
        put: [],
        delete: [],
        layers: [{ op: 'update', def: { ...def, id: 'industrial-zones' } }],
      }),
    ).toThrow(/not a planner's layer/);
  });
});
