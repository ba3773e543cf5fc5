import { describe, expect, it } from 'vitest';
import { pickableLayerIds } from '../../src/map/pickableLayerIds.ts';

describe('the style layers a click may pick', () => {
  const ids = ['parcels:fill', 'parcels:outline', 'parcels:label'];

  it('leave out labels, in a layer drawn from one source', () => {
    expect(pickableLayerIds(ids, 1)).toEqual(['parcels:fill', 'parcels:outline']);
  });

  it("leave out every chunk's labels too (the `~n` suffix must not hide `:label`)", () => {
    const picked = pickableLayerIds(ids, 3);
    expect(picked).toEqual([
      'parcels:fill',
      'parcels:fill~1',
      'parcels:fill~2',
      'parcels:outline',
      'parcels:outline~1',
      'parcels:outline~2',
    ]);
    expect(picked.some((id) => id.includes(':label'))).toBe(false);
  });
});
