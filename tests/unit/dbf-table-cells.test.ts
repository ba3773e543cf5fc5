import { describe, expect, it } from 'vitest';
import { dbfTable } from '../../src/core/formats/dbf-table.ts';

/** The text of one cell: record `row` (0-based), the only field, as its bytes decode. */
function cellOf(bytes: Uint8Array, row: number): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  const at = headerBytes + row * recordBytes + 1;
  return new TextDecoder().decode(bytes.subarray(at, at + recordBytes - 1)).trimEnd();
}

describe('a .dbf text cell', () => {
  it('is built once: an object value is stringified once for both sizing and writing', () => {
    let stringified = 0;
    const extent = (km: number) => ({
      toJSON: () => {
        stringified++;
        return { km };
      },
    });
    const rows = [{ extent: extent(1.5) }, { extent: 'text' }, null, { extent: extent(12) }];
    const bytes = dbfTable(new Map([['extent', 'EXTENT']]), rows);
    expect(stringified).toBe(2);
    expect([0, 1, 2, 3].map((row) => cellOf(bytes, row))).toEqual([
      '{"km":1.5}',
      'text',
      '',
      '{"km":12}',
    ]);
  });
});
