import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');

function giapranh(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, LC_ALL: 'C' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonReport {
  files: { findings: { severity: string; code: string; message: string }[] }[];
}

const point = (coordinates: number[]) => ({
  type: 'Feature',
  id: 'p',
  properties: { name: 'Hà Nội' },
  geometry: { type: 'Point', coordinates },
});
const collection = JSON.stringify({ type: 'FeatureCollection', features: [point([105.6, 21.2])] });
/** "Hà Nội" in TCVN3 (ABC), as legacy Vietnamese software saved it. */
const TCVN3_HA_NOI = Buffer.from([0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69]);

/** Inputs `validate` and `analyze` used to disagree on, and the bytes they must refuse alike. */
const INPUTS: Record<string, string | Buffer> = {
  'bom.geojson': `\uFEFF${collection}`,
  'bare-geometry.geojson': '{"type":"Point","coordinates":[105.6,21.2]}',
  'lone-feature.geojson': JSON.stringify(point([105.6, 21.2])),
  'four-numbers.geojson': JSON.stringify(point([105.6, 21.2, 3, 7])),
  'utf16.geojson': Buffer.from(`\uFEFF${collection}`, 'utf16le'),
  'tcvn3.geojson': Buffer.concat([
    Buffer.from(collection.slice(0, collection.indexOf('Hà Nội'))),
    TCVN3_HA_NOI,
    Buffer.from(collection.slice(collection.indexOf('Hà Nội') + 'Hà Nội'.length)),
  ]),
  'gzip.geojson': gzipSync(collection),
  'geojsonseq.geojson': `${JSON.stringify(point([105.6, 21.2]))}\n${JSON.stringify(point([105.7, 21.2]))}\n`,
};

describe('giapranh analyze accepts and refuses what giapranh validate does', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-acceptance-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(Object.keys(INPUTS))('%s: same verdict, and a refusal in validate’s words', (name) => {
    const path = join(scratch, name);
    writeFileSync(path, INPUTS[name] as string | Buffer);
    const validated = giapranh(['validate', path, '--format', 'json']);
    const analyzed = giapranh(['analyze', 'measure', path]);
    expect(analyzed.code).toBe(validated.code);
    const errors = (JSON.parse(validated.stdout) as JsonReport).files[0]?.findings.filter(
      (finding) => finding.severity === 'error',
    );
    if (validated.code === 0) {
      expect(analyzed.stdout).toContain('Point');
      return;
    }
    expect(analyzed.stdout).toBe('');
    expect(analyzed.stderr).toContain(errors?.[0]?.message);
  });
});
