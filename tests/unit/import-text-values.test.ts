import { describe, expect, it } from 'vitest';
import { coerceTextValues } from '../../src/core/import/coerce-text-values.ts';
import { shapeOfFeatures } from '../../src/core/import/file-shape.ts';
import { importFile } from '../../src/core/import/import-file.ts';
import { NEW_LAYER_CHECK } from '../../src/core/import/import-target.ts';
import { targetIncompatibility } from '../../src/core/import/target-compatibility.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import type { LayerDef } from '../../src/core/layers/types.ts';

const stations = getLayer('monitoring-stations')!;

/** A KML of placemarks whose ExtendedData carries `accuracy_m` as text, as KML always does. */
function kml(accuracies: string[]): Uint8Array {
  const placemarks = accuracies.map(
    (accuracy, index) => `<Placemark><name>Trạm ${index}</name>
      <ExtendedData><Data name="accuracy_m"><value>${accuracy}</value></Data></ExtendedData>
      <Point><coordinates>105.7${index},21.25</coordinates></Point></Placemark>`,
  );
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="utf-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join('')}</Document></kml>`,
  );
}

describe('text values read as the numbers the layer asks for', () => {
  it('converts a KML’s "5" and "0,5" for a number field, naming the field', () => {
    const outcome = importFile(kml(['5', '0,5', '12.25']), 'stations.kml', stations, new Set());
    expect(outcome.accepted).toBe(true);
    expect(outcome.features.map((f) => f.properties?.accuracy_m)).toEqual([5, 0.5, 12.25]);
    expect(outcome.convertedFields).toEqual(['accuracy_m']);
    expect(outcome.warnings.filter((w) => w.path.includes('accuracy_m'))).toEqual([]);
  });

  it('leaves text that is no number as it was, flagged as before', () => {
    const outcome = importFile(kml(['about 5', '1.500']), 'stations.kml', stations, new Set());
    expect(outcome.features.map((f) => f.properties?.accuracy_m)).toEqual(['about 5', '1.500']);
    expect(outcome.convertedFields).toBeUndefined();
    expect(outcome.warnings.filter((w) => w.path.includes('accuracy_m'))).toHaveLength(2);
  });

  it('reads yes/no text for a boolean field and leaves text fields alone', () => {
    const layer = {
      ...stations,
      properties: {
        active: { type: 'boolean', required: false, description: 'running' },
        name: { type: 'string', required: true, description: 'name' },
      },
    } as LayerDef;
    const feature = (active: string, name: string): GeoJSON.Feature => ({
      type: 'Feature',
      properties: { active, name },
      geometry: { type: 'Point', coordinates: [105.7, 21.25] },
    });
    const { features, convertedFields } = coerceTextValues(
      [feature('có', '5'), feature('no', '7'), feature('maybe', '9')],
      layer,
    );
    expect(features.map((f) => f.properties)).toEqual([
      { active: true, name: '5' },
      { active: false, name: '7' },
      { active: 'maybe', name: '9' },
    ]);
    expect(convertedFields).toEqual(['active']);
  });

  it('a dropped KML whose text reads as numbers may go to a layer asking for numbers', () => {
    const roads = getLayer('me-linh-axis-roads')!;
    const line = (width: string) => `<Placemark><name>Đường</name>
      <ExtendedData><Data name="width_m"><value>${width}</value></Data></ExtendedData>
      <LineString><coordinates>105.7,21.2 105.72,21.21</coordinates></LineString></Placemark>`;
    const shapeOf = (widths: string[]) => {
      const text = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${widths.map(line).join('')}</Document></kml>`;
      const bytes = new TextEncoder().encode(text);
      return shapeOfFeatures(importFile(bytes, 'f.kml', NEW_LAYER_CHECK, new Set()).features);
    };
    expect(targetIncompatibility(roads, shapeOf(['42', '42,5']))).toBeUndefined();
    expect(targetIncompatibility(roads, shapeOf(['42', 'about 40']))).toEqual({
      reason: 'property',
      key: 'width_m',
      expected: 'number',
      found: 'string',
    });
  });

  it('reads a GeoJSON’s "0,5" text for a number field as the KML’s, and says so', () => {
    const station = (accuracy: string) => ({
      type: 'Feature',
      properties: { name: 'Trạm', accuracy_m: accuracy },
      geometry: { type: 'Point', coordinates: [105.7, 21.25] },
    });
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [station('0,5'), station('12'), station('about 5')],
    });
    const bytes = new TextEncoder().encode(text);
    const outcome = importFile(bytes, 'stations.geojson', stations, new Set());
    expect(outcome.format).toBe('geojson');
    expect(outcome.features.map((f) => f.properties?.accuracy_m)).toEqual([0.5, 12, 'about 5']);
    expect(outcome.convertedFields).toEqual(['accuracy_m']);
    const flagged = outcome.warnings.filter((w) => w.path.includes('accuracy_m'));
    expect(flagged.map((w) => w.featureIndex)).toEqual([2]);
  });
});
