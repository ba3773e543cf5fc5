import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DocumentStore,
  diffAgainstBase,
  isStoredWorkspace,
  layerToCollection,
} from '../../src/core/document/index.ts';
import {
  content,
  documents,
  intentLists,
  point,
  startDocument,
  toPatch,
} from './document-fixtures.ts';

describe('the stored workspace', () => {
  it('restores the document and its undo and redo steps after a reload', () => {
    fc.assert(
      fc.property(documents, intentLists, fc.nat(6), (start, lists, undos) => {
        const store = new DocumentStore(start);
        for (const intents of lists) store.apply(toPatch(store.getSnapshot(), intents));
        for (let i = 0; i < undos; i++) store.undo();
        const stored = JSON.parse(JSON.stringify(store.toWorkspace()));
        expect(isStoredWorkspace(stored)).toBe(true);

        const reloaded = new DocumentStore(start);
        reloaded.restoreWorkspace(stored);
        expect(content(reloaded.getSnapshot())).toEqual(content(store.getSnapshot()));
        while (store.canRedo()) {
          store.redo();
          reloaded.redo();
          expect(content(reloaded.getSnapshot())).toEqual(content(store.getSnapshot()));
        }
        while (store.canUndo()) {
          store.undo();
          reloaded.undo();
          expect(content(reloaded.getSnapshot())).toEqual(content(store.getSnapshot()));
        }
        expect(content(reloaded.getSnapshot())).toEqual(content(start));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses what is not a workspace', () => {
    expect(isStoredWorkspace({ format: 'giapranh-workspace', version: 2 })).toBe(false);
    expect(isStoredWorkspace(null)).toBe(false);
  });
});

describe('loading and rebasing layers', () => {
  it('keeps edits on top when a layer is loaded again', () => {
    const store = new DocumentStore(startDocument([2]));
    store.apply({ put: [{ layer: 'L0', key: 'new', feature: point('new', 7) }], delete: [] });
    const fresh = layerToCollection(startDocument([3]).layers.get('L0')!);
    store.loadLayer('L0', fresh);
    expect(store.getSnapshot().layers.get('L0')!.order).toEqual(['L0-f0', 'L0-f1', 'L0-f2', 'new']);
    expect(diffAgainstBase(store.getSnapshot(), store.getBase())).toMatchObject([
      { added: ['new'] },
    ]);
  });

  it('starts the Changes view afresh after a save, keeping history', () => {
    const store = new DocumentStore(startDocument([2]));
    store.apply({ put: [{ layer: 'L0', key: 'new', feature: point('new', 7) }], delete: [] });
    store.rebase(['L0']);
    expect(diffAgainstBase(store.getSnapshot(), store.getBase())).toEqual([]);
    store.undo();
    expect(diffAgainstBase(store.getSnapshot(), store.getBase())).toMatchObject([
      { deleted: ['new'] },
    ]);
  });
});
