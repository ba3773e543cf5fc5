import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/validate/types.ts';
import { validateBytes } from '../../src/core/validate/validate-bytes.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = ['tests/fixtures/conformance', 'tests/fixtures/validate'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => ({ name, bytes: readFileSync(join(ROOT, dir, name)) })),
);

const point = (id: string, lon: number, extra = '') =>
  `{"type":"Feature","id":"${id}","properties":{"n":"x"${extra}},"geometry":{"type":"Point","coordinates":[${lon},21.2]}}`;
const ring = '[[105.6,21.2],[105.6,21.3],[105.7,21.3],[105.7,21.2],[105.6,21.2]]';
/** Errors in several features, clockwise-ring warnings between them, a repeated member name. */
const MIXED = `{"type":"FeatureCollection","features":[
${point('a', 500)},
{"type":"Feature","id":"w","properties":{},"geometry":{"type":"Polygon","coordinates":[${ring}]}},
${point('b', 105.6, ',"n":"again"')},
${point('a', 105.6)},
${point('c', -500)}
]}`;
const LATIN1 = Buffer.concat([
  Buffer.from(MIXED.slice(0, 60)),
  Buffer.from([0xe0]),
  Buffer.from(MIXED.slice(60)),
]);
const WITH_BBOX = MIXED.replace(
  '{"type":"FeatureCollection",',
  '{"type":"FeatureCollection","bbox":[105,21,0,106,22,0],',
);
const UTF16 = Buffer.from(`\ufeff${MIXED}`, 'utf16le');

/** The findings as sent, in pieces, and the result, read feature by feature or whole. */
function sent(bytes: Uint8Array, read: 'by-feature' | 'whole', maxFindings?: number) {
  const pieces: Finding[][] = [];
  const featureByFeatureBytes = read === 'by-feature' ? 0 : Number.POSITIVE_INFINITY;
  const options = {
    fileName: 'f.geojson',
    ...(maxFindings && { maxFindings }),
    onFindings: (findings: Finding[]) => pieces.push(findings),
  };
  const result = validateBytes(bytes, options, { featureByFeatureBytes });
  return { pieces, result };
}

describe('validateBytes with onFindings', () => {
  it.each(FIXTURES)('$name: sends the result’s findings, in order, each once', ({ bytes }) => {
    for (const read of ['by-feature', 'whole'] as const) {
      const { pieces, result } = sent(bytes, read);
      expect(pieces.flat()).toEqual(result.findings);
    }
  });

  it('sends the errors of a large file as each feature is checked, the warnings at the end', () => {
    const byFeature = sent(Buffer.from(MIXED), 'by-feature');
    const codes = byFeature.pieces.map((piece) => piece.map((finding) => finding.code));
    expect(codes.length).toBeGreaterThan(3);
    expect(codes[0]).toEqual(['coordinates-out-of-range']);
    expect(byFeature.pieces.flat()).toEqual(byFeature.result.findings);
    const whole = sent(Buffer.from(MIXED), 'whole');
    expect(whole.pieces).toEqual([whole.result.findings]);
    expect(byFeature.result).toEqual(whole.result);
  });

  it('keeps to the cap, a leading encoding error, a bbox checked last, in both ways', () => {
    for (const bytes of [Buffer.from(MIXED), LATIN1, Buffer.from(WITH_BBOX), UTF16]) {
      for (const maxFindings of [1, 2, 3, 1000]) {
        const byFeature = sent(bytes, 'by-feature', maxFindings);
        const whole = sent(bytes, 'whole', maxFindings);
        expect(byFeature.pieces.flat()).toEqual(byFeature.result.findings);
        expect(byFeature.result).toEqual(whole.result);
      }
    }
  });

  it('sends nothing early for a file that turns out not to be JSON', () => {
    const broken = MIXED.replace(point('c', -500), '{"type":"Feature",,}');
    const { pieces, result } = sent(Buffer.from(broken), 'by-feature');
    expect(pieces).toEqual([result.findings]);
    expect(result.findings.map((finding) => finding.code)).toEqual(['json-syntax']);
  });
});
