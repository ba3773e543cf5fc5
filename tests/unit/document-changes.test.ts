import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DocumentState,
  DocumentStore,
  diffAgainstBase,
  revertPatch,
} from '../../src/core/document/index.ts';
import {
  content,
  documents,
  intentLists,
  point,
  startDocument,
  toPatch,
} from './document-fixtures.ts';

function edited(): DocumentStore {
  const store = new DocumentStore(startDocument([4, 2]));
  const base = store.getBase().layers.get('L0')!;
  const f1 = base.features.get('L0-f1')!;
  const f2 = base.features.get('L0-f2')!;
  store.apply({
    put: [
      { layer: 'L0', key: 'L0-f1', feature: { ...f1, properties: { n: 1, name: 'Khu mới' } } },
      {
        layer: 'L0',
        key: 'L0-f2',
        feature: { ...f2, geometry: { type: 'Point', coordinates: [105.7, 21.2] } },
      },
      { layer: 'L1', key: 'drawn', feature: point('drawn', 9) },
    ],
    delete: [{ layer: 'L0', key: 'L0-f3' }],
  });
  return store;
}

describe('diffAgainstBase', () => {
  it('lists what was added, modified (properties, geometry) and deleted, per layer', () => {
    const store = edited();
    expect(diffAgainstBase(store.getSnapshot(), store.getBase())).toEqual([
      {
        layer: 'L0',
        newLayer: false,
        removedLayer: false,
        added: [],
        modified: [
          { key: 'L0-f1', properties: ['name'], geometry: false },
          { key: 'L0-f2', properties: [], geometry: true },
        ],
        deleted: ['L0-f3'],
      },
      {
        layer: 'L1',
        newLayer: false,
        removedLayer: false,
        added: ['drawn'],
        modified: [],
        deleted: [],
      },
    ]);
  });

  it('does not count a feature put back equal in value as modified', () => {
    const store = new DocumentStore(startDocument([1]));
    store.apply({ put: [{ layer: 'L0', key: 'L0-f0', feature: point('L0-f0', 0) }], delete: [] });
    expect(diffAgainstBase(store.getSnapshot(), store.getBase())).toEqual([]);
  });

  it("lists a planner's new layer with its features", () => {
    const store = new DocumentStore(startDocument([1]));
    store.apply({
      put: [{ layer: 'user-1', key: 'a', feature: point('a', 1) }],
      delete: [],
      layers: [
        { op: 'create', def: { id: 'user-1', name: 'Khu', geometryType: 'Point', color: '#f00' } },
      ],
    });
    const [changes] = diffAgainstBase(store.getSnapshot(), store.getBase());
    expect(changes).toMatchObject({ layer: 'user-1', newLayer: true, added: ['a'] });
  });
});

describe('revertPatch', () => {
  it('reverting everything gives back the bundled document, as one undoable step', () => {
    fc.assert(
      fc.property(documents, intentLists, (start, lists) => {
        const store = new DocumentStore(start);
        for (const intents of lists) store.apply(toPatch(store.getSnapshot(), intents));
        const editedContent = content(store.getSnapshot());
        const logged = store.patchLog.length;
        store.apply(revertPatch(store.getSnapshot(), store.getBase()));
        expect(content(store.getSnapshot())).toEqual(content(start));
        expect(diffAgainstBase(store.getSnapshot(), store.getBase())).toEqual([]);
        if (store.patchLog.length === logged) return; // nothing to revert
        store.undo();
        expect(content(store.getSnapshot())).toEqual(editedContent);
      }),
      { numRuns: 200 },
    );
  });

  it('reverts only the features named, leaving the other edits', () => {
    const store = edited();
    store.apply(
      revertPatch(store.getSnapshot(), store.getBase(), [
        { layer: 'L0', key: 'L0-f3' },
        { layer: 'L0', key: 'L0-f1' },
      ]),
    );
    const doc: DocumentState = store.getSnapshot();
    const base = store.getBase();
    expect(doc.layers.get('L0')!.order).toEqual(['L0-f0', 'L0-f1', 'L0-f2', 'L0-f3']);
    expect(doc.layers.get('L0')!.features.get('L0-f1')).toBe(
      base.layers.get('L0')!.features.get('L0-f1'),
    );
    expect(
      diffAgainstBase(doc, base).map((layer) => [layer.layer, layer.modified, layer.added]),
    ).toEqual([
      ['L0', [{ key: 'L0-f2', properties: [], geometry: true }], []],
      ['L1', [], ['drawn']],
    ]);
  });
});
