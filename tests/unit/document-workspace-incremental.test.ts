import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DocumentState,
  DocumentStore,
  emptySaveCache,
  layerFromCollection,
  planSave,
  RECORD_PREFIX,
  recordsOf,
  type SaveCache,
  type SessionMeta,
  workspaceFromStorage,
} from '../../src/core/document/index.ts';
import type { UserLayerDef } from '../../src/core/layers/userLayer.ts';
import { content, documents, intentLists, point, toPatch } from './document-fixtures.ts';

/**
 * The workspace object store as a Map, written the way the browser saver writes it: the
 * records, then the meta under `current` with the deletes. `crashAfter` stops part-way, before
 * the meta, as a closed tab would.
 */
class FakeStorage {
  readonly values = new Map<string, unknown>();
  private cache: SaveCache = emptySaveCache();
  private next = 0;
  writes = 0;

  save(store: DocumentStore, crashAfter?: number): void {
    const source = { base: store.getBase(), doc: store.getSnapshot(), ...store.historySteps() };
    const plan = planSave(source, this.cache, () => `${RECORD_PREFIX}${this.next++}`);
    for (const [index, write] of plan.writes.entries()) {
      if (crashAfter !== undefined && index >= crashAfter) return;
      this.values.set(write.key, structuredClone(write.value));
      this.writes++;
    }
    if (crashAfter !== undefined && crashAfter <= plan.writes.length) return;
    for (const key of plan.deletes) this.values.delete(key);
    this.values.set('current', structuredClone(plan.meta));
    this.cache = plan.next;
  }

  load(start: DocumentState): DocumentStore {
    const store = new DocumentStore(start);
    const stored = workspaceFromStorage(store.getBase(), this.values.get('current'), this.values);
    if (stored) store.restoreWorkspace(stored);
    return store;
  }
}

/** Walks redo then undo on both stores, comparing the documents at every step. */
function expectSameHistory(saved: DocumentStore, loaded: DocumentStore, start: DocumentState) {
  expect(content(loaded.getSnapshot())).toEqual(content(saved.getSnapshot()));
  while (saved.canRedo()) {
    saved.redo();
    loaded.redo();
    expect(content(loaded.getSnapshot())).toEqual(content(saved.getSnapshot()));
  }
  expect(loaded.canRedo()).toBe(false);
  while (saved.canUndo()) {
    saved.undo();
    loaded.undo();
    expect(content(loaded.getSnapshot())).toEqual(content(saved.getSnapshot()));
  }
  expect(loaded.canUndo()).toBe(false);
  expect(content(loaded.getSnapshot())).toEqual(content(start));
}

const actions = fc.array(fc.constantFrom('save', 'undo', 'redo', 'mark', 'squash', 'none'), {
  maxLength: 24,
});

describe('the incrementally saved workspace', () => {
  it('loads to the same document and history, for random edits saved now and then', () => {
    fc.assert(
      fc.property(documents, intentLists, actions, (start, lists, then) => {
        const store = new DocumentStore(start);
        const storage = new FakeStorage();
        const steps = Math.max(lists.length, then.length);
        for (let i = 0; i < steps; i++) {
          const intents = lists[i];
          if (intents) store.apply(toPatch(store.getSnapshot(), intents));
          const action = then[i];
          if (action === 'save') storage.save(store);
          else if (action === 'undo') store.undo();
          else if (action === 'redo') store.redo();
          else if (action === 'mark') store.mark('gesture');
          else if (action === 'squash') store.squashToMark('gesture');
        }
        store.squashToMark('gesture');
        storage.save(store);

        const meta = storage.values.get('current') as SessionMeta;
        // Nothing left behind: every stored record is one the meta names.
        expect(new Set([...storage.values.keys()].filter((k) => k !== 'current'))).toEqual(
          recordsOf(meta),
        );
        expectSameHistory(store, storage.load(start), start);
      }),
      { numRuns: 200 },
    );
  });

  it('loads the last whole save when a later one stopped part-way', () => {
    fc.assert(
      fc.property(documents, intentLists, intentLists, fc.nat(40), (start, one, two, cut) => {
        const store = new DocumentStore(start);
        const storage = new FakeStorage();
        for (const intents of one) store.apply(toPatch(store.getSnapshot(), intents));
        storage.save(store);
        const whole = new DocumentStore(start);
        for (const step of store.historySteps().undo) whole.apply(step.forward);

        for (const intents of two) store.apply(toPatch(store.getSnapshot(), intents));
        storage.save(store, cut);
        const loaded = storage.load(start);
        if (storage.values.get('current') === undefined) throw new Error('nothing stored');
        // Either the new save finished (cut past its writes) or the first is there whole.
        const expected = content(loaded.getSnapshot());
        expect([content(store.getSnapshot()), content(whole.getSnapshot())]).toContainEqual(
          expected,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('rewrites one bucket and the new step after an edit in a large edited layer', () => {
    const features = Array.from({ length: 5000 }, (_, i) => point(`f${i}`, i));
    const start: DocumentState = { layers: new Map(), clock: 1 };
    const store = new DocumentStore(start);
    const storage = new FakeStorage();
    // An import: 5,000 features put into a layer that had none.
    store.apply({
      put: [],
      delete: [],
      layers: [{ op: 'create', def: userDef('imported') }],
    });
    store.apply({
      put: features.map((f, i) => ({ layer: 'imported', key: `f${i}`, feature: f })),
      delete: [],
    });
    storage.save(store);
    const afterImport = storage.writes;
    expect(afterImport).toBeGreaterThan(20);

    store.apply({
      put: [{ layer: 'imported', key: 'f42', feature: point('f42', -1) }],
      delete: [],
    });
    storage.save(store);
    // One bucket of features, the new step's forward and inverse.
    expect(storage.writes - afterImport).toBe(3);
    expectSameHistory(store, storage.load(start), start);
  });

  it('still loads a workspace stored in version 1 (one value)', () => {
    const start: DocumentState = {
      layers: new Map([
        ['L0', layerFromCollection({ type: 'FeatureCollection', features: [point('a', 1)] }, 1)],
      ]),
      clock: 1,
    };
    const version1 = {
      format: 'giapranh-workspace',
      version: 1,
      edits: { put: [{ layer: 'L0', key: 'b', feature: point('b', 2) }], delete: [] },
      undo: [
        {
          forward: { put: [{ layer: 'L0', key: 'b', feature: point('b', 2) }], delete: [] },
          inverse: { put: [], delete: [{ layer: 'L0', key: 'b' }] },
        },
      ],
      redo: [],
    };
    const storage = new FakeStorage();
    storage.values.set('current', version1);
    const loaded = storage.load(start);
    expect(loaded.getSnapshot().layers.get('L0')!.order).toEqual(['a', 'b']);
    loaded.undo();
    expect(loaded.getSnapshot().layers.get('L0')!.order).toEqual(['a']);
  });

  it('says which record is missing rather than loading half a session', () => {
    const start: DocumentState = { layers: new Map(), clock: 1 };
    const store = new DocumentStore(start);
    store.apply({ put: [], delete: [], layers: [{ op: 'create', def: userDef('mine') }] });
    store.apply({ put: [{ layer: 'mine', key: 'a', feature: point('a', 1) }], delete: [] });
    const storage = new FakeStorage();
    storage.save(store);
    const bucket = Object.values(
      (storage.values.get('current') as SessionMeta).layers[0]!.buckets,
    )[0]!;
    storage.values.delete(bucket);
    expect(() => storage.load(start)).toThrow(/features of layer mine .* is missing/);
    expect(() => storage.load(start).getSnapshot()).toThrow();
    storage.values.set('current', { format: 'giapranh-workspace', version: 3 });
    expect(() => storage.load(start)).toThrow(/not a Giáp Ranh workspace/);
  });
});

function userDef(id: string): UserLayerDef {
  return { id, name: id, geometryType: 'Point', color: '#336699' };
}
