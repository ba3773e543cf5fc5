import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOutcome } from '../../src/core/checks/export-outcome.ts';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { layerFeatures } from '../../src/core/checks/resolve-input.ts';
import { overlayOf, resultTable } from '../../src/core/checks/result-table.ts';
import { pairNamesOf } from '../../src/core/checks/row-names.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { ResultAssembler, resultChunks } from '../../src/core/checks/transfer.ts';
import { specLayerIds } from '../../src/core/checks/worker-protocol.ts';
import { formatLength } from '../../src/core/format/propertyText.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { squareZone } from './support/squareZone.ts';

const bundled = Object.fromEntries(
  LAYERS.map((layer) => [
    layer.id,
    JSON.parse(
      readFileSync(new URL(`../../data/geojson/${layer.id}.geojson`, import.meta.url), 'utf8'),
    ),
  ]),
) as Record<string, GeoJSON.FeatureCollection>;

const square = squareZone;

describe('planning checks', () => {
  it('every preset runs on the bundled layers and reads only the layers it names', async () => {
    for (const preset of PRESET_CHECKS) {
      const needed = Object.fromEntries(specLayerIds(preset.spec).map((id) => [id, bundled[id]!]));
      const outcome = await runCheck(preset.spec, needed);
      const table = resultTable(outcome);
      expect(table.columns.length, preset.id).toBeGreaterThan(0);
      for (const row of table.rows)
        expect(Object.keys(row.values).sort()).toEqual(table.columns.map((c) => c.key).sort());
    }
  });

  it('filters a layer by a property, e.g. the provincial border out of the boundaries', () => {
    const border = layerFeatures(
      { layerId: 'boundaries', where: { property: 'kind', equals: ['provincial-border'] } },
      bundled,
    );
    expect(border.map((f) => f.id)).toEqual(['border-hn-vp']);
  });

  it('takes one feature by its key, for a check about the feature selected on the map', () => {
    const one = layerFeatures(
      { layerId: 'industrial-zones', featureKeys: ['iz-kim-hoa'] },
      bundled,
    );
    expect(one.map((f) => f.id)).toEqual(['iz-kim-hoa']);
    // A feature without an id is keyed by its index.
    const anonymous = {
      type: 'FeatureCollection',
      features: [square('x', 105, 21, 0.1), square('y', 105, 21, 0.1)].map(({ id: _, ...f }) => f),
    } as GeoJSON.FeatureCollection;
    const byIndex = layerFeatures({ layerId: 'anon', featureKeys: ['#1'] }, { anon: anonymous });
    expect(byIndex).toEqual([anonymous.features[1]]);
  });

  it('finds every zone within reach of Ring Road 5: each zone gets its nearest road and a line', async () => {
    const outcome = await runCheck(
      PRESET_CHECKS.find((p) => p.id === 'preset-zones-nearest-rr5')!.spec,
      bundled,
    );
    const table = resultTable(outcome);
    expect(table.rows).toHaveLength(bundled['industrial-zones']!.features.length);
    const lines = overlayOf(table).features.filter((f) => f.properties?.role === 'nearest');
    expect(lines).toHaveLength(table.rows.length);
    expect(lines.every((f) => f.geometry.type === 'LineString')).toBe(true);
  });

  it('names the features in the table’s language (English names in English, else Vietnamese)', async () => {
    const outcome = await runCheck(
      PRESET_CHECKS.find((p) => p.id === 'preset-zones-nearest-rr5')!.spec,
      bundled,
    );
    const names = (lang: 'vi' | 'en') =>
      resultTable(outcome, lang).rows.map((row) => String(row.values.from));
    expect(names('vi')).toContain('Khu công nghiệp Quang Minh');
    const zones = bundled['industrial-zones']!.features;
    const quangMinh = zones.find((zone) => zone.id === 'iz-quang-minh')!;
    expect(names('en')).toContain(quangMinh.properties?.name_en);
    expect(names('en')).not.toContain('Khu công nghiệp Quang Minh');
  });

  it('labels each nearest line once, at its middle, in the table’s unit and language', async () => {
    const outcome = await runCheck(
      PRESET_CHECKS.find((p) => p.id === 'preset-zones-nearest-rr5')!.spec,
      bundled,
    );
    const table = resultTable(outcome, 'en');
    const labels = overlayOf(table).features.filter((f) => f.properties?.role === 'nearest-label');
    expect(labels).toHaveLength(table.rows.length);
    const far = table.rows.find((row) => Number(row.values.distance) >= 1000);
    if (far?.overlay?.geometry.type !== 'LineString') throw new Error('a far zone');
    const [from, to] = far.overlay.geometry.coordinates as [number[], number[]];
    const label = labels.find(
      (f) =>
        f.geometry.type === 'Point' &&
        f.geometry.coordinates[0] === ((from[0] ?? 0) + (to[0] ?? 0)) / 2 &&
        f.geometry.coordinates[1] === ((from[1] ?? 0) + (to[1] ?? 0)) / 2,
    );
    expect(label?.properties?.label).toBe(formatLength(Number(far.values.distance), 'en'));
    expect(label?.properties?.label).toMatch(/ km$/);
    const vi = resultTable(outcome, 'vi').rows.find((row) => row.key === far.key);
    expect(vi?.overlay?.properties?.label).toBe(formatLength(Number(far.values.distance), 'vi'));
  });

  it('reports the shared area of two overlapping squares with shares of each (hand-worked)', async () => {
    // Two 0.01° squares overlapping by half of each: shares 0.5 and 0.5 (the halves are
    // mirror images in latitude only to first order; 1e-3 covers the ellipsoid's asymmetry).
    const layers = {
      a: { type: 'FeatureCollection', features: [square('a1', 105.6, 21.2, 0.01)] },
      b: { type: 'FeatureCollection', features: [square('b1', 105.605, 21.2, 0.01)] },
    } as Record<string, GeoJSON.FeatureCollection>;
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'a' }, b: { layerId: 'b' } },
      layers,
    );
    const [row] = resultTable(outcome).rows;
    expect(row?.values.shareOfA).toBeCloseTo(0.5, 3);
    expect(row?.values.shareOfB).toBeCloseTo(0.5, 3);
    expect(
      exportOutcome(
        {
          kind: 'overlap',
          rows: outcome.kind === 'overlap' ? outcome.rows : [],
          names: pairNamesOf(outcome),
        },
        'csv',
      ).split('\n')[0],
    ).toBe('\uFEFFa_id,b_id,overlap_m2,share_of_a,share_of_b,a_name,a_name_en,b_name,b_name_en');
  });

  it('cuts a result into slices and puts it back together unchanged', async () => {
    const zones = {
      type: 'FeatureCollection',
      features: Array.from({ length: 23 }, (_, i) =>
        square(`z${i}`, 105.6 + i * 0.002, 21.2, 0.003),
      ),
    } as GeoJSON.FeatureCollection;
    const corridor = {
      type: 'FeatureCollection',
      features: [square('c', 105.6, 21.2, 0.03)],
    } as GeoJSON.FeatureCollection;
    const spec = {
      kind: 'overlap',
      a: { layerId: 'zones' },
      b: { corridorOf: { layerId: 'corridor' }, distanceMeters: 100 },
    } as const;
    const outcome = await runCheck(spec, { zones, corridor });
    const table = resultTable(outcome);
    const assembler = new ResultAssembler();
    let slices = 0;
    for (const chunk of resultChunks(outcome, table, 5)) {
      assembler.add(structuredClone(chunk));
      slices += 1;
    }
    expect(slices).toBe(Math.ceil(table.rows.length / 5));
    const back = assembler.result();
    expect(back.table.rows.map((r) => r.values)).toEqual(table.rows.map((r) => r.values));
    expect(overlayOf(back.table).features).toHaveLength(overlayOf(table).features.length);
    expect(back.outcome.kind === 'overlap' && back.outcome.rows.length).toBe(table.rows.length);
  });
});
