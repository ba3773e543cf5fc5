import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatError, parseFile } from '../../src/core/formats/index.ts';
import { readZip } from '../../src/core/formats/read-zip.ts';

const text = (value: string) => new TextEncoder().encode(value);

function refusal(bytes: Uint8Array, fileName: string): FormatError {
  try {
    parseFile(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return error as FormatError;
  }
  throw new Error(`${fileName} was not refused`);
}

describe('a file refused whole says what and where', () => {
  it('an unsupported format, by name, not as "invalid JSON"', () => {
    const error = refusal(text('AC1027 binary drawing'), 'ban-ve.dwg');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/ban-ve\.dwg: \.dwg files are not supported/);
  });

  it('a zip with no .shp, listing what it holds', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello'), 'data.dbf': new Uint8Array(40) });
    const error = refusal(zip, 'ranh-gioi.zip');
    expect(error.code).toBe('archive-no-shp');
    expect(error.message).toContain('ranh-gioi.zip: the archive holds no .shp file');
    expect(error.message).toContain('readme.txt');
  });

  it('an archive that inflates past the cap (a zip bomb), stopped while inflating', () => {
    const zip = zipSync({ 'bomb.shp': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(20_000);
    expect(() => readZip(zip, 'bomb.zip', 1024 * 1024)).toThrow(
      /bomb\.zip: the archive inflates past 1 MB \(at "bomb\.shp"\)/,
    );
  });

  it('an XML entity-expansion bomb (billion laughs), before any expansion', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE kml [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<kml><Placemark><name>&lol9;</name><Point><coordinates>105.8,21</coordinates></Point></Placemark></kml>`;
    const error = refusal(text(lol), 'lol.kml');
    expect(error.code).toBe('xml-entities');
    expect(error.message).toMatch(/^lol\.kml: the XML declares entities/);
  });

  it('broken XML, with the parser’s reason', () => {
    const error = refusal(text('<kml><Placemark><name>x</Placemark>'), 'broken.kml');
    expect(error.code).toBe('syntax');
    expect(error.message).toMatch(/^broken\.kml: not well-formed XML/);
  });

  it('a JSON syntax error, with line and column', () => {
    const error = refusal(text('{"type": "FeatureCollection",\n "features": [,]}'), 'bad.geojson');
    expect(error.code).toBe('syntax');
    expect(error.message).toMatch(/^bad\.geojson, line 2, column \d+/);
  });

  it('a CSV row without coordinates, with its line', () => {
    const error = refusal(text('lon,lat,name\n105.8,21,A\n,,B\n'), 'points.csv');
    expect(error.code).toBe('no-coordinates');
    expect(error.message).toMatch(/^points\.csv, line 3: no coordinates/);
  });

  it('a CSV without coordinate columns, naming the columns it has', () => {
    const error = refusal(text('ten,dien_tich\nA,3\n'), 'bang.csv');
    expect(error.code).toBe('no-coordinates');
    expect(error.message).toContain('"ten", "dien_tich"');
  });

  it('a Shapefile whose .prj is a system the app does not handle', () => {
    const fixture = new Uint8Array(
      readFileSync(new URL('../fixtures/formats/tcvn3-names.zip', import.meta.url)),
    );
    const zip = zipSync({
      'a.shp': readZip(fixture, 'x').get('ranh_gioi.shp')!,
      'a.prj': strToU8(
        'PROJCS["NAD83 / UTM zone 10N",GEOGCS["NAD83",DATUM["North_American_Datum_1983",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",-123],PARAMETER["scale_factor",0.9996],UNIT["metre",1]]',
      ),
    });
    const error = refusal(zip, 'usa.zip');
    expect(error.code).toBe('unknown-projection');
    expect(error.message).toMatch(/^usa\.zip\/a\.shp: the \.prj describes a coordinate system/);
  });

  it('metres that are neither degrees nor VN-2000 of this region', () => {
    const error = refusal(text('x,y\n12345678,98765432\n'), 'far.csv');
    expect(error.code).toBe('unknown-projection');
  });

  it('a .zip that is not a ZIP', () => {
    const error = refusal(text('not a zip at all'), 'fake.zip');
    expect(error.code).toBe('archive-invalid');
  });
});

describe('KMZ', () => {
  it('reads the KML inside', () => {
    const kml = readFileSync(new URL('../fixtures/formats/places.kml', import.meta.url));
    const kmz = zipSync({ 'doc.kml': new Uint8Array(kml) });
    const parsed = parseFile(kmz, 'places.kmz');
    expect(parsed.format).toBe('kmz');
    expect(parsed.collection.features.length).toBe(4);
  });
});
