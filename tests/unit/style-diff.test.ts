import type { DiffCommand, DiffOperations } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyStyleDiff } from '../../src/map/styleDiff.ts';

/** A stand-in for the map: records each call it gets, with its arguments. */
function recordingMap() {
  const calls: unknown[][] = [];
  const map = {
    style: {
      addLayer: (...args: unknown[]) => calls.push(['style.addLayer', ...args]),
      addSource: (...args: unknown[]) => calls.push(['style.addSource', ...args]),
    },
    addLayer: (...args: unknown[]) => calls.push(['addLayer', ...args]),
    addSource: (...args: unknown[]) => calls.push(['addSource', ...args]),
    setPaintProperty: (...args: unknown[]) => calls.push(['setPaintProperty', ...args]),
    _update: (...args: unknown[]) => calls.push(['_update', ...args]),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

const source = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
const layer = { id: 'big:fill~3', type: 'fill', source: 'big~3' };

describe('applyStyleDiff', () => {
  it('adds sources and layers without MapLibre serialising the whole style to check each', () => {
    const { map, calls } = recordingMap();
    const commands = [
      { command: 'addSource', args: ['big~3', source] },
      { command: 'addLayer', args: [layer, 'labels'] },
    ] as DiffCommand<DiffOperations>[];
    applyStyleDiff(map, commands);
    expect(calls).toEqual([
      ['style.addSource', 'big~3', source, { validate: false }],
      ['style.addLayer', layer, 'labels', { validate: false }],
      // Once, after all of them: the map redraws with the new style.
      ['_update', true],
    ]);
  });

  it('sends every other command to the map method of its name, with no extra redraw', () => {
    const { map, calls } = recordingMap();
    const commands = [
      { command: 'setPaintProperty', args: ['big:fill', 'fill-opacity', 0.4] },
    ] as DiffCommand<DiffOperations>[];
    applyStyleDiff(map, commands);
    expect(calls).toEqual([['setPaintProperty', 'big:fill', 'fill-opacity', 0.4]]);
  });

  it('refuses a command the map does not have', () => {
    const { map } = recordingMap();
    const commands = [{ command: 'setSprite', args: ['x'] }] as DiffCommand<DiffOperations>[];
    expect(() => applyStyleDiff(map, commands)).toThrow('style diff: the map has no setSprite()');
  });
});
