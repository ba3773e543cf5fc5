import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  type DocumentState,
  DocumentStore,
  emptyDocument,
  type Patch,
  PatchError,
} from '../../src/core/document/index.ts';
import {
  content,
  documents,
  intentLists,
  point,
  startDocument,
  toPatch,
} from './document-fixtures.ts';

describe('applyPatch', () => {
  it('gives back the identical document when the inverse follows the patch', () => {
    fc.assert(
      fc.property(documents, intentLists, (start, lists) => {
        let doc = start;
        for (const intents of lists) {
          const patch = toPatch(doc, intents);
          const { doc: after, inverse } = applyPatch(doc, patch);
          const { doc: back, inverse: again } = applyPatch(after, inverse);
          expect(content(back)).toEqual(content(doc));
          expect(content(applyPatch(back, again).doc)).toEqual(content(after));
          doc = after;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the identity of layers the patch does not touch, and moves versions on', () => {
    const doc = startDocument([2, 3]);
    const { doc: after, inverse } = applyPatch(doc, {
      put: [{ layer: 'L0', key: 'x', feature: point('x', 1) }],
      delete: [],
    });
    expect(after.layers.get('L1')).toBe(doc.layers.get('L1'));
    expect(after.layers.get('L0')).not.toBe(doc.layers.get('L0'));
    expect(after.layers.get('L0')!.version).toBeGreaterThan(doc.layers.get('L0')!.version);
    const back = applyPatch(after, inverse).doc;
    expect(back.layers.get('L0')!.version).toBeGreaterThan(after.layers.get('L0')!.version);
  });

  it('puts a deleted feature back where it was', () => {
    const doc = startDocument([4]);
    const { doc: after, inverse } = applyPatch(doc, {
      put: [],
      delete: [
        { layer: 'L0', key: 'L0-f1' },
        { layer: 'L0', key: 'L0-f2' },
      ],
    });
    expect(after.layers.get('L0')!.order).toEqual(['L0-f0', 'L0-f3']);
    expect(applyPatch(after, inverse).doc.layers.get('L0')!.order).toEqual([
      'L0-f0',
      'L0-f1',
      'L0-f2',
      'L0-f3',
    ]);
  });

  it('refuses a patch that cannot apply, naming the layer and the feature, and changes nothing', () => {
    const doc = startDocument([1]);
    const into = (layer: string, key: string): Patch => ({
      put: [{ layer, key, feature: point(key, 0) }],
      delete: [],
    });
    expect(() => applyPatch(doc, into('nope', 'a'))).toThrow(PatchError);
    expect(() => applyPatch(doc, into('nope', 'a'))).toThrow(/"a" in layer "nope"/);
    expect(() =>
      applyPatch(doc, { ...into('L0', 'a'), delete: [{ layer: 'L0', key: 'a' }] }),
    ).toThrow(/both puts and deletes/);
    expect(() =>
      applyPatch(doc, { put: [], delete: [], layers: [{ op: 'remove', id: 'L0' }] }),
    ).toThrow(/not a planner's layer/);
    expect(content(doc)).toEqual(content(startDocument([1])));
  });

  it('returns the same document for an empty patch', () => {
    const doc = emptyDocument();
    expect(applyPatch(doc, { put: [], delete: [] }).doc).toBe(doc);
  });
});

describe('DocumentStore history', () => {
  it('N undos give back the start and N redos the end', () => {
    fc.assert(
      fc.property(documents, intentLists, (start, lists) => {
        const store = new DocumentStore(start);
        for (const intents of lists) store.apply(toPatch(store.getSnapshot(), intents));
        const end = content(store.getSnapshot());
        const steps = store.patchLog.length;
        for (let i = 0; i < steps; i++) store.undo();
        expect(content(store.getSnapshot())).toEqual(content(start));
        expect(store.canUndo()).toBe(false);
        for (let i = 0; i < steps; i++) store.redo();
        expect(content(store.getSnapshot())).toEqual(end);
        expect(store.canRedo()).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('squashes an interaction into one step, undone and redone at once', () => {
    fc.assert(
      fc.property(documents, intentLists, intentLists, (start, before, during) => {
        const store = new DocumentStore(start);
        for (const intents of before) store.apply(toPatch(store.getSnapshot(), intents));
        const atMark = content(store.getSnapshot());
        store.mark('drag');
        for (const intents of during) store.apply(toPatch(store.getSnapshot(), intents));
        const end = content(store.getSnapshot());
        store.squashToMark('drag');
        expect(content(store.getSnapshot())).toEqual(end);
        // An interaction that changed nothing leaves no step; undo then takes back an earlier one.
        if (JSON.stringify(end) === JSON.stringify(atMark)) return;
        store.undo();
        expect(content(store.getSnapshot())).toEqual(atMark);
        store.redo();
        expect(content(store.getSnapshot())).toEqual(end);
      }),
      { numRuns: 200 },
    );
  });

  it('bails back to the mark, leaving earlier steps undoable and nothing to redo', () => {
    const store = new DocumentStore(startDocument([3]));
    const start = content(store.getSnapshot());
    store.apply({ put: [{ layer: 'L0', key: 'a', feature: point('a', 1) }], delete: [] });
    const afterFirst = content(store.getSnapshot());
    store.mark('draw');
    store.apply({ put: [{ layer: 'L0', key: 'b', feature: point('b', 2) }], delete: [] });
    store.apply({ put: [], delete: [{ layer: 'L0', key: 'L0-f0' }] });
    store.bailToMark('draw');
    expect(content(store.getSnapshot())).toEqual(afterFirst);
    expect(store.canRedo()).toBe(false);
    store.undo();
    expect(content(store.getSnapshot())).toEqual(start);
  });

  it('keeps a step whose undo cannot apply, changing nothing', () => {
    const store = new DocumentStore(startDocument([1]));
    const def = { id: 'user-1', name: 'Khu', geometryType: 'Point' as const, color: '#f00' };
    store.apply({ put: [], delete: [], layers: [{ op: 'create', def }] }, { history: false });
    store.apply({ put: [{ layer: 'user-1', key: 'a', feature: point('a', 1) }], delete: [] });
    // Another tab removed the layer, outside this history.
    store.apply(
      { put: [], delete: [], layers: [{ op: 'remove', id: 'user-1' }] },
      { history: false },
    );
    const before = store.getSnapshot();
    expect(() => store.undo()).toThrow(/no layer "user-1"/);
    expect(store.getSnapshot()).toBe(before);
    expect(store.canUndo()).toBe(true);
  });

  it('tells subscribers about every change, and stops when they unsubscribe', () => {
    const store = new DocumentStore(startDocument([1]));
    const seen: DocumentState[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
    store.apply({ put: [{ layer: 'L0', key: 'a', feature: point('a', 1) }], delete: [] });
    store.undo();
    unsubscribe();
    store.redo();
    expect(seen).toHaveLength(2);
    expect(store.getHistoryState()).toEqual({ canUndo: true, canRedo: false });
  });

  it('logs every applied patch with the versions it was made against', () => {
    const store = new DocumentStore(startDocument([1]));
    const version = store.getSnapshot().layers.get('L0')!.version;
    store.apply({ put: [{ layer: 'L0', key: 'a', feature: point('a', 1) }], delete: [] });
    store.undo();
    expect(store.patchLog).toHaveLength(2);
    expect(store.patchLog[0]!.base).toEqual({ L0: version });
    expect(store.patchLog[1]!.base).toEqual({ L0: store.patchLog[0]!.base!.L0! + 1 });
    expect(JSON.parse(JSON.stringify(store.patchLog))).toEqual(store.patchLog);
  });

  it('loads bundled data as the base, outside history', () => {
    const store = new DocumentStore();
    store.loadLayer('L0', { type: 'FeatureCollection', features: [point('a', 1)] });
    expect(store.canUndo()).toBe(false);
    expect(store.patchLog).toHaveLength(0);
    expect(store.getBase().layers.get('L0')).toBe(store.getSnapshot().layers.get('L0'));
  });
});
