import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../scripts/data/vietnamese-text.ts';
import {
  propertiesInLanguage,
  valueInLanguage,
} from '../../src/core/format/bilingualProperties.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const bundled = LAYERS.flatMap((layer) => {
  if (layer.source.kind !== 'geojson') return [];
  const text = readFileSync(resolve(ROOT, 'data/geojson', `${layer.id}.geojson`), 'utf8');
  return (JSON.parse(text) as GeoJSON.FeatureCollection).features;
});
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];

describe('the bundled sources, developers, tenants and lane counts', () => {
  it('give every feature a Vietnamese source, with the English one under source_en', () => {
    expect(bundled.length).toBeGreaterThan(50);
    for (const feature of bundled) {
      const properties = feature.properties as Record<string, string>;
      expect(looksEnglish(String(properties.source)), `${feature.id}: ${properties.source}`).toBe(
        false,
      );
      // A source with nothing to translate ("fr.wikipedia (21°18′36″N …)") is written once.
      if (properties.source_en !== undefined) {
        expect(properties.source_en).not.toBe(properties.source);
      }
    }
    const english = bundled.filter((feature) => feature.properties?.source_en !== undefined);
    expect(english.length).toBeGreaterThan(50);
  });

  it.each(['operator', 'tenants', 'lanes'])(
    'write %s in Vietnamese, the English beside it under its _en twin where it differs',
    (name) => {
      const written = bundled.filter((feature) => texts(feature.properties?.[name]).length > 0);
      expect(written.length).toBeGreaterThan(1);
      for (const feature of written) {
        for (const text of texts(feature.properties?.[name])) {
          expect(looksEnglish(text), `${feature.id}: ${text}`).toBe(false);
        }
      }
      const twins = written.filter((feature) => feature.properties?.[`${name}_en`] !== undefined);
      expect(twins.length).toBeGreaterThan(0);
    },
  );

  it('show in the UI’s language in the inspector: Sumitomo as the Vietnamese text reads it', () => {
    const zone = bundled.find((f) => f.properties?.operator_en?.startsWith('Sumitomo'))!;
    const properties = zone.properties as Record<string, unknown>;
    expect(valueInLanguage(properties, 'operator', 'vi')).toBe(
      'Tập đoàn Sumitomo (cùng Sumitomo Việt Nam)',
    );
    expect(valueInLanguage(properties, 'operator', 'en')).toBe(
      'Sumitomo Corporation (with Sumitomo Vietnam)',
    );
    const rows = propertiesInLanguage(Object.entries(properties), properties, 'vi');
    expect(rows.map(([key]) => key)).not.toContain('operator_en');
    expect(rows.map(([key]) => key)).not.toContain('source_en');
  });
});
