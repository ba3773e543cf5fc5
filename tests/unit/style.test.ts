import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

const assets = TEST_STYLE_ASSETS;
const state = { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' as const };

describe('the map style built from state', () => {
  it('is a valid MapLibre style with no glyphs server and only local font files', () => {
    const style = buildStyle(state, assets);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    const fontUrls = Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
      Array.isArray(faces)
        ? faces.map((face) => (typeof face === 'string' ? face : face.url))
        : [faces],
    );
    expect(fontUrls.length).toBeGreaterThan(0);
    for (const url of fontUrls) expect(url.startsWith('http://localhost/')).toBe(true);
  });

  it('hides every MapLibre layer of a hidden registry layer and fades it by its opacity', () => {
    const style = buildStyle(
      { ...state, visible: { 'industrial-zones': false }, opacity: { 'ring-road-5': 0.5 } },
      assets,
    );
    const zones = style.layers.filter((layer) => layer.id.startsWith('industrial-zones:'));
    expect(zones.length).toBeGreaterThan(0);
    for (const layer of zones) expect(layer.layout?.visibility).toBe('none');
    const road = style.layers.find((layer) => layer.id === 'ring-road-5:line');
    expect(
      road?.paint && 'line-opacity' in road.paint ? road.paint['line-opacity'] : undefined,
    ).toBe(0.5);
  });

  it('labels in English from name_en when the UI is in English', () => {
    const style = buildStyle({ ...state, lang: 'en' }, assets);
    const label = style.layers.find((layer) => layer.id === 'industrial-zones:label');
    expect(JSON.stringify(label?.layout)).toContain('name_en');
  });

  it('draws the planning layers in registry order, under the place labels', () => {
    const ids = buildStyle(state, assets).layers.map((layer) => layer.id);
    expect(ids.indexOf('green-corridors:fill')).toBeLessThan(ids.indexOf('ring-road-5:line'));
    expect(ids.indexOf('ring-road-5:line')).toBeLessThan(ids.indexOf('base:place'));
  });
});
