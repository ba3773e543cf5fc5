import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { overlayOf, resultTable } from '../../src/core/checks/result-table.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { specLayerIds } from '../../src/core/checks/worker-protocol.ts';

const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(new URL(`../../data/geojson/${id}.geojson`, import.meta.url), 'utf8'));

async function presetTable(id: string) {
  const preset = PRESET_CHECKS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const layers = Object.fromEntries(specLayerIds(preset.spec).map((l) => [l, bundled(l)]));
  return resultTable(await runCheck(preset.spec, layers));
}

describe('what a check draws on the map', () => {
  it.each([
    ['nearest', 'preset-zones-nearest-rr5', ['nearest', 'nearest-label']],
    ['overlap', 'preset-cluster-coverage', ['shared']],
    ['corridor', 'preset-rr5-corridor-500m', ['corridor']],
  ])('%s: every row is drawn, marked with its row key', async (_kind, id, roles) => {
    const table = await presetTable(id);
    expect(table.rows.length).toBeGreaterThan(0);
    const drawn = overlayOf(table).features.filter((f) => f.properties?.rowKey !== undefined);
    // Every row is drawn, and every drawn part names a row of the table.
    const rowKeys = new Set(table.rows.map((row) => row.key));
    expect(new Set(drawn.map((f) => f.properties?.rowKey))).toEqual(rowKeys);
    expect(new Set(drawn.map((f) => f.properties?.role))).toEqual(new Set(roles));
  });
});
