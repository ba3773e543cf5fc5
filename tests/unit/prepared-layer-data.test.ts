import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  prepareLayerData,
  releaseLayerData,
  takePreparedLayerData,
} from '../../src/map/preparedLayerData.ts';

const made = () => ({ blobs: [new Blob(['{}']), new Blob(['{}'])], splits: [105.5] });

describe("an imported layer's prepared chunk URLs", () => {
  afterEach(() => vi.restoreAllMocks());

  it('stay readable after the layer’s next change (a figure reads the untouched chunks)', () => {
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    prepareLayerData('imported-a', made(), 3000);
    const taken = takePreparedLayerData('imported-a', 3000);
    expect(taken?.urls).toHaveLength(2);

    // The first edit pushes the layer again: nothing prepared, the map sends one chunk itself.
    expect(takePreparedLayerData('imported-a', 3000)).toBeUndefined();
    expect(revoked).not.toHaveBeenCalled();
  });

  it('are let go when the layer leaves the map', () => {
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    prepareLayerData('imported-b', made(), 3000);
    const taken = takePreparedLayerData('imported-b', 3000)!;
    releaseLayerData('imported-b');
    expect(revoked.mock.calls.map(([url]) => url)).toEqual(taken.urls);
  });

  it('are let go when newer prepared data replaces them', () => {
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    prepareLayerData('imported-c', made(), 3000);
    const first = takePreparedLayerData('imported-c', 3000)!;
    prepareLayerData('imported-c', made(), 4000);
    takePreparedLayerData('imported-c', 4000);
    expect(revoked.mock.calls.map(([url]) => url)).toEqual(first.urls);
  });
});
