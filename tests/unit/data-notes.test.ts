import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { propertiesInLanguage } from '../../src/core/format/bilingualProperties.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Letters only Vietnamese writes (with its tone marks), never English. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
/** Words an English sentence can hardly do without. */
const ENGLISH = /\b(the|and|of|is|from|in|on|as)\b/;

const bundled = LAYERS.flatMap((layer) => {
  if (layer.source.kind !== 'geojson') return [];
  const text = readFileSync(resolve(ROOT, 'data/geojson', `${layer.id}.geojson`), 'utf8');
  return (JSON.parse(text) as GeoJSON.FeatureCollection).features;
});

describe('the bundled notes and outline matches', () => {
  it.each(['notes', 'outline_match'])(
    'are Vietnamese under %s, with the English text under its _en twin',
    (name) => {
      const written = bundled.filter((feature) => feature.properties?.[name] !== undefined);
      expect(written.length).toBeGreaterThan(5);
      for (const feature of written) {
        const properties = feature.properties as Record<string, string>;
        expect(properties[name], String(feature.id)).toMatch(VIETNAMESE);
        expect(properties[name], String(feature.id)).not.toMatch(ENGLISH);
        expect(properties[`${name}_en`], String(feature.id)).toMatch(ENGLISH);
      }
    },
  );
});

describe('the inspector’s rows of a bilingual property', () => {
  const properties = { name: 'KCN', notes: 'Ghi chú', notes_en: 'A note', tenants: [] };
  const entries = Object.entries(properties).filter(([key]) => key !== 'name');

  it('show the note once, in the UI’s language, under its own name', () => {
    expect(propertiesInLanguage(entries, properties, 'vi')).toEqual([
      ['notes', 'Ghi chú'],
      ['tenants', []],
    ]);
    expect(propertiesInLanguage(entries, properties, 'en')).toEqual([
      ['notes', 'A note'],
      ['tenants', []],
    ]);
  });

  it('fall back to the one text a planner’s own feature has', () => {
    const own = { notes: 'chỉ tiếng Việt' };
    expect(propertiesInLanguage(Object.entries(own), own, 'en')).toEqual([
      ['notes', 'chỉ tiếng Việt'],
    ]);
  });
});
