import { parseDbf } from 'shpjs';
import { decodeAs } from '../legacy-text/decode.ts';
import { guessEncoding } from '../legacy-text/guess.ts';
import type { TextEncoding } from './types.ts';

/** The rows of a .dbf, their text in the encoding used. */
export interface DbfRows {
  rows: Record<string, unknown>[];
  encoding: TextEncoding;
}

// shpjs's dbf reader decodes text with a TextDecoder; Windows-1252 maps every byte to its own
// character, so the bytes can be recovered and decoded by our tables. Node decodes 0x80–0x9F
// as Latin-1 in one-shot mode and as WHATWG Windows-1252 in streaming mode: both are mapped.
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const BYTE_OF = new Map<string, number>();
for (const stream of [false, true]) {
  const decoded = new TextDecoder('windows-1252').decode(ALL_BYTES, { stream });
  for (const [byte, char] of [...decoded].entries()) BYTE_OF.set(char, byte);
}

/**
 * The attribute table of a Shapefile. The encoding is the planner's choice, else the .cpg's
 * (UTF-8, 1258), else guessed from the text itself: old provincial files are TCVN3 or VNI and
 * carry no .cpg, or a wrong one. Text comes out as Unicode NFC.
 */
export function readDbf(dbf: Uint8Array, cpg: string | undefined, chosen?: TextEncoding): DbfRows {
  const raw = parseDbf(dbf as unknown as Buffer, 'windows-1252' as unknown as Buffer) as Record<
    string,
    unknown
  >[];
  const texts = raw.flatMap((row) =>
    Object.values(row).filter((v): v is string => typeof v === 'string'),
  );
  const sample = toBytes(texts.join('\n'));
  const encoding = chosen ?? encodingOfCpg(cpg, sample);
  const rows = raw.map((row) => {
    const decoded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      decoded[key] = typeof value === 'string' ? decodeAs(toBytes(value), encoding) : value;
    }
    return decoded;
  });
  return { rows, encoding };
}

function encodingOfCpg(cpg: string | undefined, sample: Uint8Array): TextEncoding {
  const name = (cpg ?? '').trim().toUpperCase();
  const guessed = guessEncoding(sample);
  // A .cpg saying UTF-8 over bytes that are not UTF-8 is wrong: trust the bytes.
  if (/^UTF-?8$/.test(name) && guessed === 'utf-8') return 'utf-8';
  if (/1258/.test(name) && guessed !== 'utf-8') return 'windows-1258';
  return guessed;
}

function toBytes(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => BYTE_OF.get(char) ?? 0x3f);
}
