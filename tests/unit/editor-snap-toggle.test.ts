import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDrawMouseEvent } from 'terra-draw';
import { describe, expect, it } from 'vitest';
import { buildSnapIndex } from '../../src/editor/snap/snapIndex.ts';
import { snapToIndex } from '../../src/editor/snap/snapToIndex.ts';

// The two map methods the snap uses, on a flat screen of 10,000 px a degree.
const map = {
  project: ([lng, lat]: [number, number]) => ({ x: lng * 10_000, y: -lat * 10_000 }),
  unproject: ([x, y]: [number, number]) => ({ lng: x / 10_000, lat: -y / 10_000 }),
} as unknown as MapLibreMap;

const index = buildSnapIndex([
  {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [105.7, 21.2] },
  },
]);

const near = (heldKeys: string[] = []): TerraDrawMouseEvent => ({
  lng: 105.7 + 0.0003,
  lat: 21.2,
  containerX: 0,
  containerY: 0,
  button: 'left',
  heldKeys,
  isContextMenu: false,
});

const context = {} as Parameters<ReturnType<typeof snapToIndex>>[1];

describe('snapping as terra-draw asks for it', () => {
  it('moves the pointer onto a vertex within the tolerance', () => {
    const snap = snapToIndex(
      map,
      () => index,
      () => true,
    );
    expect(snap(near(), context)).toEqual([105.7, 21.2]);
  });

  it('does nothing while Alt is held, or with the toggle off', () => {
    expect(
      snapToIndex(
        map,
        () => index,
        () => true,
      )(near(['Alt']), context),
    ).toBeUndefined();
    expect(
      snapToIndex(
        map,
        () => index,
        () => false,
      )(near(), context),
    ).toBeUndefined();
  });
});
