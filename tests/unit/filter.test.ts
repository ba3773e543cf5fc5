import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterFields } from '../../src/core/filter/filter-fields.ts';
import type {
  FieldCondition,
  LayerFilter,
  LayerFilters,
} from '../../src/core/filter/filter-types.ts';
import {
  filterToQueryValue,
  filterToText,
  parseFilterText,
} from '../../src/core/filter/filter-url.ts';
import { filterCollection, passesFilter } from '../../src/core/filter/predicate.ts';
import { getLayer, LAYERS } from '../../src/core/layers/registry.ts';
import { ignoredNote } from '../../src/core/url/ignored-note.ts';
import { parseMapLink, serializeMapLink } from '../../src/core/url/map-state.ts';
import { filterExpression } from '../../src/map/filterExpression.ts';

const zones = getLayer('industrial-zones');
if (!zones) throw new Error('industrial-zones is in the registry');

const feature = (properties: Record<string, unknown>): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [105.8, 21.1] },
});

describe('the filter predicate', () => {
  it('keeps a feature whose value is one of the chosen values', () => {
    const filter: LayerFilter = { status: { kind: 'values', values: ['planned', 'operating'] } };
    expect(passesFilter({ status: 'operating' }, filter)).toBe(true);
    expect(passesFilter({ status: 'stalled' }, filter)).toBe(false);
    expect(passesFilter({}, filter)).toBe(false);
    expect(passesFilter(null, filter)).toBe(false);
  });

  it('keeps a feature when any element of a list property is chosen', () => {
    const filter: LayerFilter = { provinces_2025: { kind: 'values', values: ['Phú Thọ'] } };
    expect(passesFilter({ provinces_2025: ['Hà Nội', 'Phú Thọ'] }, filter)).toBe(true);
    expect(passesFilter({ provinces_2025: ['Hà Nội'] }, filter)).toBe(false);
  });

  it('keeps numbers within an inclusive range, either bound open, and nothing that is not a number', () => {
    const between: LayerFilter = { area_ha_declared: { kind: 'range', min: 100, max: 500 } };
    expect(passesFilter({ area_ha_declared: 100 }, between)).toBe(true);
    expect(passesFilter({ area_ha_declared: 500 }, between)).toBe(true);
    expect(passesFilter({ area_ha_declared: 500.01 }, between)).toBe(false);
    expect(passesFilter({ area_ha_declared: '300' }, between)).toBe(false);
    expect(passesFilter({}, between)).toBe(false);
    const atLeast: LayerFilter = { area_ha_declared: { kind: 'range', min: 100, max: null } };
    expect(passesFilter({ area_ha_declared: 1e9 }, atLeast)).toBe(true);
  });

  it('asks every condition of a layer to hold', () => {
    const filter: LayerFilter = {
      status: { kind: 'values', values: ['operating'] },
      area_ha_declared: { kind: 'range', min: null, max: 300 },
    };
    expect(passesFilter({ status: 'operating', area_ha_declared: 200 }, filter)).toBe(true);
    expect(passesFilter({ status: 'operating', area_ha_declared: 400 }, filter)).toBe(false);
    expect(passesFilter({ status: 'planned', area_ha_declared: 200 }, filter)).toBe(false);
  });

  it('gives the same filtered collection object back for the same collection and filter', () => {
    const collection: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [feature({ status: 'planned' }), feature({ status: 'operating' })],
    };
    const filter: LayerFilter = { status: { kind: 'values', values: ['planned'] } };
    const once = filterCollection(collection, filter);
    expect(once.features).toHaveLength(1);
    expect(filterCollection(collection, { ...filter })).toBe(once);
    expect(filterCollection(collection, {})).toBe(collection);
  });
});

// Features as the industrial-zones schema allows them, with a few values outside it too.
const propertiesArb = fc.record(
  {
    status: fc.constantFrom('planned', 'operating', 'stalled', 'Quy hoạch'),
    accuracy: fc.constantFrom('surveyed', 'indicative', 'schematic'),
    area_ha_declared: fc.oneof(
      fc.double({ min: -10, max: 2000, noNaN: true }),
      fc.integer({ min: 0, max: 900 }),
    ),
    provinces_2025: fc.array(fc.constantFrom('Hà Nội', 'Phú Thọ', 'Thái Nguyên', 'Hà "Nội"'), {
      maxLength: 3,
    }),
    province_2019: fc.constantFrom('Hà Nội', 'Vĩnh Phúc', 'Vĩnh Phúc, cũ'),
  },
  { requiredKeys: [] },
);

const boundArb = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null });
const conditionArb: Record<string, fc.Arbitrary<FieldCondition>> = {
  status: fc
    .uniqueArray(fc.constantFrom('planned', 'operating', 'stalled'), { minLength: 1 })
    .map((values) => ({ kind: 'values', values })),
  accuracy: fc
    .uniqueArray(fc.constantFrom('surveyed', 'indicative', 'schematic'), { minLength: 1 })
    .map((values) => ({ kind: 'values', values })),
  area_ha_declared: fc
    .tuple(boundArb, boundArb)
    .filter(([min, max]) => min !== null || max !== null)
    .map(([a, b]) => ({
      kind: 'range',
      min: a !== null && b !== null ? Math.min(a, b) : a,
      max: a !== null && b !== null ? Math.max(a, b) : b,
    })),
  provinces_2025: fc
    .uniqueArray(fc.constantFrom('Hà Nội', 'Phú Thọ', 'Hà "Nội"'), { minLength: 1 })
    .map((values) => ({ kind: 'values', values })),
  province_2019: fc
    .uniqueArray(fc.constantFrom('Hà Nội', 'Vĩnh Phúc', 'Vĩnh Phúc, cũ', 'a|b:c~d%e'), {
      minLength: 1,
    })
    .map((values) => ({ kind: 'values', values })),
};
const filterArb: fc.Arbitrary<LayerFilter> = fc
  .record(conditionArb, { requiredKeys: [] })
  .map((record) => record as LayerFilter);

/** A feature as MapLibre's GeoJSON tiles hold it: list properties become their JSON text. */
const asTileFeature = (properties: Record<string, unknown>) => ({
  type: 1 as const,
  properties: Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]),
  ),
  geometry: [],
});

describe('the map filter expression', () => {
  it('holds for exactly the features the predicate keeps, as MapLibre evaluates it', () => {
    fc.assert(
      fc.property(filterArb, propertiesArb, (filter, properties) => {
        const expression = filterExpression(filter, zones.properties);
        const expected = passesFilter(properties, filter);
        if (expression === null) {
          expect(expected).toBe(true);
          return;
        }
        const compiled = featureFilter(expression, 'layers[0].filter');
        const zoom = { zoom: 12 };
        expect(compiled.filter(zoom, asTileFeature(properties) as never)).toBe(expected);
        // MapLibre's worker may also hand the filter the array itself.
        expect(compiled.filter(zoom, { ...asTileFeature(properties), properties } as never)).toBe(
          expected,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is null when the layer has no condition', () => {
    expect(filterExpression({}, zones.properties)).toBeNull();
    expect(filterExpression(undefined, zones.properties)).toBeNull();
  });
});

describe('the filter in a link', () => {
  it('reads back exactly the filter it wrote, with a canonical text', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const filters: LayerFilters =
          Object.keys(filter).length > 0 ? { 'industrial-zones': filter } : {};
        const text = filterToText(filters, LAYERS);
        const parsed = parseFilterText(text, LAYERS);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.filters).toEqual(
          Object.fromEntries(
            Object.entries(filters).map(([id, f]) => [
              id,
              Object.fromEntries(
                Object.entries(f).map(([field, c]) => [
                  field,
                  c.kind === 'values' ? { kind: 'values', values: [...c.values].sort() } : c,
                ]),
              ),
            ]),
          ),
        );
        expect(filterToText(parsed.filters, LAYERS)).toBe(text);
        // Through a real query string: the URL's own decoding gives the text back.
        const query = new URLSearchParams(`filter=${filterToQueryValue(filters, LAYERS)}`);
        expect(query.get('filter') ?? '').toBe(text);
      }),
    );
  });

  it('writes a short, readable text', () => {
    const text = filterToQueryValue(
      {
        'industrial-zones': {
          status: { kind: 'values', values: ['planned', 'operating'] },
          area_ha_declared: { kind: 'range', min: 100, max: null },
        },
      },
      LAYERS,
    );
    expect(text).toBe(
      'industrial-zones:area_ha_declared:100~,industrial-zones:status:operating|planned',
    );
  });

  it('ignores unknown layers and fields and bad conditions, and keeps the rest', () => {
    const parsed = parseFilterText(
      [
        'ghost:status:planned',
        'industrial-zones:colour:red',
        'industrial-zones:status:flying',
        'industrial-zones:name:1~2',
        'industrial-zones:area_ha_declared:9~1',
        'industrial-zones:area_ha_declared:abc~',
        'industrial-zones:area_ha_declared:~',
        'industrial-zones:province_2019:%E0%A4%A',
        'industrial-zones:status',
        'industrial-zones:accuracy:indicative',
      ].join(','),
      LAYERS,
    );
    expect(parsed.filters).toEqual({
      'industrial-zones': { accuracy: { kind: 'values', values: ['indicative'] } },
    });
    expect(parsed.ignored.map((part) => part.reason)).toEqual([
      'unknown-layer',
      'unknown-field',
      'bad-filter',
      'bad-filter',
      'bad-filter',
      'bad-filter',
      'bad-filter',
      'bad-filter',
      'bad-filter',
    ]);
  });
});

describe('the filter in the map link', () => {
  const context = { layers: LAYERS, checkIds: [] };

  it('travels in the link beside the other state and comes back the same', () => {
    const filters = {
      'industrial-zones': { status: { kind: 'values' as const, values: ['operating'] } },
    };
    const state = {
      lang: 'vi' as const,
      visible: Object.fromEntries(LAYERS.map((layer) => [layer.id, true])),
      opacity: {},
      selection: null,
      checkId: null,
      filters,
    };
    const search = serializeMapLink(state, LAYERS);
    expect(search).toContain('&filter=industrial-zones:status:operating');
    expect(parseMapLink(search, context).state.filters).toEqual(filters);
  });

  it('drops an unknown property with the note the link already gives', () => {
    const parsed = parseMapLink(
      '?filter=industrial-zones:colour:red,industrial-zones:status:planned',
      context,
    );
    expect(parsed.state.filters).toEqual({
      'industrial-zones': { status: { kind: 'values', values: ['planned'] } },
    });
    expect(ignoredNote('en', parsed.ignored)).toBe(
      'Parts of the link could not be used and were ignored: unknown property “industrial-zones:colour:red”.',
    );
  });
});

describe('the properties a layer offers to filter by', () => {
  it('offers allowed values, the values present, and number ranges over the features', () => {
    const features = [
      feature({ status: 'operating', area_ha_declared: 344.4, provinces_2025: ['Hà Nội'] }),
      feature({
        status: 'stalled',
        area_ha_declared: 42.21,
        provinces_2025: ['Phú Thọ', 'Hà Nội'],
      }),
      feature({ notes: 'một ghi chú' }),
    ];
    const fields = filterFields(zones, features);
    const byName = Object.fromEntries(fields.map((field) => [field.field, field]));
    expect(byName.status).toEqual({
      field: 'status',
      kind: 'values',
      options: ['planned', 'under-construction', 'operating', 'completed', 'stalled'],
    });
    expect(byName.area_ha_declared).toEqual({
      field: 'area_ha_declared',
      kind: 'range',
      min: 42.21,
      max: 344.4,
    });
    expect(byName.provinces_2025).toEqual({
      field: 'provinces_2025',
      kind: 'values',
      options: ['Hà Nội', 'Phú Thọ'],
    });
    // No feature has a footprint area: nothing to choose from.
    expect(byName.area_ha_footprint).toBeUndefined();
  });

  it('leaves out a text property with too many values to list', () => {
    const features = Array.from({ length: 60 }, (_, i) => feature({ notes: `ghi chú ${i}` }));
    expect(filterFields(zones, features).some((field) => field.field === 'notes')).toBe(false);
  });
});
