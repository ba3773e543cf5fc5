import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { guessLegacyVietnamese } from '../../src/core/legacy-text/guess.ts';
import { decodeGeoJsonBytes } from '../../src/core/validate/decode-bytes.ts';
import { validateBytes } from '../../src/core/validate/validate-bytes.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const VALID = readFileSync(join(ROOT, 'tests/fixtures/validate/valid.geojson'));
const options = { fileName: 'x.geojson', layer: null };

/** A point feature whose name is the given bytes, on line 3 of the file. */
function withNameBytes(name: number[]): Uint8Array {
  const head = Buffer.from(
    '{"type":"FeatureCollection","features":[\n{"type":"Feature",\n"properties":{"name":"',
  );
  const tail = Buffer.from('"},"geometry":{"type":"Point","coordinates":[105.7,21.2]}}\n]}\n');
  return Buffer.concat([head, Buffer.from(name), tail]);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// "Hà Nội, đường Vĩnh Phúc" as each legacy encoding writes it (byte tables of UniKey/iconv).
const TCVN3 = [
  0x48,
  0xb5,
  ...ascii(' N'),
  0xe9,
  ...ascii('i, '),
  0xae,
  0xad,
  0xea,
  ...ascii('ng V'),
  0xdc,
  ...ascii('nh Ph'),
  0xf3,
  ...ascii('c'),
];
const VNI = [
  ...ascii('Ha'),
  0xf8,
  ...ascii(' No'),
  0xe4,
  ...ascii('i, '),
  0xf1,
  0xf6,
  0xf4,
  0xf8,
  ...ascii('ng V'),
  0xf3,
  ...ascii('nh Phu'),
  0xf9,
  ...ascii('c'),
];
const CP1258 = [
  0x48,
  0xe0,
  ...ascii(' N'),
  0xf4,
  0xf2,
  ...ascii('i, '),
  0xf0,
  0xfd,
  0xf5,
  0xcc,
  ...ascii('ng Vi'),
  0xde,
  ...ascii('nh Ph'),
  0xfa,
  ...ascii('c'),
];

describe('decodeGeoJsonBytes', () => {
  it('reads UTF-8 as is, keeping a BOM for the validator to warn about', () => {
    expect(decodeGeoJsonBytes(VALID, options)).toEqual({
      text: VALID.toString('utf8'),
      findings: [],
    });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), VALID]);
    expect(decodeGeoJsonBytes(withBom, options).text?.charCodeAt(0)).toBe(0xfeff);
  });

  it.each([
    ['TCVN3 (ABC)', TCVN3, 0xb5, 24],
    ['VNI', VNI, 0xf8, 25],
    ['Windows-1258', CP1258, 0xe0, 24],
  ])('names %s at the line and column of the first bad byte', (name, bytes, first, column) => {
    const result = validateBytes(withNameBytes(bytes), options);
    expect(result.ok).toBe(false);
    const finding = result.findings[0]!;
    expect(finding).toMatchObject({ code: 'encoding-not-utf8', line: 3, column });
    expect(finding.message).toContain(`byte 0x${first.toString(16).toUpperCase()}`);
    expect(finding.message).toContain(`legacy Vietnamese encoding ${name}`);
    // The structure is still checked: the point is read, with U+FFFD for the bad bytes.
    expect(result.featureCount).toBe(1);
  });

  it('says so in Vietnamese', () => {
    const decoded = decodeGeoJsonBytes(withNameBytes(TCVN3), { ...options, lang: 'vi' });
    expect(decoded.findings[0]!.message).toContain('bảng mã tiếng Việt cũ TCVN3 (ABC)');
  });

  it('gives no Vietnamese hint for other non-UTF-8 text or for noise', () => {
    const latin1 = decodeGeoJsonBytes(
      withNameBytes([...ascii('Z'), 0xfc, ...ascii('rich')]),
      options,
    );
    expect(latin1.findings[0]!.message).toContain('save it as UTF-8');
    expect(guessLegacyVietnamese(Uint8Array.from([0x00, 0xff, 0x20, 0xb5, 0x0a, 0xe9, 0x7b]))).toBe(
      undefined,
    );
  });

  it.each([
    [
      'utf-16le with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID.toString(), 'utf16le')]),
    ],
    ['utf-16le without a BOM', Buffer.from(VALID.toString(), 'utf16le')],
    ['utf-16be without a BOM', Buffer.from(VALID.toString(), 'utf16le').swap16()],
  ])('reads %s, with an error saying to convert it', (_name, bytes) => {
    const result = validateBytes(bytes, options);
    expect(result.findings.map((f) => f.code)).toEqual(['encoding-utf16']);
    expect(result.findings[0]!.message).toContain('iconv -f UTF-16 -t UTF-8');
    expect(result.featureCount).toBe(4);
  });

  it('refuses gzip, ZIP and UTF-32 with what they are', () => {
    const gzip = decodeGeoJsonBytes(gzipSync(VALID), options);
    expect(gzip.text).toBeUndefined();
    expect(gzip.findings[0]!.message).toContain('this is gzip, not GeoJSON: gunzip it first');
    const zip = decodeGeoJsonBytes(Buffer.from('PK\u0003\u0004rest'), options);
    expect(zip.findings[0]!.code).toBe('compressed-zip');
    const utf32 = Buffer.alloc(8);
    utf32.writeUInt32LE(0x7b, 0);
    utf32.writeUInt32LE(0x7d, 4);
    expect(decodeGeoJsonBytes(utf32, options).findings[0]!.code).toBe('encoding-utf32');
  });

  it('recognises GDAL GeoJSONSeq, one feature per line or RS-separated, with the ogr2ogr command', () => {
    const feature =
      '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[105.7,21.2]}}';
    for (const text of [`${feature}\n${feature}\n`, `\u001e${feature}\n\u001e${feature}\n`]) {
      const decoded = decodeGeoJsonBytes(Buffer.from(text), options);
      expect(decoded.text).toBeUndefined();
      expect(decoded.findings[0]!.code).toBe('geojson-seq');
      expect(decoded.findings[0]!.message).toContain('ogr2ogr -f GeoJSON out.geojson in.geojsonl');
    }
    // One document on one line, then a newline: plain GeoJSON.
    const single = `{"type":"FeatureCollection","features":[${feature}]}\n`;
    expect(validateBytes(Buffer.from(single), options).ok).toBe(true);
  });
});
