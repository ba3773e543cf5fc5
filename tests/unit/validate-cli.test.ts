import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/core/validate/report.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const FIXTURES = 'tests/fixtures/validate';

/** Runs the real command, as a user would, in `cwd` (the repository by default). */
function giapranh(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('giapranh validate', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-validate-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('exits 0 on a valid file and says so', () => {
    const run = giapranh(['validate', `${FIXTURES}/valid.geojson`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ tests/fixtures/validate/valid.geojson: valid, 4 features');
  });

  it('exits 0 when there are only warnings, and prints them', () => {
    const run = giapranh(['validate', `${FIXTURES}/winding.geojson`, `${FIXTURES}/html.geojson`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'warning: features[0].geometry.coordinates[0] (feature 0, id "clockwise")',
    );
    expect(run.stdout).toContain('[property-html]');
  });

  it('exits 1 on an invalid file, naming file, line and column of a syntax error', () => {
    const run = giapranh(['validate', `${FIXTURES}/malformed.geojson`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/validate/malformed.geojson:5:5: error:');
  });

  it('walks a directory and reports an id reused across its files, naming the other file', () => {
    const run = giapranh(['validate', `${FIXTURES}/cross-files`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'cross-files/b.geojson: error: features[1].id (feature 1, id "shared-id")',
    );
    expect(run.stdout).toContain('in tests/fixtures/validate/cross-files/a.geojson');
  });

  it('prints the same findings as parseable JSON with --format json', () => {
    const run = giapranh(['validate', '--format', 'json', `${FIXTURES}/bowtie.geojson`]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.findings[0]).toMatchObject({
      severity: 'error',
      code: 'ring-self-intersection',
      file: 'tests/fixtures/validate/bowtie.geojson',
      featureIndex: 0,
      featureId: 'bowtie',
      path: 'features[0].geometry.coordinates[0][0]',
    });
  });

  it('validates data/geojson/ of the current directory when given no argument', () => {
    const data = join(scratch, 'default', 'data', 'geojson');
    mkdirSync(data, { recursive: true });
    copyFileSync(join(ROOT, FIXTURES, 'valid.geojson'), join(data, 'valid.geojson'));
    // Beside data/geojson/, like data/basemap/: not for the validator.
    copyFileSync(join(ROOT, FIXTURES, 'malformed.geojson'), join(data, '..', 'elsewhere.json'));
    const run = giapranh(['validate'], join(scratch, 'default'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${join('data', 'geojson', 'valid.geojson')}: valid`);
    expect(run.stdout).toContain('Checked 1 file: all valid.');
  });

  it('exits 2 when a file is missing', () => {
    const run = giapranh(['validate', `${FIXTURES}/no-such-file.geojson`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no-such-file.geojson: cannot read: no such file or directory');
  });

  it('exits 2 on an unknown option or format, with the usage', () => {
    const unknown = giapranh(['validate', '--strict', `${FIXTURES}/valid.geojson`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --strict');
    const run = giapranh(['validate', '--format', 'yaml', `${FIXTURES}/valid.geojson`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be text or json');
    expect(run.stderr).toContain('Usage: giapranh validate');
  });

  it('prints its help and exits 0', () => {
    const run = giapranh(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: giapranh validate [FILE|DIR|- ...] [--format text|json]');
  });
});
