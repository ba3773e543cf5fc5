import { describe, expect, it } from 'vitest';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { userLayerToLayerDef } from '../../src/core/layers/userLayer.ts';
import { type MapLinkState, serializeMapLink } from '../../src/core/url/map-state.ts';
import { mayNameUserLayer, userLayerLinkState } from '../../src/core/url/user-layer-link.ts';

const context = { layers: LAYERS, checkIds: PRESET_CHECKS.map((check) => check.id) };
const wells = userLayerToLayerDef({
  id: 'user-wells',
  name: 'Giếng',
  geometryType: 'Point',
  color: '#d9480f',
});
const plots = userLayerToLayerDef({
  id: 'user-plots',
  name: 'Lô đất',
  geometryType: 'Polygon',
  color: '#1971c2',
});
const all = [...LAYERS, wells, plots];

/** The app's state with every registry layer hidden but the first, and the given own layers. */
function stateWith(own: Record<string, boolean>, opacity: Record<string, number> = {}) {
  const registry = Object.fromEntries(LAYERS.map((layer, index) => [layer.id, index === 0]));
  const state: MapLinkState = {
    lang: 'vi',
    visible: { ...registry, ...own },
    opacity,
    selection: null,
    checkId: null,
  };
  return state;
}

describe('planners’ own layers in the link', () => {
  it('writes a shown own layer into layers= and a hidden one out of it', () => {
    const search = serializeMapLink(stateWith({ 'user-wells': true, 'user-plots': false }), all);
    expect(new URLSearchParams(search).get('layers')).toBe(`${LAYERS[0]?.id},user-wells`);
    expect(search).not.toContain('user-plots');
  });

  it('reads back each own layer shown or hidden, its opacity and a selected feature', () => {
    const state = stateWith({ 'user-wells': false, 'user-plots': true }, { 'user-plots': 0.4 });
    const filters = { 'user-plots': { name: { kind: 'values' as const, values: ['Lô A'] } } };
    const search = `${serializeMapLink({ ...state, filters }, all)}&sel=user-plots:p%201`;
    expect(userLayerLinkState(search, context, [wells, plots])).toEqual({
      visible: { 'user-wells': false, 'user-plots': true },
      opacity: { 'user-plots': 0.4 },
      named: { layers: true, opacity: true },
      filters,
      selection: { layerId: 'user-plots', featureKey: 'p 1' },
      ignored: [],
    });
  });

  it('leaves own layers as they are when the link does not name its layers', () => {
    expect(userLayerLinkState('?lang=en', context, [wells]).visible).toEqual({});
  });

  it('still says an id that names no layer, own or registry, was ignored', () => {
    const link = userLayerLinkState('?layers=user-wells,user-gone,nowhere', context, [wells]);
    expect(link.visible).toEqual({ 'user-wells': true });
    expect(link.ignored).toEqual([
      { param: 'layers', value: 'user-gone', reason: 'unknown-layer' },
      { param: 'layers', value: 'nowhere', reason: 'unknown-layer' },
    ]);
    // Only the own-looking one waits for the workspace; `nowhere` is noted on arrival.
    expect(link.ignored.map(mayNameUserLayer)).toEqual([true, false]);
  });
});
