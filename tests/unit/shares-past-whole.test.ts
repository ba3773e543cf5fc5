import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { resultTable } from '../../src/core/checks/result-table.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { sharesPastWhole } from '../../src/core/checks/shares-past-whole.ts';
import { squareZone } from './support/squareZone.ts';

const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(new URL(`../../data/geojson/${id}.geojson`, import.meta.url), 'utf8'));

const collection = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** The rows of an overlap check of `a` against `b`, as the results table gets them. */
async function overlapRows(a: GeoJSON.FeatureCollection, b: GeoJSON.FeatureCollection) {
  const spec = { kind: 'overlap', a: { layerId: 'a' }, b: { layerId: 'b' } } as const;
  return resultTable(await runCheck(spec, { a, b }), 'en').rows;
}

describe('shares that add up past 100 %', () => {
  it('are found in the cluster coverage preset, where Kim Hoa lies in clusters 1 and 2', async () => {
    const preset = PRESET_CHECKS.find((check) => check.id === 'preset-cluster-coverage')!;
    const layers = {
      'industrial-zones': bundled('industrial-zones'),
      'security-clusters': bundled('security-clusters'),
    };
    const rows = resultTable(await runCheck(preset.spec, layers), 'en').rows;
    const kimHoa = rows.filter((row) => String(row.values.a).includes('Kim Hoa'));
    expect(kimHoa.map((row) => row.values.shareOfA)).toEqual([
      expect.closeTo(1, 3),
      expect.closeTo(1, 3),
    ]);
    expect(sharesPastWhole(rows)).toEqual(['shareOfA']);
  });

  it('are not claimed for a zone split between two clusters that only touch', async () => {
    const zone = squareZone('zone', 105.0, 21.0, 0.02);
    const west = squareZone('west', 104.98, 20.99, 0.03);
    const east = squareZone('east', 105.01, 20.99, 0.03);
    const rows = await overlapRows(collection(zone), collection(west, east));
    expect(rows.map((row) => row.values.shareOfA)).toEqual([
      expect.closeTo(0.5, 2),
      expect.closeTo(0.5, 2),
    ]);
    expect(sharesPastWhole(rows)).toEqual([]);
  });

  it('names the B side when features of A overlap each other', async () => {
    const cluster = squareZone('cluster', 105.0, 21.0, 0.02);
    const first = squareZone('first', 104.99, 20.99, 0.04);
    const second = squareZone('second', 104.995, 20.995, 0.03);
    const rows = await overlapRows(collection(first, second), collection(cluster));
    expect(sharesPastWhole(rows)).toEqual(['shareOfB']);
  });
});
