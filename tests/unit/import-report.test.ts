import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { findingKinds } from '../../src/core/import/finding-kinds.ts';
import { findingsCsv } from '../../src/core/import/findings-report.ts';
import { importFile } from '../../src/core/import/import-file.ts';
import { NEW_LAYER_CHECK } from '../../src/core/import/import-target.ts';
import { reportedOutcome } from '../../src/core/import/reported-outcome.ts';
import type { Finding } from '../../src/core/validate/types.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A file of `count` squares with open rings, then one feature with no geometry member. */
function brokenFile(count: number): string {
  const squares = squaresText(count, false);
  return `${squares.slice(0, -2)},{"type":"Feature","properties":{}}]}`;
}

describe('the report of a refused file with more findings than the checks keep', () => {
  // 12,000 open rings: the checks keep 10,000 findings, so the feature with no geometry at the
  // end is only counted.
  const outcome = reportedOutcome(
    importFile(bytes(brokenFile(12_000)), 'broken.geojson', NEW_LAYER_CHECK, new Set()),
  );
  const kinds = findingKinds(outcome.errors, outcome.warnings, outcome.findingCounts);

  it('lists the first 50 of each kind of problem and counts them all', () => {
    expect(outcome.accepted).toBe(false);
    expect(kinds.map((kind) => [kind.severity, kind.listed.length, kind.count])).toEqual([
      ['error', 50, 12_000],
      ['error', 0, 1],
    ]);
    expect(kinds[0]?.listed[0]?.path).toBe('features[0].geometry.coordinates[0]');
    expect(outcome.omittedCount).toBe(12_001 - 50);
  });

  it('writes every finding kept, with its place, into the full report (CSV and JSON)', async () => {
    const report = outcome.fullReport!;
    expect(report.findingCount).toBe(10_000);
    // A BOM first, so a spreadsheet reads the Vietnamese messages as UTF-8 (text() drops it).
    expect([...new Uint8Array(await report.csv.slice(0, 3).arrayBuffer())]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const lines = (await report.csv.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('severity,code,line,column,path,feature_index,feature_id,message,rule');
    expect(lines).toHaveLength(10_001);
    expect(lines[10_000]).toContain(',features[9999].geometry.coordinates[0],9999,sq-9999,');
    const json = JSON.parse(await report.json.text());
    expect(json.report.kinds.map((kind: { count: number }) => kind.count)).toEqual([12_000, 1]);
    expect(json.report.notWritten).toBe(2001);
    expect(json.findings).toHaveLength(10_000);
    expect(json.findings[0].line).toBe(1);
  });
});

describe('the report of a file whose every id is on the map already', () => {
  it('lists 50 clashes of 20,000 and writes all of them to the full report', async () => {
    const text = squaresText(20_000, true);
    const onMap = new Set(Array.from({ length: 20_000 }, (_, i) => `sq-${i}`));
    const outcome = reportedOutcome(
      importFile(bytes(text), 'again.geojson', NEW_LAYER_CHECK, onMap),
    );
    expect(outcome.errors).toHaveLength(50);
    expect(outcome.findingCounts?.['duplicate-id']).toBe(20_000);
    expect(outcome.omittedCount).toBe(19_950);
    const csv = await outcome.fullReport!.csv.text();
    expect(csv.trimEnd().split('\n')).toHaveLength(20_001);
  });
});

describe('the full report in a spreadsheet', () => {
  it('runs no formula a file put in an id or a message', () => {
    const finding: Finding = {
      severity: 'error',
      code: 'duplicate-id',
      file: 'x.geojson',
      path: 'features[0].id',
      featureIndex: 0,
      featureId: '=HYPERLINK("http://x")',
      message: 'id =1+1 is on the map',
    };
    const row = findingsCsv([finding]).split('\n')[1];
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
