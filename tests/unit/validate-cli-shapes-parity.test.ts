import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BY_FEATURE_ENV } from '../../src/cli/commands/validate.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');

/** The real command, reading every file as a large one (`stream`) or whole. */
function giapranh(args: string[], read: 'stream' | 'whole') {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' };
  env[BY_FEATURE_ENV] = read === 'stream' ? '0' : '999999999999999';
  const run = spawnSync(process.execPath, [BIN, 'validate', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const feature = (id: string, lon: number, name = 'Hà Nội 😀') =>
  `{"type":"Feature","id":"${id}","properties":{"name":"${name}"},"geometry":{"type":"Point","coordinates":[${lon},21.2]}}`;
const collection = (...features: string[]) =>
  `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}`;
const utf16le = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** Large-file shapes that were read whole before, each with findings to print. */
const FILES: Record<string, string | Buffer> = {
  'utf16le.geojson': utf16le(collection(feature('a', 500), feature('b', 105.6), feature('a', 91))),
  'utf16be-no-bom.geojson': utf16be(collection(feature('c', 105.6), feature('d', -500))),
  'utf16-cut-short.geojson': utf16le(collection(feature('e', 105.6)).slice(0, -3)),
  'utf16-lone-feature.geojson': utf16le(feature('f', 500)),
  'sequence.geojsonl': `${feature('g', 105.6)}\n${feature('h', 105.6)}\n`,
  'sequence-rs.geojsons': `\u001e${feature('i', 105.6)}\n\u001e${feature('j', 105.6)}\n`,
  'sequence-utf16.geojsonl': utf16le(`${feature('k', 105.6)}\n${feature('l', 105.6)}\n`),
  'lone-feature.geojson': feature('m', 500),
};

describe('giapranh validate: a large UTF-16 file, GeoJSONSeq or lone Feature prints what it prints read whole', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-validate-shapes-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const paths = Object.entries(FILES).map(([name, content]) => {
    writeFileSync(join(scratch, name), content);
    return join(scratch, name);
  });

  it.each(['text', 'json'])('--format %s: same stdout, stderr and exit', (format) => {
    for (const lang of ['en', 'vi']) {
      const args = [...paths, '--format', format, '--lang', lang];
      const streamed = giapranh(args, 'stream');
      expect(streamed).toEqual(giapranh(args, 'whole'));
      expect(streamed.code).toBe(1);
      expect(streamed.stdout).toContain('geojson-seq');
      expect(streamed.stdout).toContain('encoding-utf16');
    }
  });
});
