import { expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { BoundaryFrame } from '../../src/core/basemap/frame.ts';
import type { Lang } from '../../src/core/i18n/messages.ts';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

const assets = TEST_STYLE_ASSETS;

const styleOf = (frame: BoundaryFrame, lang: Lang = 'vi') =>
  buildStyle({ layers: layersInDrawOrder(), visible: {}, opacity: {}, lang, frame }, assets);
const idsOf = (frame: BoundaryFrame) => styleOf(frame).layers.map((layer) => layer.id);

/** A place of data/basemap/basemap.geojson, as the tiles carry it. */
const place = (name: string, name_en: string, rank: number) => ({
  type: 'Point' as const,
  properties: { name, name_en, rank },
});

/** The text a symbol layer draws for a place, or null when its filter leaves the place out. */
function drawnText(layer: LayerSpecification, feature: ReturnType<typeof place>): string | null {
  const symbol = layer as SymbolLayerSpecification;
  if (
    symbol.filter &&
    !featureFilter(symbol.filter, 'layers[0].filter').filter({ zoom: 10 }, feature)
  )
    return null;
  const parsed = expression.createExpression(
    symbol.layout?.['text-field'],
    'layers[0].layout.text-field',
    latest.layout_symbol['text-field'] as unknown as Parameters<
      typeof expression.createExpression
    >[2],
  );
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const value = parsed.value.evaluate({ zoom: 10 }, feature) as unknown;
  if (typeof value === 'string') return value;
  return (value as { sections: Array<{ text: string }> }).sections.map((s) => s.text).join('');
}

/** What every label layer of the style draws for one place. */
function labelsFor(frame: BoundaryFrame, lang: Lang, feature: ReturnType<typeof place>) {
  return styleOf(frame, lang)
    .layers.filter((layer) => layer.type === 'symbol' && layer['source-layer'] === 'place')
    .flatMap((layer) => drawnText(layer, feature) ?? []);
}

const MELINH = place('Huyện Mê Linh', 'Mê Linh District', 3);
const PHUCYEN = place('Thành phố Phúc Yên', 'Phúc Yên City', 3);
const VINHPHUC = place('Vĩnh Phúc (nay thuộc Phú Thọ)', 'Vĩnh Phúc (now part of Phú Thọ)', 1);

describe('the 2019 and 2025 frames in the map style', () => {
  it('draws the 2019 districts and provinces in 2019, and no 2025 commune', () => {
    const ids = idsOf('2019');
    expect(ids).toContain('base:district-2019-line');
    expect(ids).toContain('base:province-2019-line');
    expect(ids).toContain('base:province-2019-fill');
    for (const id of ['base:commune-line', 'base:commune-label', 'base:province-2025-line'])
      expect(ids).not.toContain(id);
  });

  it('draws the 2025 provinces and communes in 2025, the former districts dashed', () => {
    const style = styleOf('2025');
    const ids = style.layers.map((layer) => layer.id);
    for (const id of [
      'base:province-2025-fill',
      'base:province-2025-line',
      'base:commune-line',
      'base:commune-label',
    ])
      expect(ids).toContain(id);
    expect(ids).not.toContain('base:district-2019-line');
    const former = style.layers.find((layer) => layer.id === 'base:district-former-line');
    expect(former?.type === 'line' && former.paint?.['line-dasharray']).toBeTruthy();
  });

  it('always labels a 2019 district as historic, once, in both languages', () => {
    expect(labelsFor('2019', 'vi', MELINH)).toEqual(['Huyện Mê Linh\n(đến 30/6/2025)']);
    expect(labelsFor('2019', 'en', MELINH)).toEqual(['Mê Linh District\n(until 30 June 2025)']);
    expect(labelsFor('2025', 'vi', MELINH)).toEqual(['Huyện Mê Linh cũ']);
    expect(labelsFor('2025', 'en', PHUCYEN)).toEqual(['Former Phúc Yên City']);
  });

  it('names Phú Thọ with Vĩnh Phúc as the former province in 2025', () => {
    expect(labelsFor('2019', 'vi', VINHPHUC)).toEqual(['Vĩnh Phúc (nay thuộc Phú Thọ)']);
    expect(labelsFor('2025', 'vi', VINHPHUC)).toEqual(['Phú Thọ\n(tỉnh Vĩnh Phúc cũ)']);
    expect(labelsFor('2025', 'en', VINHPHUC)).toEqual(['Phú Thọ\n(former Vĩnh Phúc province)']);
  });

  it('opens on the 2019 frame when the state names none', () => {
    const style = buildStyle(
      { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' },
      assets,
    );
    expect(style.layers.map((layer) => layer.id)).toEqual(idsOf('2019'));
  });
});
