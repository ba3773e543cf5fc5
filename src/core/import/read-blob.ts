/**
 * A Blob's (a File's) bytes, read in chunks through its stream, with `onProgress(bytesRead,
 * size)` called as they arrive (at most every `everyBytes`, and at the end). The bytes go
 * straight into one buffer of the file's size: no list of chunks to join, no second copy.
 */
export async function readBlobWithProgress(
  blob: Blob,
  onProgress: (bytesRead: number, size: number) => void,
  everyBytes = 1 << 20,
): Promise<Uint8Array> {
  const size = blob.size;
  let bytes = new Uint8Array(size);
  let read = 0;
  let reported = 0;
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A blob that grew while it was read (a file rewritten meanwhile): keep every byte.
    if (read + value.byteLength > bytes.length) {
      const bigger = new Uint8Array(Math.max(bytes.length * 2, read + value.byteLength));
      bigger.set(bytes.subarray(0, read));
      bytes = bigger;
    }
    bytes.set(value, read);
    read += value.byteLength;
    if (read - reported >= everyBytes) {
      reported = read;
      onProgress(read, size);
    }
  }
  onProgress(read, size);
  return read === bytes.length ? bytes : bytes.subarray(0, read);
}
