import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { MAX_TEXT_BYTES } from '../../core/validate/decode-bytes.ts';
import { ioMessage } from './validate-targets.ts';

/** A file's bytes, or why they could not be read. */
export type ReadOutcome = { bytes: Uint8Array } | { problem: string };

/**
 * Reads a regular file whole. Opened non-blocking and checked with `fstat` before any read, so
 * a file that became a FIFO since it was listed cannot hang the run; a file too large to be
 * one JavaScript string is refused before it is read. Synchronous on purpose:
 * `fs/promises.readFile` gathers chunks and peaks ~100 MB higher on a 46 MB file.
 */
export function readRegularFile(path: string): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: ioMessage(error) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: 'skipped, not read: not a regular file' };
    if (info.size > MAX_TEXT_BYTES) return { problem: tooLarge(info.size) };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { problem: ioMessage(error) };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input to its end, stopping (and refusing) past {@link MAX_TEXT_BYTES}. */
export async function readStandardInput(): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_TEXT_BYTES) {
        process.stdin.destroy();
        return { problem: tooLarge(size, true) };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return { problem: ioMessage(error) };
  }
  return { bytes: Buffer.concat(chunks, size) };
}

function tooLarge(bytes: number, atLeast = false): string {
  const mb = (n: number) => `${Math.round(n / 1e6).toLocaleString('en')} MB`;
  return `too large to check in one piece (${mb(bytes)}${atLeast ? ' or more' : ''}; at most ${mb(MAX_TEXT_BYTES)}, a JavaScript string's limit): split it`;
}
