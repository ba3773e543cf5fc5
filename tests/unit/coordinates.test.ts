import { describe, expect, it } from 'vitest';
import { formatDms } from '../../src/core/coords/dms.ts';
import { parseCoordinates } from '../../src/core/coords/parse-coordinates.ts';
import { toProjectedMeters } from '../../src/core/coords/systems.ts';

// geo-facts §7: WGS84 → EPSG:5897 (VN-2000 / TM-3 105°00′ with the EPSG:6960 shift), PROJ 9.1.1.
const STATIONS = [
  { name: 'Vĩnh Yên centre', lngLat: [105.5967, 21.31] as const, en: [561_708.6, 2_357_389.2] },
  { name: 'Mê Linh seat', lngLat: [105.7191, 21.1846] as const, en: [574_470.6, 2_343_558.5] },
  { name: 'Phúc Yên', lngLat: [105.7, 21.2333] as const, en: [572_463.4, 2_348_941.4] },
  { name: 'Nội Bài ARP', lngLat: [105.8056, 21.2217] as const, en: [583_431.7, 2_347_709.2] },
];
// pyproj 3 / PROJ (Debian's /usr/bin/python3), EPSG:4326 → EPSG:32648, always_xy.
const UTM_VINH_YEN = [561_886.2, 2_356_573.93];

describe('toProjectedMeters', () => {
  it.each(STATIONS)('gives PROJ’s VN-2000 TM-3 values at $name to 0.1 m', ({ lngLat, en }) => {
    const [easting, northing] = toProjectedMeters('vn2000-tm3-105', lngLat);
    expect(Math.abs(easting - (en[0] as number))).toBeLessThan(0.1);
    expect(Math.abs(northing - (en[1] as number))).toBeLessThan(0.1);
  });

  it('gives PROJ’s WGS84 / UTM 48N values to 0.1 m', () => {
    const [easting, northing] = toProjectedMeters('utm-48n', [105.5967, 21.31]);
    expect(Math.abs(easting - (UTM_VINH_YEN[0] as number))).toBeLessThan(0.1);
    expect(Math.abs(northing - (UTM_VINH_YEN[1] as number))).toBeLessThan(0.1);
  });
});

describe('formatDms', () => {
  it('writes the Nội Bài ARP as the AIP does', () => {
    expect(formatDms(21.221667, 'lat', 0)).toBe('21°13′18″N');
    expect(formatDms(105.805556, 'lon', 0)).toBe('105°48′20″E');
    expect(formatDms(-0.5, 'lon', 1)).toBe('0°30′00.0″W');
  });
});

const near = (actual: [number, number] | undefined, expected: readonly [number, number]) => {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as [number, number])[0] - expected[0])).toBeLessThan(1e-6);
  expect(Math.abs((actual as [number, number])[1] - expected[1])).toBeLessThan(1e-6);
};

describe('parseCoordinates', () => {
  const ARP: [number, number] = [105 + 48 / 60 + 20 / 3600, 21 + 13 / 60 + 18 / 3600];

  it('reads decimal degrees in either order', () => {
    near(parseCoordinates('21.2217, 105.8056')?.lngLat, [105.8056, 21.2217]);
    near(parseCoordinates('105.8056, 21.2217')?.lngLat, [105.8056, 21.2217]);
    near(parseCoordinates('  21.2217 105.8056 ')?.lngLat, [105.8056, 21.2217]);
    near(parseCoordinates('105.8056E 21.2217N')?.lngLat, [105.8056, 21.2217]);
    expect(parseCoordinates('21.2217, 105.8056')?.system).toBe('wgs84');
  });

  it('reads degrees-minutes-seconds with Unicode or ASCII marks, hemisphere before or after', () => {
    near(parseCoordinates('21°13′18″N 105°48′20″E')?.lngLat, ARP);
    near(parseCoordinates(`21°13'18"N 105°48'20"E`)?.lngLat, ARP);
    near(parseCoordinates(`105°48'20"E, 21°13'18"N`)?.lngLat, ARP);
    near(parseCoordinates(`N21°13'18" E105°48'20"`)?.lngLat, ARP);
    near(parseCoordinates('21 13 18 N 105 48 20 E')?.lngLat, ARP);
    near(parseCoordinates('211318N 1054820E')?.lngLat, ARP);
    near(parseCoordinates('21 13 18 105 48 20')?.lngLat, ARP);
  });

  it('reads a southern or western hemisphere as negative', () => {
    near(parseCoordinates(`33°51'S 151°12'E`)?.lngLat, [151.2, -33.85]);
  });

  it.each(STATIONS)('reads VN-2000 TM-3 easting/northing of $name back to WGS84', (station) => {
    const parsed = parseCoordinates(`${station.en[0]} ${station.en[1]}`);
    expect(parsed?.system).toBe('vn2000-tm3-105');
    // 0.1 m is about 1e-6°.
    expect(Math.abs((parsed?.lngLat[0] ?? 0) - station.lngLat[0])).toBeLessThan(2e-6);
    expect(Math.abs((parsed?.lngLat[1] ?? 0) - station.lngLat[1])).toBeLessThan(2e-6);
  });

  it('reads northing first, labels and the system name', () => {
    const [e, n] = STATIONS[0]?.en ?? [0, 0];
    for (const text of [`${n}, ${e}`, `VN-2000 X=${e} Y=${n}`, `E: ${e} N: ${n}`]) {
      expect(parseCoordinates(text)?.system).toBe('vn2000-tm3-105');
      near(
        parseCoordinates(text)?.lngLat.map((v) => Math.round(v * 1e4) / 1e4) as [number, number],
        [105.5967, 21.31],
      );
    }
  });

  it('reads UTM 48N when the text says UTM', () => {
    const parsed = parseCoordinates(`UTM 48N ${UTM_VINH_YEN[0]} ${UTM_VINH_YEN[1]}`);
    expect(parsed?.system).toBe('utm-48n');
    expect(Math.abs((parsed?.lngLat[0] ?? 0) - 105.5967)).toBeLessThan(2e-6);
    expect(Math.abs((parsed?.lngLat[1] ?? 0) - 21.31)).toBeLessThan(2e-6);
  });

  it('says a name, a lone number or an impossible position is not a position', () => {
    for (const text of [
      'QL2',
      'Vành đai 5',
      '2019',
      '',
      'N',
      '95.1, 105.2',
      '21 61 00 105 00 00',
    ]) {
      expect(parseCoordinates(text)).toBeUndefined();
    }
    expect(parseCoordinates('12345 67890')).toBeUndefined();
  });
});
