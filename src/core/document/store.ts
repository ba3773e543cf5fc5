import { timeSlices } from '../scheduling/nextTask.ts';
import { applyPatch, applyPatchInSteps, type PatchResult } from './applyPatch.ts';
import { type HistoryEntry, type HistoryStep, takeMark } from './history.ts';
import type { Patch } from './patch.ts';
import { isEmptyPatch } from './patch.ts';
import { patchBetween } from './patchBetween.ts';
import {
  type DocumentState,
  emptyDocument,
  type LayerState,
  layerFromCollection,
  versionsOf,
} from './state.ts';
import type { StoredWorkspace } from './workspace.ts';

/** Options for `DocumentStore.apply`. */
export interface ApplyOptions {
  /** Record the patch as an undoable step (default true). */
  history?: boolean;
}

/** Whether undo and redo are possible now; a new object only when either changes. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The editor's document, outside React: every change goes through `apply`, which records the
 * inverse for undo. History follows tldraw: a list of steps and marks, where an interaction
 * marks where it began, then either squashes what it did into one step (a drag) or bails back
 * (Esc). Subscribe with `useSyncExternalStore(store.subscribe, store.getSnapshot)`.
 */
export class DocumentStore {
  private doc: DocumentState;
  /** The document as loaded, before any patch: what "Changes" and revert compare against. */
  private base: DocumentState;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryStep[] = [];
  private log: Patch[] = [];
  /** The inverse of the patch `commit` applied last. */
  private lastInverse: Patch = { put: [], delete: [] };
  private history: HistoryState = { canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();

  constructor(initial: DocumentState = emptyDocument()) {
    this.doc = initial;
    this.base = initial;
  }

  /** The current document (immutable; a new object after every change). */
  getSnapshot = (): DocumentState => this.doc;

  /** The document as bundled data and imports loaded it, before any patch. */
  getBase = (): DocumentState => this.base;

  /** Whether undo and redo are possible (for a second `useSyncExternalStore`). */
  getHistoryState = (): HistoryState => this.history;

  /** Calls `listener` after every change to the document or the history. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The patches applied since load, in order (undo and redo included), each with its base. */
  get patchLog(): readonly Patch[] {
    return this.log;
  }

  canUndo(): boolean {
    return this.undoStack.some((entry) => entry.kind === 'step');
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /**
   * Applies a patch (throws `PatchError`, changing nothing, if it cannot apply). A recorded
   * patch becomes one undo step and clears the redo list.
   */
  apply(patch: Patch, options: ApplyOptions = {}): void {
    if (isEmptyPatch(patch)) return;
    this.record(this.commit(patch), options);
  }

  /** Keeps an applied patch as one undo step (unless told not to) and tells the subscribers. */
  private record(forward: Patch, options: ApplyOptions): void {
    if (options.history !== false) {
      this.undoStack.push({ kind: 'step', forward, inverse: this.lastInverse });
      this.redoStack = [];
    }
    this.changed();
  }

  /**
   * Applies a large patch (an import) as `apply` does, one step in history, but computes it in
   * slices of about `sliceMs` with the page's turn between them, so no single task is long; the
   * document changes (and subscribers hear of it) once, at the end. Should the document change
   * in between, the patch is applied to the new one at once instead. Resolves false, changing
   * nothing, when `stop` says so between two slices (the planner cancelled); rejects with
   * `PatchError`, changing nothing, if the patch cannot apply.
   */
  async applyInSlices(
    patch: Patch,
    options: ApplyOptions & { sliceMs?: number; stop?: () => boolean } = {},
  ): Promise<boolean> {
    if (isEmptyPatch(patch)) return true;
    const start = this.doc;
    const stamped = { ...patch, base: versionsOf(start, patch) };
    const steps = applyPatchInSteps(start, stamped);
    const slices = timeSlices(options.sliceMs ?? 30);
    let next = steps.next();
    while (!next.done) {
      if (slices.spent()) {
        await slices.pause();
        if (options.stop?.()) return false;
        if (this.doc !== start) {
          this.apply(patch, options);
          return true;
        }
      }
      next = steps.next();
    }
    this.record(this.commitResult(stamped, next.value), options);
    return true;
  }

  /**
   * Takes back the newest step, atomically; marks passed on the way are dropped. If its inverse
   * cannot apply (`PatchError`), nothing changes and the step stays.
   */
  undo(): void {
    let at = this.undoStack.length - 1;
    while (at >= 0 && this.undoStack[at]!.kind === 'mark') at--;
    if (at < 0) return;
    const entry = this.undoStack[at] as HistoryStep;
    this.commit(entry.inverse);
    this.undoStack.length = at;
    this.redoStack.push({ kind: 'step', forward: entry.forward, inverse: this.lastInverse });
    this.changed();
  }

  /** Does again the newest undone step (if it cannot apply, nothing changes). */
  redo(): void {
    const entry = this.redoStack.at(-1);
    if (!entry) return;
    this.commit(entry.forward);
    this.redoStack.pop();
    this.undoStack.push({ kind: 'step', forward: entry.forward, inverse: this.lastInverse });
    this.changed();
  }

  /** Marks where an interaction begins (a drag, a drawing). */
  mark(id: string): void {
    this.undoStack.push({ kind: 'mark', id, doc: this.doc });
  }

  /**
   * Cancels an interaction: undoes every step since the mark as one patch that is not kept in
   * history (it cannot be redone). Does nothing if the mark is gone.
   */
  bailToMark(id: string): void {
    const mark = takeMark(this.undoStack, id);
    if (!mark) return;
    const back = patchBetween(this.doc, mark.doc);
    if (!isEmptyPatch(back)) this.commit(back);
    this.changed();
  }

  /** Ends an interaction as one undo step: everything since the mark, undone and redone at once. */
  squashToMark(id: string): void {
    const mark = takeMark(this.undoStack, id);
    if (!mark) return;
    const forward = patchBetween(mark.doc, this.doc);
    if (!isEmptyPatch(forward)) {
      const inverse = patchBetween(this.doc, mark.doc);
      this.undoStack.push({ kind: 'step', forward, inverse });
      this.redoStack = [];
    }
    this.changed();
  }

  /**
   * Puts a layer's features as bundled data or an import delivered them. Not a history step and
   * not in the patch log; it also becomes the layer's base for "Changes".
   */
  loadLayer(layerId: string, collection: GeoJSON.FeatureCollection): void {
    const edits = this.editsIn(layerId);
    const clock = this.doc.clock + 1;
    const layer = layerFromCollection(collection, clock, this.doc.layers.get(layerId)?.userDef);
    this.doc = { layers: new Map(this.doc.layers).set(layerId, layer), clock };
    this.base = { layers: new Map(this.base.layers).set(layerId, layer), clock };
    // Edits made on the old data stay on top of the new (a reload of the layer under edits).
    if (!isEmptyPatch(edits)) this.doc = applyPatch(this.doc, edits).doc;
    this.changed();
  }

  /**
   * Makes the current state of these layers their base, after "Save to project" wrote them: the
   * Changes view then starts from what the files now hold. History is kept.
   */
  rebase(layerIds: readonly string[]): void {
    const layers = new Map(this.base.layers);
    for (const id of layerIds) {
      const layer = this.doc.layers.get(id);
      if (layer) layers.set(id, layer);
    }
    this.base = { layers, clock: this.base.clock };
    this.changed();
  }

  /** The session as plain JSON for storage: edits against the base, undo and redo steps. */
  toWorkspace(): StoredWorkspace {
    const steps = this.undoStack.filter((entry): entry is HistoryStep => entry.kind === 'step');
    return {
      format: 'giapranh-workspace',
      version: 1,
      edits: patchBetween(this.base, this.doc),
      undo: steps.map(({ forward, inverse }) => ({ forward, inverse })),
      redo: this.redoStack.map(({ forward, inverse }) => ({ forward, inverse })),
    };
  }

  /**
   * The undo steps (oldest first) and redo steps (next redo last), as the store's own objects:
   * a step keeps its identity while it stays in history, which lets a save skip stored steps.
   * The lists are copies, so a save may read them across later changes.
   */
  historySteps(): { undo: readonly HistoryStep[]; redo: readonly HistoryStep[] } {
    const undo = this.undoStack.filter((entry): entry is HistoryStep => entry.kind === 'step');
    return { undo, redo: [...this.redoStack] };
  }

  /**
   * Puts a stored session back on top of the loaded bundled data (load the layers first). Not a
   * history step and not in the patch log. Throws `PatchError`, changing nothing, when the
   * edits no longer apply (the caller keeps the stored copy and says so).
   */
  restoreWorkspace(stored: StoredWorkspace): void {
    this.doc = applyPatch(this.doc, stored.edits).doc;
    this.undoStack = stored.undo.map((step) => ({ kind: 'step', ...step }));
    this.redoStack = stored.redo.map((step) => ({ kind: 'step', ...step }));
    this.changed();
  }

  /** The patch from the base to the document for one layer (empty when unedited). */
  private editsIn(layerId: string): Patch {
    const before = this.base.layers.get(layerId);
    const after = this.doc.layers.get(layerId);
    if (!before || !after || before === after) return { put: [], delete: [] };
    const only = (layer: LayerState) => ({ layers: new Map([[layerId, layer]]), clock: 0 });
    const edits = patchBetween(only(before), only(after));
    // Positions belong to the old data: added features go last, edited ones stay in place.
    edits.put = edits.put.map(({ index: _, ...op }) => op);
    return edits;
  }

  /**
   * Applies a patch stamped with the versions it now applies to, and logs it; the inverse waits
   * in `lastInverse`.
   */
  private commit(patch: Patch): Patch {
    const stamped = { ...patch, base: versionsOf(this.doc, patch) };
    return this.commitResult(stamped, applyPatch(this.doc, stamped));
  }

  /** Makes an applied patch's result the document and logs the patch. */
  private commitResult(stamped: Patch, result: PatchResult): Patch {
    this.doc = result.doc;
    this.lastInverse = result.inverse;
    this.log.push(stamped);
    return stamped;
  }

  private changed(): void {
    const canUndo = this.canUndo();
    const canRedo = this.canRedo();
    if (canUndo !== this.history.canUndo || canRedo !== this.history.canRedo) {
      this.history = { canUndo, canRedo };
    }
    for (const listener of this.listeners) listener();
  }
}
