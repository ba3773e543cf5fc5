import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { emptyHintText } from '../../src/core/checks/empty-hint-text.ts';
import { resultTable } from '../../src/core/checks/result-table.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { ResultAssembler, resultChunks } from '../../src/core/checks/transfer.ts';

const square = (id: string, west: number, south: number, sizeDeg: number): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: { name: `Khu ${id}`, name_en: `Zone ${id}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + sizeDeg, south],
        [west + sizeDeg, south + sizeDeg],
        [west, south + sizeDeg],
        [west, south],
      ],
    ],
  },
});

const layer = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** GeographicLib's inverse between two [lon, lat] positions: the reference distance. */
const geodesicMeters = (a: [number, number], b: [number, number]) =>
  geographiclib.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 as number;

describe('the hint under an empty result', () => {
  it('names the nearest pair of an overlap that found nothing, at their ellipsoidal distance', async () => {
    // A's north-east corner faces B's south-west corner diagonally: they are the closest
    // points, so the distance is GeographicLib's inverse between the two corners.
    const layers = {
      a: layer(square('a1', 105.6, 21.2, 0.01), square('a2', 105.5, 21.1, 0.01)),
      b: layer(square('b1', 105.62, 21.22, 0.01), square('b2', 105.8, 21.4, 0.01)),
    };
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'a' }, b: { layerId: 'b' } },
      layers,
    );
    expect(outcome.kind === 'overlap' && outcome.rows).toEqual([]);
    const hint = outcome.hint;
    if (hint?.kind !== 'nearest-pair') throw new Error(`no nearest pair: ${JSON.stringify(hint)}`);
    expect(hint.a).toEqual({ vi: 'Khu a1', en: 'Zone a1' });
    expect(hint.b).toEqual({ vi: 'Khu b1', en: 'Zone b1' });
    const expected = geodesicMeters([105.61, 21.21], [105.62, 21.22]);
    expect(Math.abs(hint.distanceMeters - expected)).toBeLessThan(0.001);
    expect(hint.corridorMeters).toEqual([]);

    const km = (expected / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });
    expect(emptyHintText(hint, 'vi', (id) => id)).toBe(
      `Không có vùng chồng lấn; cặp gần nhất: Khu a1 – Khu b1 cách nhau ${km} km.`,
    );
    expect(emptyHintText(hint, 'en', (id) => id)).toMatch(
      /^No overlap; nearest pair: Zone a1 – Zone b1, 1\.\d+ km apart\.$/,
    );
  });

  it('measures a corridor from the feature it surrounds and says how wide the corridor is', async () => {
    const road: GeoJSON.Feature = {
      type: 'Feature',
      id: 'road',
      properties: { name: 'Đường' },
      geometry: { type: 'Point', coordinates: [105.6, 21.2] },
    };
    const layers = { zones: layer(square('z', 105.63, 21.23, 0.01)), roads: layer(road) };
    const outcome = await runCheck(
      {
        kind: 'overlap',
        a: { layerId: 'zones' },
        b: { corridorOf: { layerId: 'roads' }, distanceMeters: 500 },
      },
      layers,
    );
    const hint = outcome.hint;
    if (hint?.kind !== 'nearest-pair') throw new Error('no nearest pair');
    expect(
      Math.abs(hint.distanceMeters - geodesicMeters([105.63, 21.23], [105.6, 21.2])),
    ).toBeLessThan(0.001);
    expect(hint.corridorMeters).toEqual([500]);
    // No English name: the English sentence falls back to the Vietnamese one, as the table does.
    expect(emptyHintText(hint, 'en', (id) => id)).toMatch(
      /^No overlap; nearest pair: Zone z – Đường, 4\.\d+ km apart\. \(Measured between the features themselves; the corridor reaches 500 m from them\.\)$/,
    );
  });

  it('says which layer had nothing to check when a condition leaves no feature', async () => {
    const layers = {
      a: layer(square('a1', 105.6, 21.2, 0.01)),
      b: layer(square('b1', 105.6, 21.2, 0.01)),
    };
    const outcome = await runCheck(
      {
        kind: 'overlap',
        a: { layerId: 'a', where: { property: 'name', equals: ['nothing'] } },
        b: { layerId: 'b' },
      },
      layers,
    );
    expect(outcome.hint).toEqual({ kind: 'empty-input', layerId: 'a', leftOut: false });
    expect(emptyHintText(outcome.hint!, 'en', (id) => `Layer ${id.toUpperCase()}`)).toBe(
      'Layer “Layer A” has no features to check (it is empty, or a filter or condition left none).',
    );
  });

  it('says when every feature of a layer was left out, as lines are from an overlap', async () => {
    const line: GeoJSON.Feature = {
      type: 'Feature',
      id: 'road',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.6, 21.2],
          [105.7, 21.3],
        ],
      },
    };
    const layers = { zones: layer(square('z', 105.6, 21.2, 0.01)), roads: layer(line) };
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'zones' }, b: { layerId: 'roads' } },
      layers,
    );
    expect(outcome.hint).toEqual({ kind: 'empty-input', layerId: 'roads', leftOut: true });
    expect(emptyHintText(outcome.hint!, 'vi', () => 'Đường')).toBe(
      'Lớp “Đường” không có đối tượng nào phép kiểm tra này dùng được (xem danh sách bị bỏ qua).',
    );
  });

  it('gives no hint when there are rows, and carries the hint across the worker slices', async () => {
    const layers = {
      a: layer(square('a1', 105.6, 21.2, 0.01)),
      b: layer(square('b1', 105.605, 21.2, 0.01)),
    };
    const found = await runCheck(
      { kind: 'overlap', a: { layerId: 'a' }, b: { layerId: 'b' } },
      layers,
    );
    expect(found.hint).toBeUndefined();

    const apart = { a: layers.a, b: layer(square('b1', 105.7, 21.2, 0.01)) };
    const empty = await runCheck(
      { kind: 'overlap', a: { layerId: 'a' }, b: { layerId: 'b' } },
      apart,
    );
    const assembler = new ResultAssembler();
    for (const chunk of resultChunks(empty, resultTable(empty), 500)) {
      assembler.add(structuredClone(chunk));
    }
    expect(assembler.result().table.hint).toEqual(empty.hint);
    expect(assembler.result().table.hint?.kind).toBe('nearest-pair');
  });
});
