// PNG chunks are length, type, data, CRC-32 (ISO 3309) over type and data.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const SIGNATURE_BYTES = 8;
const IHDR_CHUNK_BYTES = 4 + 4 + 13 + 4;
const METERS_PER_INCH = 0.0254;

/**
 * The PNG with a `pHYs` chunk saying how many dots per inch it was made for, so Word and PDF
 * tools place a 300 dpi figure at its true printed size instead of as a huge 96 dpi picture.
 * Any existing `pHYs` is left in place only if the file has none to replace (browsers write none).
 */
export function withDpi(png: Uint8Array, dotsPerInch: number): Uint8Array {
  const pixelsPerMeter = Math.round(dotsPerInch / METERS_PER_INCH);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, pixelsPerMeter);
  view.setUint32(12, pixelsPerMeter);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const at = SIGNATURE_BYTES + IHDR_CHUNK_BYTES;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, at), 0);
  out.set(chunk, at);
  out.set(png.subarray(at), at + chunk.length);
  return out;
}

/** Width, height and (when present) dots per inch of a PNG, read from its header chunks. */
export function pngInfo(png: Uint8Array): { width: number; height: number; dotsPerInch?: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  let offset = SIGNATURE_BYTES;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'pHYs' && png[offset + 16] === 1) {
      return {
        width,
        height,
        dotsPerInch: Math.round(view.getUint32(offset + 8) * METERS_PER_INCH),
      };
    }
    if (type === 'IDAT') break;
    offset += 12 + length;
  }
  return { width, height };
}
