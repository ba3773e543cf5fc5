import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngInfo, withDpi } from '../../src/core/figure/png-dpi.ts';
import { scaleBar, webMercatorMetersPerPixel } from '../../src/core/figure/scale-bar.ts';

/** A valid 2×1 grey PNG built by hand (signature, IHDR, IDAT, IEND), CRCs from zlib's crc32. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 128, 128]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

describe('figure PNGs', () => {
  it('carry their print resolution in a pHYs chunk with a correct CRC', () => {
    const png = withDpi(tinyPng(), 300);
    expect(pngInfo(png)).toEqual({ width: 2, height: 1, dotsPerInch: 300 });
    // The chunk sits right after IHDR: 8 + 25 bytes in.
    const at = 33;
    expect(Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1')).toBe('pHYs');
    // 300 dpi = 11 811 pixels per metre (300 / 0.0254, rounded).
    expect(new DataView(png.buffer).getUint32(at + 8)).toBe(11_811);
    expect(new DataView(png.buffer).getUint32(at + 17)).toBe(
      crc32(png.subarray(at + 4, at + 17)) >>> 0,
    );
  });

  it('leave a PNG without pHYs reporting no resolution', () => {
    expect(pngInfo(tinyPng()).dotsPerInch).toBeUndefined();
  });
});

describe('the scale bar', () => {
  it('picks the longest round length that fits', () => {
    expect(scaleBar(10, 150)).toEqual({ lengthMeters: 1000, widthPx: 100, label: '1 km' });
    expect(scaleBar(1, 120)).toMatchObject({ lengthMeters: 100, label: '100 m' });
    expect(scaleBar(100, 260)).toMatchObject({ lengthMeters: 20_000, label: '20 km' });
  });

  it('knows the ground size of a pixel: 0.2986 m at zoom 18 on the equator with 512 px tiles', () => {
    // 40 075 016.686 m / (512 × 2^18) = 0.29858 m (the Web Mercator standard table, 512 px tiles).
    expect(webMercatorMetersPerPixel(18, 0)).toBeCloseTo(0.29858, 5);
    expect(webMercatorMetersPerPixel(18, 60)).toBeCloseTo(0.29858 / 2, 5);
  });
});
