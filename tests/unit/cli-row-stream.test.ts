import { Writable } from 'node:stream';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/io/output.ts';
import { RowStream } from '../../src/cli/io/row-stream.ts';
import {
  type MeasuredFeature,
  serializeBuffers,
  serializeMeasures,
} from '../../src/core/analysis/index.ts';

/** A slow sink: takes one write at a time, on a later tick, and remembers the most it held. */
function slowSink() {
  const sink = { text: '', writes: 0 };
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk, _encoding, done) {
      sink.writes++;
      sink.text += String(chunk);
      setImmediate(done);
    },
  });
  return { sink, stream };
}

function rows(count: number): MeasuredFeature[] {
  return Array.from({ length: count }, (_, index) => {
    const feature: Feature = {
      type: 'Feature',
      id: `f-${index}`,
      properties: { name: index % 7 === 0 ? 'Sóc Sơn, "A"' : `P${index}` },
      geometry: { type: 'Point', coordinates: [105.5 + index * 1e-5, 21.1] },
    };
    return { feature, index, type: 'Point', lengthMeters: index, areaSquareMeters: 0 };
  });
}

async function streamed<Row>(
  format: 'csv' | 'json' | 'geojson',
  all: Row[],
  serialize: (rows: readonly Row[]) => string,
) {
  const { sink, stream } = slowSink();
  const writer = new RowStream(new Output(stream), format, serialize);
  for (const row of all) await writer.push(row);
  await writer.end();
  return sink;
}

describe('RowStream', () => {
  const many = rows(1300);

  it('CSV in batches is byte for byte the whole-document CSV, in several writes', async () => {
    const sink = await streamed('csv', many, (batch) => serializeMeasures(batch, 'csv'));
    expect(sink.text).toBe(serializeMeasures(many, 'csv'));
    expect(sink.writes).toBeGreaterThan(1);
  });

  it('JSON and GeoJSON in batches parse to the whole document', async () => {
    for (const format of ['json', 'geojson'] as const) {
      const sink = await streamed(format, many, (batch) => serializeMeasures(batch, format));
      expect(JSON.parse(sink.text)).toEqual(JSON.parse(serializeMeasures(many, format)));
    }
    const features = many.map((row) => row.feature);
    const sink = await streamed('geojson', features, serializeBuffers);
    expect(JSON.parse(sink.text)).toEqual(JSON.parse(serializeBuffers(features)));
  });

  it('no rows is the empty document', async () => {
    const sink = await streamed('json', [], (batch: readonly MeasuredFeature[]) =>
      serializeMeasures(batch, 'json'),
    );
    expect(JSON.parse(sink.text)).toEqual([]);
  });
});

describe('Output', () => {
  it('turns a closed pipe into a quiet OutputError and a full disk into a loud one', async () => {
    for (const [code, closed] of [
      ['EPIPE', true],
      ['ENOSPC', false],
    ] as const) {
      const stream = new Writable({
        write(_chunk, _encoding, done) {
          done(Object.assign(new Error(`write ${code}`), { code }));
        },
      });
      const output = new Output(stream);
      const writing = (async () => {
        await output.write('x'.repeat(100_000));
        await output.end();
      })();
      await expect(writing).rejects.toMatchObject({ name: 'OutputError', closed });
    }
  });
});
