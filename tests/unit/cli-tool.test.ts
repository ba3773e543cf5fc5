import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');

/** Runs the real command, as a user would. */
function giapranh(args: string[], env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' }) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A FeatureCollection of `count` small squares: its measure CSV is ~60 bytes a row. */
function squares(count: number): string {
  const features = Array.from({ length: count }, (_, i) => {
    const x = 105.5 + (i % 300) * 0.001;
    const y = 21.1 + Math.floor(i / 300) * 0.001;
    const ring = [
      [x, y],
      [x + 0.0005, y],
      [x + 0.0005, y + 0.0005],
      [x, y + 0.0005],
      [x, y],
    ];
    return {
      type: 'Feature',
      id: `sq-${i}`,
      properties: {},
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

describe('giapranh as a tool in scripts', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-tool-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const big = join(scratch, 'big.geojson');
  writeFileSync(big, squares(20_000));

  it('ends quietly with 0 when the reader closes the pipe early (| head -1)', () => {
    const script = `"${process.execPath}" "${BIN}" analyze measure "${big}" | head -1; echo "exit=\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toBe('id,name,type,length_m,area_m2\nexit=0\n');
    expect(run.stderr).toBe('');
  });

  it('reports a full disk as an I/O error (exit 2), without a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BIN, 'analyze', 'measure', big], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    expect(run.stderr).toContain('no space left on device');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(2);
  });

  it('writes every row of a long output, in order', () => {
    const run = giapranh(['analyze', 'measure', big, '--format', 'json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string }[];
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 20_000 }, (_, i) => `sq-${i}`));
  });

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const run = giapranh(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`giapranh ${version}\n`);
  });

  it('analyze with no arguments prints its usage and exits 2', () => {
    const run = giapranh(['analyze']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('giapranh analyze measure FILE');
  });

  it('names a missing file and a folder in words, not ENOENT/EISDIR', () => {
    const missing = giapranh(['analyze', 'measure', join(scratch, 'nope.geojson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `giapranh analyze: file not found: ${join(scratch, 'nope.geojson')}\n`,
    );
    const folder = giapranh(['analyze', 'measure', scratch]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`giapranh analyze: ${scratch} is a folder, not a file\n`);
  });

  it('reading feature by feature keeps the whole file’s verdicts and positions', () => {
    const point =
      '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[105.5,21.1]}}';
    const cases: [string, string][] = [
      [
        `{"type":"FeatureCollection","features":[${point}]}\n  xyz`,
        'not valid JSON at line 2, column 3: unexpected "x" after the JSON value',
      ],
      [
        `{"type":"FeatureCollection","features":[\n${point}\n${point}]}`,
        'not valid JSON at line 3, column 1',
      ],
      [`{"type":"FeatureCollection","features":[${point},{"type":"Feat`, 'never closed'],
      [
        `{"type":"FeatureCollection","features":[${point}, 5, ${point.replace('105.5', '500')}]}`,
        'features[1]: not a GeoJSON Feature\n  features[2]: geometry.coordinates [500, 21.1]',
      ],
    ];
    cases.forEach(([text, message], i) => {
      const path = join(scratch, `broken-${i}.geojson`);
      writeFileSync(path, text);
      const run = giapranh(['analyze', 'measure', path]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
      expect(run.code).toBe(1);
    });
  });

  it('says it in Vietnamese when the locale is Vietnamese', () => {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'vi_VN.UTF-8' };
    const missing = giapranh(['analyze', 'measure', join(scratch, 'nope.geojson')], env);
    expect(missing.stderr).toContain(`không tìm thấy tệp: ${join(scratch, 'nope.geojson')}`);
    const folder = giapranh(['analyze', 'measure', scratch], env);
    expect(folder.stderr).toContain(`${scratch} là một thư mục, không phải tệp`);
  });

  it('help and README call it only in a form that runs this project’s command', () => {
    const usage = giapranh(['--help'])
      .stdout.split('\n')
      .filter((line) => /^ {2}\S/.test(line));
    expect(usage.length).toBeGreaterThan(4);
    for (const line of usage) expect(line).toMatch(/^ {2}node bin\/giapranh\.js /);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shellLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
      (block[1] as string).split('\n').filter((line) => line.includes('giapranh')),
    );
    expect(shellLines.length).toBeGreaterThan(4);
    for (const line of shellLines) expect(line).toMatch(/^node bin\/giapranh\.js /);
  });

  it('runs the current source: a changed source file rebuilds the bundle', () => {
    const stampPath = join(ROOT, 'node_modules', '.cache', 'giapranh-cli', 'stamp.json');
    giapranh(['--version']);
    const before = JSON.parse(readFileSync(stampPath, 'utf8'));
    expect(Object.keys(before.inputs)).toContain('src/cli/args.ts');
    const source = join(ROOT, 'src', 'cli', 'args.ts');
    const { mtime } = statSync(source);
    utimesSync(source, new Date(), new Date(mtime.getTime() + 1000));
    try {
      expect(giapranh(['--version']).code).toBe(0);
      const after = JSON.parse(readFileSync(stampPath, 'utf8'));
      expect(after.dir).not.toBe(before.dir);
    } finally {
      utimesSync(source, new Date(), mtime);
    }
  });
});
