import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BY_FEATURE_ENV, runValidate } from '../../src/cli/commands/validate.ts';
import type { JsonReport } from '../../src/core/validate/report.ts';

// The validator, wrapped to see what was already printed when it returned.
const printedAtReturn: string[] = [];
let stdout = '';
vi.mock('../../src/core/validate/validate-bytes.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/core/validate/validate-bytes.ts')>();
  return {
    validateBytes: (...args: Parameters<typeof original.validateBytes>) => {
      const result = original.validateBytes(...args);
      printedAtReturn.push(stdout);
      return result;
    },
  };
});

const point = (id: string, lon: number) =>
  `{"type":"Feature","id":"${id}","properties":{},"geometry":{"type":"Point","coordinates":[${lon},21.2]}}`;
const ring = '[[105.6,21.2],[105.6,21.3],[105.7,21.3],[105.7,21.2],[105.6,21.2]]';
const FILE = `{"type":"FeatureCollection","features":[
${point('far', 500)},
{"type":"Feature","id":"cw","properties":{},"geometry":{"type":"Polygon","coordinates":[${ring}]}},
${point('south', 105.6).replace('21.2', '-95')}
]}`;

describe('giapranh validate prints findings as they are found', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-validate-stream-'));
  const big = join(scratch, 'big.geojson');
  const other = join(scratch, 'other.geojson');
  writeFileSync(big, FILE);
  writeFileSync(other, point('far', 500));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeEach(() => {
    stdout = '';
    printedAtReturn.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, done?: () => void) => {
      stdout += chunk;
      done?.();
      return true;
    }) as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it('text: a large file’s errors before its check ends, its summary line after them', async () => {
    expect(await runValidate([big, other], { [BY_FEATURE_ENV]: '0' })).toBe(1);
    const [first] = printedAtReturn;
    expect(first).toContain('(feature 0, id "far")');
    expect(first).toContain('(feature 2, id "south")');
    expect(first).not.toContain(`✗ ${big}`);
    const lines = stdout.split('\n');
    const summary = lines.indexOf(`✗ ${big}: 2 errors, 1 warning, 3 features`);
    const lastFinding = lines.findLastIndex((line) => line.startsWith(`  ${big}:`));
    expect(summary).toBe(lastFinding + 1);
    expect(lines.at(-2)).toBe('Checked 2 files: 2 invalid.');
  });

  it('json: one valid report, written as the files are checked', async () => {
    expect(await runValidate(['--format', 'json', big, other], { [BY_FEATURE_ENV]: '0' })).toBe(1);
    expect(printedAtReturn[0]).toContain('"featureId": "far"');
    expect(printedAtReturn[0]).not.toContain('"errorCount"');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.unreadable).toEqual([]);
    expect(
      report.files.map(({ file, errorCount, warningCount }) => [file, errorCount, warningCount]),
    ).toEqual([
      [big, 2, 1],
      [other, 2, 0],
    ]);
    expect(report.files[1]!.findings.map((finding) => finding.code)).toEqual([
      'coordinates-out-of-range',
      'duplicate-id-across-files',
    ]);
  });
});
