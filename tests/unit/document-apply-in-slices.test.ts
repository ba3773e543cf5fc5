import { describe, expect, it } from 'vitest';
import { DocumentStore, type Patch, PatchError } from '../../src/core/document/index.ts';
import { content, point, startDocument } from './document-fixtures.ts';

/** An import of `count` points into layer `L0`: large enough to be cut into many slices. */
function bigImport(count: number): Patch {
  return {
    put: Array.from({ length: count }, (_, i) => ({
      layer: 'L0',
      key: `big-${i}`,
      feature: point(`big-${i}`, i),
    })),
    delete: [],
  };
}

describe('DocumentStore.applyInSlices', () => {
  it('lands a large patch across several tasks as one change and one undo step, like apply', async () => {
    const patch = bigImport(30_000);
    const sliced = new DocumentStore(startDocument([3, 2]));
    const whole = new DocumentStore(startDocument([3, 2]));
    let changes = 0;
    let tasksBetween = 0;
    sliced.subscribe(() => changes++);
    const ticking = setInterval(() => tasksBetween++, 0);
    // A slice of 0 ms pauses at every step the generator offers.
    const landed = await sliced.applyInSlices(patch, { sliceMs: 0 });
    clearInterval(ticking);
    whole.apply(patch);

    expect(landed).toBe(true);
    expect(changes).toBe(1);
    expect(tasksBetween).toBeGreaterThan(0);
    expect(content(sliced.getSnapshot())).toEqual(content(whole.getSnapshot()));
    sliced.undo();
    expect(content(sliced.getSnapshot())).toEqual(content(startDocument([3, 2])));
    expect(sliced.canUndo()).toBe(false);
  });

  it('changes nothing when stopped between slices (the planner cancelled)', async () => {
    const store = new DocumentStore(startDocument([3]));
    const before = store.getSnapshot();
    let changes = 0;
    store.subscribe(() => changes++);
    const landed = await store.applyInSlices(bigImport(30_000), { sliceMs: 0, stop: () => true });
    expect(landed).toBe(false);
    expect(store.getSnapshot()).toBe(before);
    expect(changes).toBe(0);
    expect(store.canUndo()).toBe(false);
  });

  it('applies to the new document when another change came in between', async () => {
    const store = new DocumentStore(startDocument([3]));
    const landing = store.applyInSlices(bigImport(30_000), { sliceMs: 0 });
    store.apply({ put: [{ layer: 'L0', key: 'drawn', feature: point('drawn', 7) }], delete: [] });
    await landing;
    const layer = store.getSnapshot().layers.get('L0')!;
    expect(layer.features.has('drawn')).toBe(true);
    expect(layer.features.has('big-29999')).toBe(true);
    store.undo();
    expect(store.getSnapshot().layers.get('L0')!.features.has('big-0')).toBe(false);
    expect(store.getSnapshot().layers.get('L0')!.features.has('drawn')).toBe(true);
  });

  it('refuses a patch that cannot apply, changing nothing', async () => {
    const store = new DocumentStore(startDocument([3]));
    const before = store.getSnapshot();
    const patch = bigImport(10_000);
    patch.put.push({ layer: 'nowhere', key: 'x', feature: point('x', 1) });
    await expect(store.applyInSlices(patch, { sliceMs: 0 })).rejects.toBeInstanceOf(PatchError);
    expect(store.getSnapshot()).toBe(before);
  });
});
