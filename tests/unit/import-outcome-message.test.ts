import { describe, expect, it } from 'vitest';
import type { FileImportOutcome } from '../../src/core/import/import-file.ts';
import { outcomeMessage } from '../../src/core/import/outcome-message.ts';

const parcel = (id: string, area: number | string): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: { ten: `Thửa ${id}`, dien_tich: area },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [105.7, 21.2],
        [105.71, 21.2],
        [105.71, 21.21],
        [105.7, 21.2],
      ],
    ],
  },
});

function outcome(accepted: boolean): FileImportOutcome {
  return {
    fileName: 'thua.zip',
    layerId: 'new',
    sourceCrs: 'EPSG:4326',
    format: 'shapefile',
    accepted,
    featureCount: 2,
    features: [parcel('a', 120), parcel('b', '80')],
    errors: [],
    warnings: [],
    findingCounts: {},
    omittedCount: 0,
  };
}

describe("the import worker's last message about a file", () => {
  it('carries what an accepted file holds, so the page never walks its features', () => {
    const message = outcomeMessage(7, outcome(true));
    expect(message.requestId).toBe(7);
    if (!('outcome' in message)) throw new Error('no outcome');
    expect(message.outcome.features).toEqual([]);
    expect(message.shape?.geometryKinds).toEqual(new Set(['Polygon']));
    expect(message.shape?.valueKinds).toEqual(
      new Map([
        ['ten', new Set(['string'])],
        ['dien_tich', new Set(['number', 'string'])],
      ]),
    );
    // "80" reads as a number: a layer asking for one converts it.
    expect(message.shape?.textReadsAs?.get('dien_tich')).toEqual(new Set(['number']));
  });

  it('carries no shape for a refused file', () => {
    const message = outcomeMessage(8, outcome(false));
    expect('shape' in message).toBe(false);
  });

  it('survives the structured clone to the page', () => {
    const message = structuredClone(outcomeMessage(9, outcome(true)));
    expect('shape' in message && message.shape?.geometryKinds.has('Polygon')).toBe(true);
  });
});
