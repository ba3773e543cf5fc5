import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGeoJsonBytes, firstBytesFinding } from '../../src/core/validate/decode-bytes.ts';

const RECORD = '{"type":"Feature","properties":{"n":"Hà Nội"},"geometry":null}';
const piece = fc.constantFrom(RECORD, '\n', ' ', '\u001e', '{', '}', 'x', '[1]', '\ufeff');
const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
/** Bytes of every kind the decoder tells apart: UTF-8, bad bytes, UTF-16, UTF-32, gzip, ZIP. */
const bytes = fc.oneof(
  text.map((value) => Buffer.from(value)),
  fc
    .tuple(text, fc.uint8Array({ minLength: 1, maxLength: 3 }), text)
    .map(([a, junk, b]) => Buffer.concat([Buffer.from(a), junk, Buffer.from(b)])),
  text.map((value) => Buffer.from(value, 'utf16le')),
  text.map((value) => Buffer.from(`\ufeff${value}`, 'utf16le').swap16()),
  text.map((value) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(value)])),
  text.map((value) => Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from(value)])),
  text.map((value) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(value)])),
  fc.uint8Array({ maxLength: 12 }),
);

describe('firstBytesFinding', () => {
  it('is the first finding the decoder gives, in both languages', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('en' as const, 'vi' as const), (value, lang) => {
        const options = { fileName: 'x.geojson', lang };
        expect(firstBytesFinding(value, options)).toEqual(
          decodeGeoJsonBytes(value, options).findings[0],
        );
      }),
      { numRuns: 3000, seed: 7946 },
    );
  });
});
