import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/core/formats/parse-file.ts';
import type { LegacyVietnamese } from '../../src/core/legacy-text/types.ts';
import { decodeGeoJsonBytes } from '../../src/core/validate/decode-bytes.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The names of the encodings in the validator's finding. */
const NAMED: Record<LegacyVietnamese, string> = {
  tcvn3: 'encoding TCVN3 (ABC)',
  vni: 'encoding VNI:',
  'windows-1258': 'encoding Windows-1258',
};

/** The records of the TCVN3 .dbf fixture, as the bytes the file holds (names space-padded). */
function dbfRecordBytes(): number[] {
  const zip = unzipSync(readFileSync(join(ROOT, 'tests/fixtures/formats/tcvn3-names.zip')));
  const dbf = zip['ranh_gioi.dbf']!;
  const headerBytes = dbf[8]! | (dbf[9]! << 8);
  return [...dbf.subarray(headerBytes, dbf.length - 1)];
}

/** Legacy-encoded samples (UniKey/iconv byte tables) and the Unicode text they stand for. */
const SAMPLES: [string, number[], string][] = [
  [
    'TCVN3',
    [0x48, 0xb5, ...ascii(' N'), 0xe9, ...ascii('i, '), 0xae, 0xad, 0xea, ...ascii('ng V')].concat([
      0xdc,
      ...ascii('nh Ph'),
      0xf3,
      ...ascii('c'),
    ]),
    'Hà Nội, đường Vĩnh Phúc',
  ],
  [
    'VNI',
    [...ascii('Ha'), 0xf8, ...ascii(' No'), 0xe4, ...ascii('i, '), 0xf1, 0xf6, 0xf4, 0xf8].concat([
      ...ascii('ng V'),
      0xf3,
      ...ascii('nh Phu'),
      0xf9,
      ...ascii('c'),
    ]),
    'Hà Nội, đường Vĩnh Phúc',
  ],
  [
    'Windows-1258',
    [0x48, 0xe0, ...ascii(' N'), 0xf4, 0xf2, ...ascii('i, '), 0xf0, 0xfd, 0xf5, 0xcc].concat([
      ...ascii('ng Vi'),
      0xde,
      ...ascii('nh Ph'),
      0xfa,
      ...ascii('c'),
    ]),
    'Hà Nội, đường Vĩnh Phúc',
  ],
  [
    'VNI (the formats test)',
    [...ascii('Tr'), 0xf6, 0xf4, 0xf8, ...ascii('ng ho'), 0xef, ...ascii('c')],
    'Trường học',
  ],
  [
    'TCVN3 (the validator test)',
    [...ascii('Khu c'), 0xab, ...ascii('ng nghi'), 0xd6, 0x70],
    'Khu công nghiệp',
  ],
  ['TCVN3 (the .dbf fixture)', dbfRecordBytes(), 'Hà Nội Vĩnh Yên'],
];

/** What the validator says of a GeoJSON whose one name is these bytes. */
function validatorNames(name: number[]): LegacyVietnamese | undefined {
  const head = '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{"name":"';
  const tail = '"},"geometry":{"type":"Point","coordinates":[105.7,21.2]}}\n]}\n';
  const bytes = Buffer.concat([Buffer.from(head), Buffer.from(name), Buffer.from(tail)]);
  const { findings } = decodeGeoJsonBytes(bytes, { fileName: 'x.geojson' });
  const message = findings[0]?.message ?? '';
  const named = (Object.keys(NAMED) as LegacyVietnamese[]).filter((encoding) =>
    message.includes(NAMED[encoding]),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** How the formats read a CSV whose one name is these bytes. */
function formatsRead(name: number[]): { encoding: string | undefined; text: unknown } {
  const csv = Uint8Array.from([...ascii('lon,lat,ten\n105.8,21.0,"'), ...name, ...ascii('"\n')]);
  const parsed = parseFile(csv, 'names.csv');
  return { encoding: parsed.encoding, text: parsed.collection.features[0]?.properties?.ten };
}

describe('one legacy Vietnamese guess for the validator and the formats', () => {
  it.each(SAMPLES)('%s: both name the same encoding, and the text reads right', (_, name, text) => {
    const named = validatorNames(name);
    const read = formatsRead(name);
    expect(named).toBeDefined();
    expect(read.encoding).toBe(named);
    expect(String(read.text).replace(/\s+/g, ' ').trim()).toBe(text);
  });
});
