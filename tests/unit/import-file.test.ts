import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/core/import/import-file.ts';
import { getLayer, LAYERS } from '../../src/core/layers/registry.ts';

const layer = getLayer(LAYERS[0]!.id)!;
const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));

describe('importing a file of any format into a layer', () => {
  it('lands a KML’s placemarks', () => {
    const outcome = importFile(fixture('places.kml'), 'places.kml', layer, new Set());
    expect(outcome.accepted).toBe(true);
    expect(outcome.featureCount).toBe(4);
    expect(outcome.format).toBe('kml');
  });

  it('lands a VN-2000 Shapefile in WGS84, saying the system it was read in', () => {
    const outcome = importFile(fixture('vn2000-5897.zip'), 'vn2000-5897.zip', layer, new Set());
    expect(outcome.accepted).toBe(true);
    expect(outcome.sourceCrs).toBe('EPSG:5897');
    expect(outcome.crsGuessed).toBe(false);
  });

  it('refuses an unsupported format by name, offering no fix', () => {
    const outcome = importFile(bytes('PK'), 'plan.xlsx', layer, new Set());
    expect(outcome.accepted).toBe(false);
    expect(outcome.errors[0]?.message).toContain('.xlsx files are not supported');
    expect(outcome.crsFixApplies).toBe(false);
    expect(outcome.swapFixApplies).toBe(false);
  });

  it('offers no coordinate system for a JSON syntax error', () => {
    const outcome = importFile(bytes('{"type": "Feature",'), 'broken.geojson', layer, new Set());
    expect(outcome.accepted).toBe(false);
    expect(outcome.crsFixApplies).toBe(false);
    expect(outcome.swapFixApplies).toBe(false);
  });

  it('offers a coordinate system for projected metres', () => {
    const metres = JSON.stringify({ type: 'Point', coordinates: [586513.385, 2326256.818] });
    const outcome = importFile(bytes(metres), 'metres.geojson', layer, new Set());
    expect(outcome.accepted).toBe(false);
    expect(outcome.crsFixApplies).toBe(true);
    expect(outcome.swapFixApplies).toBe(false);
  });

  it('offers to swap axes for latitude-first degrees, and the swap lands them', () => {
    const swapped = JSON.stringify({ type: 'Point', coordinates: [21.0278, 105.8342] });
    const outcome = importFile(bytes(swapped), 'swapped.geojson', layer, new Set());
    expect(outcome.accepted).toBe(false);
    expect(outcome.swapFixApplies).toBe(true);
    expect(outcome.crsFixApplies).toBe(false);
    const fixed = importFile(bytes(swapped), 'swapped.geojson', layer, new Set(), {
      swapAxes: true,
    });
    expect(fixed.accepted).toBe(true);
    expect(fixed.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [105.8342, 21.0278],
    });
  });
});
