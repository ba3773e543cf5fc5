import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportOutcome } from '../../src/core/checks/export-outcome.ts';
import { resultTable } from '../../src/core/checks/result-table.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { ResultAssembler, resultChunks } from '../../src/core/checks/transfer.ts';
import { squareZone } from './support/squareZone.ts';

const square = (id: string, west: number, south: number, sizeDeg: number) =>
  squareZone(id, west, south, sizeDeg, { name: `zone ${id}` });

/** A bow tie over the same place as the squares: its measures would be wrong (0 m² area). */
const bowTie: Feature = {
  type: 'Feature',
  id: 'bow-tie',
  properties: { name: 'nơ' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [105.6, 21.2],
        [105.61, 21.21],
        [105.61, 21.2],
        [105.6, 21.21],
        [105.6, 21.2],
      ],
    ],
  },
};

const road: Feature = {
  type: 'Feature',
  id: 'road',
  properties: { name: 'đường' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [105.6, 21.19],
      [105.62, 21.19],
    ],
  },
};

const layers = {
  zones: { type: 'FeatureCollection', features: [square('z1', 105.6, 21.2, 0.01), bowTie] },
  mixed: { type: 'FeatureCollection', features: [square('m1', 105.605, 21.2, 0.01), road] },
} as Record<string, GeoJSON.FeatureCollection>;

describe('planning checks leave out what the CLI leaves out, and say so', () => {
  it('nearest: no row for an invalid feature; it is listed with the validator’s reason', async () => {
    const outcome = await runCheck(
      { kind: 'nearest', from: { layerId: 'zones' }, to: { layerId: 'mixed' } },
      layers,
    );
    const table = resultTable(outcome);
    expect(table.rows.map((row) => row.values.from)).toEqual(['zone z1']);
    expect(table.leftOut).toEqual([
      expect.objectContaining({
        layerId: 'zones',
        key: 'bow-tie',
        name: 'nơ',
        reason: 'invalid',
        problems: [expect.objectContaining({ code: 'ring-self-intersection' })],
      }),
    ]);
  });

  it('overlap: lines are left out as not applicable, polygons still overlap', async () => {
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'mixed' }, b: { layerId: 'zones' } },
      layers,
    );
    const table = resultTable(outcome);
    expect(table.rows.map((row) => [row.values.a, row.values.b])).toEqual([['zone m1', 'zone z1']]);
    expect(table.leftOut.map((f) => [f.key, f.reason])).toEqual([
      ['road', 'not-applicable'],
      ['bow-tie', 'invalid'],
    ]);
  });

  it('a corridor is not drawn around an invalid feature, and a layer checked against itself lists it once', async () => {
    const corridor = await runCheck(
      { kind: 'corridor', of: { layerId: 'zones' }, distanceMeters: 100 },
      layers,
    );
    expect(resultTable(corridor).rows.map((row) => row.values.of)).toEqual(['zone z1']);
    const self = await runCheck(
      { kind: 'overlap', a: { layerId: 'zones' }, b: { layerId: 'zones' } },
      layers,
    );
    expect(self.leftOut.map((f) => f.key)).toEqual(['bow-tie']);
  });

  it('the list crosses from the worker with the first slice', async () => {
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'mixed' }, b: { layerId: 'zones' } },
      layers,
    );
    const assembler = new ResultAssembler();
    for (const chunk of resultChunks(outcome, resultTable(outcome), 1)) assembler.add(chunk);
    expect(assembler.result().table.leftOut).toHaveLength(2);
  });

  it('the corridor CSV names id-less features #index and neutralises formulas', async () => {
    const hostile = {
      hostile: {
        type: 'FeatureCollection',
        features: [
          { ...square('=cmd|calc', 105.6, 21.2, 0.01), id: '=cmd|calc' },
          { ...square('x', 105.63, 21.2, 0.01), id: undefined },
        ],
      },
    } as Record<string, GeoJSON.FeatureCollection>;
    const outcome = await runCheck(
      { kind: 'corridor', of: { layerId: 'hostile' }, distanceMeters: 50 },
      hostile,
    );
    if (outcome.kind !== 'corridor') throw new Error('not a corridor');
    const csv = exportOutcome({ kind: 'corridor', corridors: outcome.corridors }, 'csv');
    const lines = csv.split('\n');
    expect(lines[0]).toBe('\uFEFFid,name,name_en,buffer_m,area_m2');
    expect(lines[1]).toMatch(/^'=cmd\|calc,zone =cmd\|calc,,50,\d+\.\d{3}$/);
    expect(lines[2]).toMatch(/^#1,zone x,,50,\d+\.\d{3}$/);
  });
});
