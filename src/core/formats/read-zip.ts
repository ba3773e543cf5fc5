import { Unzip, UnzipInflate } from 'fflate';
import { FormatError } from './format-error.ts';

/** The most an archive may inflate to, all entries together: a 50 MB Shapefile fits. */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

/**
 * The entries of a ZIP archive (folders skipped, `__MACOSX` noise skipped), inflated with a cap
 * on the total: the bytes are counted as they come out, so an entry whose header lies about its
 * size (a zip bomb) is stopped at the cap instead of filling memory.
 */
export function readZip(
  bytes: Uint8Array,
  fileName: string,
  maxBytes = MAX_INFLATED_BYTES,
): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  let overflow: string | undefined;
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/') || file.name.includes('__MACOSX')) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      if (overflow !== undefined) return;
      total += chunk.length;
      if (total > maxBytes) {
        overflow = file.name;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (overflow === undefined) {
      throw new FormatError(
        'archive-invalid',
        `${fileName}: not a readable ZIP archive (${messageOf(error)})`,
      );
    }
  }
  if (overflow !== undefined) {
    throw new FormatError(
      'archive-too-large',
      `${fileName}: the archive inflates past ${Math.round(maxBytes / 1048576)} MB (at "${overflow}"); refused as a possible zip bomb`,
    );
  }
  if (entries.size === 0 && !isZip(bytes)) {
    throw new FormatError('archive-invalid', `${fileName}: not a ZIP archive`);
  }
  return entries;
}

/** Whether the bytes start like a ZIP archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
