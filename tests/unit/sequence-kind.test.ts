import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  geojsonSequenceKind,
  sequenceKindOfBytes,
  type TextEncoding,
} from '../../src/core/validate/sequence-kind.ts';

const RECORD = '{"type":"Feature","properties":{"n":"Hà Nội"},"geometry":null}';

/** Pieces of text a sequence rule could stumble on: records, blanks of every kind, RS, junk. */
const piece = fc.constantFrom(
  RECORD,
  '{"type":"FeatureCollection","features":[]}',
  '{"no type":1}',
  '{',
  '}',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u001e',
  '[1]',
  'x',
  'ệ',
  '😀',
  ' '.repeat(5000),
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

function encode(value: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(value, 'utf8');
  const le = Buffer.from(`\ufeff${value}`, 'utf16le');
  return encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
}

describe('sequenceKindOfBytes', () => {
  it('answers as the rule does on the whole decoded text, however small the pieces read', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom<TextEncoding>('utf-8', 'utf-16le', 'utf-16be'),
        fc.integer({ min: 1, max: 64 }),
        (value, encoding, pieceBytes) => {
          const bytes = encode(value, encoding);
          const decoded = new TextDecoder(encoding, { ignoreBOM: encoding === 'utf-8' }).decode(
            bytes,
          );
          expect(sequenceKindOfBytes(bytes, encoding, pieceBytes)).toBe(
            geojsonSequenceKind(decoded),
          );
        },
      ),
      { numRuns: 3000, seed: 8142 },
    );
  });

  it('tells both kinds, and a collection on one line from a sequence', () => {
    const utf8 = (value: string) => Buffer.from(value);
    expect(sequenceKindOfBytes(utf8(`\u001e${RECORD}\n\u001e${RECORD}\n`), 'utf-8')).toBe(
      'record-separator',
    );
    expect(sequenceKindOfBytes(utf8(`${RECORD}\n${RECORD}\n`), 'utf-8')).toBe('newline');
    const oneLine = `{"type":"FeatureCollection","features":[${Array(3000).fill(RECORD)}]}\n`;
    expect(sequenceKindOfBytes(utf8(oneLine), 'utf-8', 1024)).toBeUndefined();
    const longFirst = `${oneLine}${RECORD}\n`;
    expect(sequenceKindOfBytes(utf8(longFirst), 'utf-8', 1024)).toBe('newline');
  });

  it('looks for the next record within 4,096 units of the first line end, not further', () => {
    for (const [blanks, kind] of [
      [4094, 'newline'],
      [4095, undefined],
    ] as const) {
      const bytes = Buffer.from(`${RECORD}\n${' '.repeat(blanks)}${RECORD}`);
      expect(sequenceKindOfBytes(bytes, 'utf-8', 1000)).toBe(kind);
      expect(geojsonSequenceKind(bytes.toString())).toBe(kind);
    }
  });
});
