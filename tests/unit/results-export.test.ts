import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureFeature } from '../../src/core/analysis/measure-feature.ts';
import { exportOutcome } from '../../src/core/checks/export-outcome.ts';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { resultTable } from '../../src/core/checks/result-table.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { ResultAssembler, resultChunks } from '../../src/core/checks/transfer.ts';

const bundled = Object.fromEntries(
  ['industrial-zones', 'ring-road-5', 'security-clusters', 'boundaries'].map((id) => [
    id,
    JSON.parse(readFileSync(new URL(`../../data/geojson/${id}.geojson`, import.meta.url), 'utf8')),
  ]),
) as Record<string, GeoJSON.FeatureCollection>;

/** A preset run as the app runs it: in slices through the worker protocol, then put together. */
async function exported(presetId: string, format: 'csv' | 'geojson') {
  const spec = PRESET_CHECKS.find((preset) => preset.id === presetId)?.spec;
  if (!spec) throw new Error(`no preset ${presetId}`);
  const outcome = await runCheck(spec, bundled);
  const assembler = new ResultAssembler();
  for (const chunk of resultChunks(outcome, resultTable(outcome, 'en'), 2)) {
    assembler.add(structuredClone(chunk));
  }
  return { outcome, text: exportOutcome(assembler.result().outcome, format) };
}

/** One RFC 4180 line's cells (quoted cells may hold commas and doubled quotes). */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  const pattern = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  for (const match of line.matchAll(pattern)) {
    cells.push(match[2] !== undefined ? match[2].replaceAll('""', '"') : (match[1] ?? ''));
    if (match[3] === '') break;
  }
  return cells;
}

/** A CSV export as objects by column name. */
function records(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const columns = cellsOf(header ?? '');
  return lines.map((line) => {
    const cells = cellsOf(line);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

describe('exported results', () => {
  it('name both features of each nearest row in Vietnamese and English, after the ids', async () => {
    const { text } = await exported('preset-zones-nearest-rr5', 'csv');
    const [header] = text.replace(/^\uFEFF/, '').split('\n');
    expect(header).toBe(
      'from_id,to_id,distance_m,from_lon,from_lat,to_lon,to_lat,from_name,from_name_en,to_name,to_name_en',
    );
    const quangMinh = records(text).find((row) => row.from_id === 'iz-quang-minh');
    expect(quangMinh).toMatchObject({
      from_name: 'Khu công nghiệp Quang Minh',
      from_name_en: 'Quang Minh Industrial Park',
    });
    expect(quangMinh?.to_name).toMatch(/Vành đai 5/);
    expect(quangMinh?.to_name_en).toMatch(/^Ring Road 5/);
  });

  it('name both features of each overlap, in the CSV and in the GeoJSON', async () => {
    const csv = records((await exported('preset-cluster-coverage', 'csv')).text);
    expect(csv.length).toBeGreaterThan(0);
    for (const row of csv) {
      expect(row.a_name).not.toBe('');
      expect(row.a_name_en).toMatch(/Industrial|Park|Zone/);
      expect(row.b_name).not.toBe('');
    }
    const geojson = JSON.parse((await exported('preset-cluster-coverage', 'geojson')).text);
    for (const feature of geojson.features) {
      expect(feature.properties.a_name_en).toMatch(/Industrial|Park|Zone/);
      expect(typeof feature.properties.b_name).toBe('string');
    }
  });

  it('give each corridor its names and its geodesic area, in the CSV and in the GeoJSON', async () => {
    const { outcome, text } = await exported('preset-rr5-corridor-500m', 'csv');
    if (outcome.kind !== 'corridor') throw new Error('not a corridor');
    const rows = records(text);
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'name', 'name_en', 'buffer_m', 'area_m2']);
    rows.forEach((row, i) => {
      const corridor = outcome.corridors[i] as GeoJSON.Feature;
      expect(row.id).toBe(corridor.id);
      expect(row.name_en).toBe(corridor.properties?.name_en);
      expect(Number(row.area_m2)).toBeCloseTo(measureFeature(corridor).areaSquareMeters, 2);
      expect(Number(row.area_m2)).toBeGreaterThan(0);
    });
    const geojson = JSON.parse((await exported('preset-rr5-corridor-500m', 'geojson')).text);
    expect(geojson.features.map((f: GeoJSON.Feature) => f.properties?.area_m2)).toEqual(
      outcome.corridors.map((corridor) => measureFeature(corridor).areaSquareMeters),
    );
  });
});
