import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/core/import/import-bytes.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

const stations = getLayer('monitoring-stations')!;
/** A station named `name`, written as these bytes. */
const fileWithName = (name: Buffer) =>
  Buffer.concat([
    Buffer.from(
      '{"type":"FeatureCollection","features":[{"type":"Feature","id":"a","properties":{"name":"',
    ),
    name,
    Buffer.from('"},"geometry":{"type":"Point","coordinates":[105.7,21.2]}}]}'),
  ]);

describe('importing a file’s bytes', () => {
  it('imports UTF-8 as before', () => {
    const outcome = importBytes(
      fileWithName(Buffer.from('Hà Nội')),
      'a.geojson',
      stations,
      new Set(),
    );
    expect(outcome.accepted).toBe(true);
    expect(outcome.features[0]!.properties!.name).toBe('Hà Nội');
  });

  it('refuses a TCVN3 file rather than landing garbled names, naming the encoding', () => {
    const tcvn3 = Buffer.from([0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69]); // "Hà Nội"
    const outcome = importBytes(fileWithName(tcvn3), 'a.geojson', stations, new Set());
    expect(outcome.accepted).toBe(false);
    expect(outcome.features).toEqual([]);
    expect(outcome.errors[0]).toMatchObject({ code: 'encoding-not-utf8', line: 1 });
    expect(outcome.errors[0]!.message).toContain('TCVN3 (ABC)');
  });

  it('refuses gzip with what to do', () => {
    const outcome = importBytes(
      gzipSync(fileWithName(Buffer.from('x'))),
      'a.geojson.gz',
      stations,
      new Set(),
    );
    expect(outcome.accepted).toBe(false);
    expect(outcome.errors[0]!.code).toBe('compressed-gzip');
  });
});
