import { describe, expect, it } from 'vitest';
import { diffAgainstBase } from '../../src/core/document/diffAgainstBase.ts';
import { DocumentStore } from '../../src/core/document/store.ts';
import { editsLeftOut, editsLeftOutNote } from '../../src/core/url/edits-left-out.ts';

const zone = (id: string, name: string): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: { type: 'Point', coordinates: [105.7, 21.2] },
});

/** The bundled zones, then a planner's session: one zone drawn, one renamed, one deleted. */
function editedStore(): DocumentStore {
  const store = new DocumentStore();
  store.loadLayer('industrial-zones', {
    type: 'FeatureCollection',
    features: [zone('kcn-a', 'A'), zone('kcn-b', 'B'), zone('kcn-c', 'C')],
  });
  store.apply({
    put: [
      { layer: 'industrial-zones', key: 'kcn-new', feature: zone('kcn-new', 'New') },
      { layer: 'industrial-zones', key: 'kcn-a', feature: zone('kcn-a', 'A renamed') },
      { layer: 'user-buffer', key: 'b1', feature: zone('b1', 'Buffer') },
    ],
    delete: [{ layer: 'industrial-zones', key: 'kcn-c' }],
    layers: [
      {
        op: 'create',
        def: { id: 'user-buffer', name: 'Vùng đệm', geometryType: 'Point', color: '#d9480f' },
      },
    ],
  });
  return store;
}

const titles: Record<string, string> = {
  'industrial-zones': 'Industrial zones',
  'user-buffer': 'Green buffer',
};

describe('what a copied link leaves out', () => {
  it('counts, per layer, the features drawn, changed and deleted in this browser', () => {
    const store = editedStore();
    const edits = editsLeftOut(diffAgainstBase(store.getSnapshot(), store.getBase()));
    expect(edits).toEqual([
      { layerId: 'industrial-zones', own: false, added: 1, changed: 1, deleted: 1 },
      { layerId: 'user-buffer', own: true, added: 1, changed: 0, deleted: 0 },
    ]);
  });

  it('says so in planners’ words, with how to share the edits instead', () => {
    const store = editedStore();
    const edits = editsLeftOut(diffAgainstBase(store.getSnapshot(), store.getBase()));
    const en = editsLeftOutNote('en', edits, (id) => titles[id] ?? id);
    expect(en[0]).toContain('not the edits kept in this browser');
    expect(en[1]).toBe(
      '“Industrial zones”: 1 feature drawn or imported, 1 feature changed, 1 feature deleted that they will still see',
    );
    expect(en[2]).toBe('your own layer “Green buffer”: 1 feature');
    expect(en[3]).toContain('export the layer as a file');
    expect(en[3]).toContain('pinned embed');
    const vi = editsLeftOutNote('vi', edits, (id) => titles[id] ?? id);
    expect(vi[2]).toBe('lớp riêng “Green buffer”: 1 đối tượng');
    expect(vi[3]).toContain('xuất lớp ra tệp');
    expect(vi[3]).toContain('bản nhúng cố định');
  });

  it('says nothing when the workspace holds no edits', () => {
    const store = new DocumentStore();
    store.loadLayer('industrial-zones', { type: 'FeatureCollection', features: [zone('a', 'A')] });
    const edits = editsLeftOut(diffAgainstBase(store.getSnapshot(), store.getBase()));
    expect(editsLeftOutNote('vi', edits, String)).toEqual([]);
  });
});
