import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/core/validate/report.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const VALID = join(ROOT, 'tests/fixtures/validate/valid.geojson');
const WINDING = join(ROOT, 'tests/fixtures/validate/winding.geojson');
const MALFORMED = join(ROOT, 'tests/fixtures/validate/malformed.geojson');
/** Long enough for a slow CI machine; a run that hangs is killed and fails the test. */
const HANG_LIMIT_MS = 30_000;

/** Runs the real command in `cwd`, killed if it has not ended within {@link HANG_LIMIT_MS}. */
function giapranh(args: string[], cwd: string, input?: string | Buffer) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: HANG_LIMIT_MS,
    ...(input !== undefined && { input }),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, killed: run.signal !== null };
}

describe('giapranh validate: naming files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-validate-files-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('checks a file once however often it is named (real paths), so no false duplicate ids', () => {
    const data = join(scratch, 'twice', 'data', 'geojson');
    mkdirSync(data, { recursive: true });
    copyFileSync(VALID, join(data, 'valid.geojson'));
    const cwd = join(scratch, 'twice');
    const run = giapranh(
      ['validate', 'data/geojson', './data/geojson/', 'data/geojson/valid.geojson'],
      cwd,
    );
    expect(run.stdout).not.toContain('duplicate-id-across-files');
    expect(run.stdout).toContain('Checked 1 file: all valid.');
    expect(run.code).toBe(0);
  });

  it('reports a FIFO named *.geojson and skips it without reading, checking the files beside it', () => {
    const dir = join(scratch, 'fifo');
    mkdirSync(dir);
    copyFileSync(VALID, join(dir, 'a.geojson'));
    execFileSync('mkfifo', [join(dir, 'b.geojson')]);
    copyFileSync(WINDING, join(dir, 'c.geojson')); // other ids than a's
    const run = giapranh(['validate', 'fifo', 'fifo/b.geojson'], scratch);
    expect(run.killed).toBe(false);
    expect(run.stdout).toContain('✓ fifo/a.geojson: valid');
    expect(run.stdout).toContain('✗ fifo/b.geojson: cannot read: skipped, not read: a FIFO');
    expect(run.stdout).toContain('✓ fifo/c.geojson: valid');
    expect(run.stdout).toContain('Checked 3 files: 1 unreadable.'); // b once, though named twice
    expect(run.code).toBe(2);
  });

  it('reads standard input for -', () => {
    const run = giapranh(['validate', '-'], scratch, readFileSync(VALID));
    expect(run.stdout).toContain('✓ <stdin>: valid, 4 features');
    expect(run.code).toBe(0);
    const broken = giapranh(['validate', '--format', 'json', '-'], scratch, '{"type":');
    const report = JSON.parse(broken.stdout) as JsonReport;
    expect(report.files[0]).toMatchObject({ file: '<stdin>', ok: false });
    expect(broken.code).toBe(1);
  });

  it(
    "prints each file's findings as soon as it is checked, before the next file is read",
    async () => {
      // The second file is standard input, which this test writes only after it has seen the
      // first file's report: a command that printed at the end would never show it, and hang.
      const child = spawn(process.execPath, [BIN, 'validate', MALFORMED, '-'], { cwd: scratch });
      let stdout = '';
      const firstReport = new Promise<boolean>((resolveSeen) => {
        const timer = setTimeout(() => resolveSeen(false), HANG_LIMIT_MS);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.includes('malformed.geojson:5:5: error:')) {
            clearTimeout(timer);
            resolveSeen(true);
          }
        });
      });
      const seenBeforeStdin = await firstReport;
      child.stdin.end(readFileSync(VALID));
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(seenBeforeStdin).toBe(true);
      expect(stdout).toContain('✓ <stdin>: valid');
      expect(code).toBe(1);
    },
    2 * HANG_LIMIT_MS,
  );

  it('refuses a file too large for one string without reading it', () => {
    // Sparse: 600 MB long, no disk used; reading it would need 600 MB of memory and then fail.
    execFileSync('truncate', ['-s', '600M', join(scratch, 'huge.geojson')]);
    const run = giapranh(['validate', 'huge.geojson'], scratch);
    expect(run.stdout).toContain(
      '✗ huge.geojson: cannot read: too large to check in one piece (629 MB',
    );
    expect(run.code).toBe(2);
  });

  it('refuses a gzip file with what to do, and goes on to the next file', () => {
    writeFileSync(join(scratch, 'zipped.geojson'), gzipSync(readFileSync(VALID)));
    copyFileSync(VALID, join(scratch, 'plain.geojson'));
    const run = giapranh(['validate', 'zipped.geojson', 'plain.geojson'], scratch);
    expect(run.stdout).toContain('this is gzip, not GeoJSON: gunzip it first');
    expect(run.stdout).toContain('✓ plain.geojson: valid');
    expect(run.code).toBe(1);
  });
});
