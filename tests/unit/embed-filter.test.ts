import { describe, expect, it } from 'vitest';
import type { LayerFilters } from '../../src/core/filter/filter-types.ts';
import { filterToText } from '../../src/core/filter/filter-url.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { embedUrl, iframeCode } from '../../src/core/url/embed-code.ts';
import { parseMapLink, serializeMapLink } from '../../src/core/url/map-state.ts';
import { parseViewParams } from '../../src/core/url/view-params.ts';

const APP = 'https://example.org/giapranh/?lang=vi';
const filters: LayerFilters = {
  'industrial-zones': {
    status: { kind: 'values', values: ['operating', 'planned'] },
    area_ha_declared: { kind: 'range', min: 100, max: null },
  },
};
const embedOf = (filter: string) =>
  embedUrl(APP, {
    layerIds: ['industrial-zones'],
    lang: 'en',
    cameraHash: '',
    options: { filter },
  });

describe('filters carried into the embed', () => {
  it('writes the app’s filters into the embed’s link and its iframe code', () => {
    const src = embedOf(filterToText(filters, LAYERS));
    expect(src).toContain(
      '&filter=industrial-zones:area_ha_declared:100~,industrial-zones:status:operating|planned',
    );
    expect(iframeCode(src, 'Map')).toContain('filter=industrial-zones:area_ha_declared:100~');
  });

  it('reads filter= on the embed page exactly as the app reads its own link', () => {
    const search = new URL(embedOf(filterToText(filters, LAYERS))).search;
    expect(parseViewParams(search, LAYERS).filters).toEqual(filters);
    const appLink = serializeMapLink(
      { lang: 'vi', visible: {}, opacity: {}, selection: null, checkId: null, filters },
      LAYERS,
    );
    const app = parseMapLink(appLink, { layers: LAYERS, checkIds: [] }).state.filters;
    expect(parseViewParams(appLink, LAYERS).filters).toEqual(app);
  });

  it('leaves filter= out when nothing is filtered, and drops what the embed cannot use', () => {
    expect(embedOf('')).not.toContain('filter=');
    expect(
      parseViewParams('?filter=nowhere:x:1,industrial-zones:status:bogus', LAYERS).filters,
    ).toEqual({});
  });
});
