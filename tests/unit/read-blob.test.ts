import { describe, expect, it } from 'vitest';
import { readBlobWithProgress } from '../../src/core/import/read-blob.ts';

describe('reading a file in chunks with progress', () => {
  it('returns every byte and reports growing counts up to the size', async () => {
    const bytes = new Uint8Array(3_000_000).map((_, i) => i % 251);
    const seen: number[] = [];
    const read = await readBlobWithProgress(
      new Blob([bytes.subarray(0, 1_000_000), bytes.subarray(1_000_000)]),
      (done, size) => {
        expect(size).toBe(3_000_000);
        seen.push(done);
      },
      500_000,
    );
    expect(read.length).toBe(bytes.length);
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(3_000_000);
  });

  it('reads an empty file', async () => {
    const seen: number[] = [];
    expect(await readBlobWithProgress(new Blob([]), (done) => seen.push(done))).toEqual(
      new Uint8Array(0),
    );
    expect(seen).toEqual([0]);
  });
});
