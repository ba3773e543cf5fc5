import type { Lang } from '../i18n/messages.ts';
import { guessLegacyVietnamese } from '../legacy-text/guess.ts';
import { byteLineColumn } from './byte-line-column.ts';
import { DECODE_MESSAGES, DECODE_RULES } from './decode-messages.ts';
import { sequenceKindOfBytes } from './sequence-kind.ts';
import type { Finding } from './types.ts';
import { firstInvalidUtf8Offset } from './utf8-scan.ts';

/**
 * The most bytes read as one text: V8's longest string is 2^29 − 24 UTF-16 units, and a UTF-8
 * file never has more characters than bytes, so any file up to this size fits in one string.
 */
export const MAX_TEXT_BYTES = 2 ** 29 - 24;

export interface DecodeOptions {
  /** Shown in the findings. */
  fileName: string;
  /** The language of the findings (default `en`). */
  lang?: Lang;
}

/** A file's bytes as text, with what was wrong with them. */
export interface DecodedText {
  /**
   * The text to validate; `undefined` when the bytes are not a GeoJSON text at all (gzip, ZIP,
   * UTF-32, a GeoJSON text sequence, too large), which `findings` then says.
   */
  text: string | undefined;
  /** Errors about the bytes (encoding, compression, format), each with what to do about it. */
  findings: Finding[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads a file's bytes as GeoJSON text. UTF-8 (the only encoding RFC 8259 allows between
 * systems) is read as is, a UTF-8 BOM kept for the validator to warn about. Everything else
 * is recognised and explained rather than read as garbage:
 * - invalid UTF-8: an error at the line and column of the first bad byte, naming the legacy
 *   Vietnamese encoding (TCVN3, VNI, Windows-1258) it looks like; the rest is still read, with
 *   U+FFFD for the bad bytes, so the structure is checked too;
 * - UTF-16, with or without a BOM (RFC 4627 §3's zero-byte pattern): read, and an error;
 * - UTF-32, gzip, ZIP: refused, saying what it is and how to get GeoJSON from it; gzip is not
 *   inflated here because core also runs in the browser, where inflating is asynchronous, and a
 *   small file can inflate without bound;
 * - GeoJSONSeq (RFC 8142, GDAL's `*.geojsonl`): refused with the `ogr2ogr` command that makes a
 *   FeatureCollection of it, since the validator, `analyze` and the app's import all read one
 *   document, and a converted file is what the planner will load anyway.
 * Time and memory are linear in the bytes; over {@link MAX_TEXT_BYTES} nothing is decoded.
 */
export function decodeGeoJsonBytes(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const lang = options.lang ?? 'en';
  const refuse = (code: string, message: string): DecodedText => ({
    text: undefined,
    findings: [finding(options.fileName, code, message)],
  });
  if (bytes.length > MAX_TEXT_BYTES)
    return refuse('file-too-large', DECODE_MESSAGES.tooLarge(lang, bytes.length, MAX_TEXT_BYTES));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    return refuse('compressed-gzip', DECODE_MESSAGES.gzip(lang));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return refuse('compressed-zip', DECODE_MESSAGES.zip(lang));
  if (isUtf32(bytes)) return refuse('encoding-utf32', DECODE_MESSAGES.utf32(lang));
  const utf16 = utf16Kind(bytes);
  // A sequence is refused from its first records, its text never decoded whole.
  const sequence = sequenceKindOfBytes(bytes, utf16 ? utf16Encoding(utf16) : 'utf-8');
  if (sequence !== undefined) {
    const encoding = utf16
      ? utf16Finding(options.fileName, utf16, lang)
      : firstInvalidUtf8Offset(bytes) === -1
        ? undefined
        : notUtf8Finding(bytes, options.fileName, lang);
    const sequenceFinding = finding(
      options.fileName,
      'geojson-seq',
      DECODE_MESSAGES.geojsonSeq(lang, sequence),
    );
    return {
      text: undefined,
      findings: encoding ? [encoding, sequenceFinding] : [sequenceFinding],
    };
  }
  return utf16
    ? readUtf16(bytes, utf16, options.fileName, lang)
    : readUtf8(bytes, options.fileName, lang);
}

/**
 * The first finding {@link decodeGeoJsonBytes} gives these bytes, found without decoding their
 * text: what `analyze` refuses a file for (it reads nothing with a finding about its bytes).
 */
export function firstBytesFinding(bytes: Uint8Array, options: DecodeOptions): Finding | undefined {
  const lang = options.lang ?? 'en';
  const head =
    bytes.length > MAX_TEXT_BYTES ||
    (bytes[0] === 0x1f && bytes[1] === 0x8b) ||
    (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) ||
    isUtf32(bytes);
  if (head) return decodeGeoJsonBytes(bytes, options).findings[0];
  const utf16 = utf16Kind(bytes);
  if (utf16) return utf16Finding(options.fileName, utf16, lang);
  if (firstInvalidUtf8Offset(bytes) !== -1) return notUtf8Finding(bytes, options.fileName, lang);
  const sequence = sequenceKindOfBytes(bytes, 'utf-8');
  if (sequence === undefined) return undefined;
  return finding(options.fileName, 'geojson-seq', DECODE_MESSAGES.geojsonSeq(lang, sequence));
}

function readUtf8(bytes: Uint8Array, file: string, lang: Lang): DecodedText {
  try {
    return { text: UTF8.decode(bytes), findings: [] };
  } catch {
    return { text: UTF8_LENIENT.decode(bytes), findings: [notUtf8Finding(bytes, file, lang)] };
  }
}

/**
 * The error for bytes that are not UTF-8: at the line and column of the first bad byte, naming
 * the legacy Vietnamese encoding they look like.
 */
export function notUtf8Finding(bytes: Uint8Array, file: string, lang: Lang): Finding {
  const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
  const message = DECODE_MESSAGES.notUtf8(lang, bytes[offset] ?? 0, guessLegacyVietnamese(bytes));
  return { ...finding(file, 'encoding-not-utf8', message), ...byteLineColumn(bytes, offset) };
}

/**
 * Whether {@link decodeGeoJsonBytes} reads these bytes as they are as UTF-8 text (perhaps with
 * bad bytes): not too large, compressed, UTF-16 or UTF-32, nor a GeoJSON text sequence. The
 * text is decoded only as far as the sequence rule needs.
 */
export function readsAsUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.length > MAX_TEXT_BYTES) return false;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return false;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return false;
  if (isUtf32(bytes) || utf16Kind(bytes) !== undefined) return false;
  return sequenceKindOfBytes(bytes, 'utf-8') === undefined;
}

export interface Utf16Kind {
  endian: 'little' | 'big';
  bom: boolean;
}

function readUtf16(bytes: Uint8Array, kind: Utf16Kind, file: string, lang: Lang): DecodedText {
  const decoder = new TextDecoder(utf16Encoding(kind));
  return { text: decoder.decode(bytes), findings: [utf16Finding(file, kind, lang)] };
}

/** The error for a UTF-16 file, which is read all the same. */
export function utf16Finding(file: string, kind: Utf16Kind, lang: Lang): Finding {
  return finding(file, 'encoding-utf16', DECODE_MESSAGES.utf16(lang, kind.endian, kind.bom));
}

export function utf16Encoding(kind: Utf16Kind): 'utf-16le' | 'utf-16be' {
  return kind.endian === 'little' ? 'utf-16le' : 'utf-16be';
}

/** A UTF-16 BOM, or JSON's first character (always ASCII) with a zero byte beside it. */
export function utf16Kind(bytes: Uint8Array): Utf16Kind | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return { endian: 'little', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { endian: 'big', bom: true };
  if (bytes.length < 4) return undefined;
  if (b0 !== 0 && b1 === 0 && b3 === 0) return { endian: 'little', bom: false };
  if (b0 === 0 && b1 !== 0 && b2 === 0) return { endian: 'big', bom: false };
  return undefined;
}

export function isUtf32(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return true;
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return true;
  return (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0);
}

function finding(file: string, code: string, message: string): Finding {
  const rule = DECODE_RULES[code];
  if (rule === undefined) return { severity: 'error', code, file, path: '', message };
  return { severity: 'error', code, file, path: '', message: `${message} (${rule})`, rule };
}
