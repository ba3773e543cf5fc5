import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** A station file whose name is written in these bytes. */
const stationNamed = (name: Buffer) =>
  Buffer.concat([
    Buffer.from(
      '{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"st-1","properties":{"name":"',
    ),
    name,
    Buffer.from('"},"geometry":{"type":"Point","coordinates":[105.7,21.25]}}\n]}\n'),
  ]);

describe('importing a file in a legacy encoding', () => {
  it('refuses a TCVN3 file, naming the encoding and where, instead of landing garbled names', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    const tcvn3 = Buffer.from([0x54, 0x72, 0xb9, 0x6d, 0x20, 0x48, 0xb5]); // "Trạm Hà" in TCVN3 (ABC)
    const summary = await app.importInto('monitoring-stations', 'abc.geojson', stationNamed(tcvn3));
    expect(summary).toContain('not imported');
    const report = await app.importReportText();
    expect(report).toContain('TCVN3 (ABC)');
    expect(report).toContain('line 2, column');
    expect(await app.featureCount('monitoring-stations')).toBe('0');
  });
});
