import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { utf16Kind } from '../../src/core/validate/decode-bytes.ts';
import { utf16ToUtf8 } from '../../src/core/validate/utf16-to-utf8.ts';
import { validateBytes } from '../../src/core/validate/validate-bytes.ts';

// The collaborator behind the large-file path, wrapped to see what reaches it.
const byFeatureCalls: Uint8Array[] = [];
vi.mock('../../src/core/validate/validate-by-feature.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/core/validate/validate-by-feature.ts')>();
  return {
    validateByFeature: (...args: Parameters<typeof original.validateByFeature>) => {
      byFeatureCalls.push(args[0]);
      return original.validateByFeature(...args);
    },
  };
});

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIRS = ['tests/fixtures/conformance', 'tests/fixtures/validate'];
const FIXTURES = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => ({ name, text: readFileSync(join(ROOT, dir, name), 'utf8') })),
);

function utf16le(text: string, bom = true): Buffer {
  return Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
}
function utf16be(text: string, bom = true): Buffer {
  return Buffer.from(utf16le(text, bom)).swap16();
}

/** The same file checked the two ways: feature by feature (from 0 bytes) and whole. */
function bothWays(bytes: Uint8Array, lang: 'en' | 'vi' = 'en') {
  const options = { fileName: 'f.geojson', lang };
  return {
    byFeature: validateBytes(bytes, options, { featureByFeatureBytes: 0 }),
    whole: validateBytes(bytes, options, { featureByFeatureBytes: Number.POSITIVE_INFINITY }),
  };
}

const RECORD = '{"type":"Feature","properties":{"n":"Hà Nội 😀"},"geometry":null}';
const awkward: Record<string, Uint8Array> = {
  'lone surrogate': utf16le(
    `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"\ud800x"},"geometry":{"type":"Point","coordinates":[500,21]}}]}`,
  ),
  'stray last byte': Buffer.concat([
    utf16le(`{"type":"FeatureCollection","features":[]}`),
    Buffer.from([0x41]),
  ]),
  'a second BOM': utf16le(`\ufeff{"type":"FeatureCollection","features":[${RECORD}]}`),
  'astral characters before a finding': utf16be(
    `{"type":"FeatureCollection","features":[\n  {"type":"Feature","properties":{"n":"😀😀"},"geometry":{"type":"Point","coordinates":[105.6,91]}}]}`,
    false,
  ),
  'cut short': utf16le(`{"type":"FeatureCollection","features":[${RECORD},${RECORD}`),
  'newline sequence': utf16le(`${RECORD}\n${RECORD}\n`),
  'record-separator sequence': utf16be(`\u001e${RECORD}\n\u001e${RECORD}\n`),
  'UTF-8 newline sequence': Buffer.from(`${RECORD}\n${RECORD}\n`),
  'UTF-8 sequence with bad bytes': Buffer.concat([
    Buffer.from(`${RECORD}\n{"type":"Feature","properties":{"n":"H`),
    Buffer.from([0xe0, 0x20, 0x4e]),
    Buffer.from('"},"geometry":null}\n'),
  ]),
};

describe('a large UTF-16 file or sequence: the findings of the whole-text reader', () => {
  it.each(FIXTURES)('$name as UTF-16 (LE with BOM, BE without)', ({ text }) => {
    for (const bytes of [utf16le(text), utf16be(text, false)]) {
      const { byFeature, whole } = bothWays(bytes);
      expect(byFeature).toEqual(whole);
      expect(whole.findings[0]?.code).toBe('encoding-utf16');
    }
  });

  it.each(Object.keys(awkward))('%s, in both languages', (name) => {
    for (const lang of ['en', 'vi'] as const) {
      const { byFeature, whole } = bothWays(awkward[name]!, lang);
      expect(byFeature).toEqual(whole);
    }
  });

  it('reads a UTF-16 collection feature by feature, from its text made UTF-8', () => {
    byFeatureCalls.length = 0;
    const collection = `{"type":"FeatureCollection","features":[${RECORD}]}`;
    const { byFeature } = bothWays(utf16be(collection));
    expect(byFeature.featureCount).toBe(1);
    expect(byFeatureCalls.map((bytes) => Buffer.from(bytes).toString())).toEqual([collection]);
  });

  it('refuses a sequence with the conversion command, its encoding named first', () => {
    const codes = (name: string) => bothWays(awkward[name]!).byFeature.findings.map((f) => f.code);
    expect(codes('newline sequence')).toEqual(['encoding-utf16', 'geojson-seq']);
    expect(codes('record-separator sequence')).toEqual(['encoding-utf16', 'geojson-seq']);
    expect(codes('UTF-8 sequence with bad bytes')).toEqual(['encoding-not-utf8', 'geojson-seq']);
  });

  it('makes UTF-8 of UTF-16 piece by piece, as one decoding of the whole would', () => {
    const text = `{"n":"${'Hà Nội 😀 '.repeat(200_000)}\ud800"}`;
    for (const bytes of [utf16le(text), utf16be(text, false)]) {
      const kind = utf16Kind(bytes)!;
      const whole = new TextDecoder(kind.endian === 'little' ? 'utf-16le' : 'utf-16be').decode(
        bytes,
      );
      expect(Buffer.from(utf16ToUtf8(bytes, kind)).equals(Buffer.from(whole, 'utf8'))).toBe(true);
    }
  });
});
