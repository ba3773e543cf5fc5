import { describe, expect, it } from 'vitest';
import { exportFileName, writtenCrs } from '../../src/core/formats/export-file-name.ts';

describe('an export’s file name', () => {
  it('names a VN-2000 system the file is written in', () => {
    expect(exportFileName('zones', 'geojson', 'EPSG:5897')).toBe('zones-epsg5897.geojson');
    expect(exportFileName('zones', 'shapefile', 'EPSG:3405')).toBe('zones-epsg3405.zip');
    expect(exportFileName('zones', 'csv', 'EPSG:4326')).toBe('zones.csv');
  });

  it('never gives a KML a system suffix: KML is always WGS84, whatever was picked before', () => {
    expect(exportFileName('zones', 'kml', 'EPSG:5897')).toBe('zones.kml');
    expect(exportFileName('layers', 'kml', 'EPSG:3405')).toBe('layers.kml');
    expect(writtenCrs('kml', 'EPSG:5897')).toBe('EPSG:4326');
    expect(writtenCrs('shapefile', 'EPSG:5897')).toBe('EPSG:5897');
  });
});
