import { FormatError } from './format-error.ts';

/** A dBase III field: `C` text, `N` number, `L` logical. */
interface DbfField {
  key: string;
  name: string;
  type: 'C' | 'N' | 'L';
  bytes: number;
  /**
   * A text field's cells, one per row (`undefined` is blank), made once while sizing the field
   * and written as they are: an object value is stringified once, not twice.
   */
  texts?: (string | undefined)[];
}

/** A .dbf text field holds at most this many bytes. */
const TEXT_MAX_BYTES = 254;
/** Numbers are written as text this wide, with 3 decimals declared (readers parse the text). */
const NUMBER_BYTES = 18;
const NUMBER_DECIMALS = 3;
const HEADER_BYTES = 32;
const FIELD_BYTES = 32;
/** The header length and the record length are 16-bit numbers. */
const MAX_UINT16 = 0xffff;
const SPACE = 0x20;
const UTF8 = new TextEncoder();

/**
 * The .dbf (dBase III) of a Shapefile, linear in the number of cells: one field per entry of
 * `fieldNames` (property key → DBF name of at most 10 ASCII characters), one record per row.
 * A field whose values are all numbers is `N`, all booleans `L`, anything else text (`C`,
 * UTF-8, cut at a character boundary to 254 bytes, as wide as its longest value); a missing
 * value is blank, which readers take as null.
 */
export function dbfTable(
  fieldNames: ReadonlyMap<string, string>,
  rows: readonly (Record<string, unknown> | null)[],
): Uint8Array {
  const fields = [...fieldNames].map(([key, name]) => fieldOf(key, name, rows));
  const headerBytes = HEADER_BYTES + FIELD_BYTES * fields.length + 1;
  const recordBytes = fields.reduce((sum, field) => sum + field.bytes, 1);
  if (headerBytes > MAX_UINT16 || recordBytes > MAX_UINT16) {
    throw new FormatError(
      'file-too-large',
      `a Shapefile's .dbf cannot hold ${fields.length} fields of ${recordBytes} bytes in all (at most 65,535 bytes a record)`,
    );
  }
  const bytes = new Uint8Array(headerBytes + recordBytes * rows.length + 1);
  const view = new DataView(bytes.buffer);
  const today = new Date();
  view.setUint8(0, 0x03);
  view.setUint8(1, today.getUTCFullYear() - 1900);
  view.setUint8(2, today.getUTCMonth() + 1);
  view.setUint8(3, today.getUTCDate());
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerBytes, true);
  view.setUint16(10, recordBytes, true);
  fields.forEach((field, i) => {
    const at = HEADER_BYTES + i * FIELD_BYTES;
    for (let c = 0; c < field.name.length && c < 10; c++) bytes[at + c] = field.name.charCodeAt(c);
    bytes[at + 11] = field.type.charCodeAt(0);
    bytes[at + 16] = field.bytes;
    if (field.type === 'N') bytes[at + 17] = NUMBER_DECIMALS;
  });
  bytes[headerBytes - 1] = 0x0d;
  bytes.fill(SPACE, headerBytes, bytes.length - 1);
  let at = headerBytes;
  for (let r = 0; r < rows.length; r++) {
    // The deletion flag stays a space: the record is live.
    at += 1;
    for (const field of fields) {
      writeCell(bytes, at, field, r, rows[r]?.[field.key]);
      at += field.bytes;
    }
  }
  bytes[at] = 0x1a;
  return bytes;
}

function fieldOf(
  key: string,
  name: string,
  rows: readonly (Record<string, unknown> | null)[],
): DbfField {
  let numbers = 0;
  let booleans = 0;
  let values = 0;
  let longest = 1;
  const texts: (string | undefined)[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const value = rows[r]?.[key];
    if (value === null || value === undefined) continue;
    values++;
    if (typeof value === 'number') numbers++;
    else if (typeof value === 'boolean') booleans++;
    const text = cellText(value);
    texts[r] = text;
    longest = Math.max(longest, Math.min(TEXT_MAX_BYTES, utf8Length(text)));
  }
  if (values > 0 && numbers === values) return { key, name, type: 'N', bytes: NUMBER_BYTES };
  if (values > 0 && booleans === values) return { key, name, type: 'L', bytes: 1 };
  return { key, name, type: 'C', bytes: longest, texts };
}

function writeCell(
  bytes: Uint8Array,
  at: number,
  field: DbfField,
  row: number,
  value: unknown,
): void {
  // A missing value stays blank, which GDAL reads as null (it reads a `?` as text).
  if (value === null || value === undefined) return;
  if (field.type === 'L') {
    bytes[at] = value ? 0x54 : 0x46;
    return;
  }
  if (field.type === 'C') {
    const text = field.texts?.[row];
    // encodeInto never writes part of a character: a long text is cut at a boundary.
    if (text !== undefined) UTF8.encodeInto(text, bytes.subarray(at, at + field.bytes));
    return;
  }
  const text = numberText(value as number);
  for (let i = 0; i < text.length; i++)
    bytes[at + field.bytes - text.length + i] = text.charCodeAt(i);
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The shortest text of the number that fits the field, right-aligned by the caller. */
function numberText(value: number): string {
  let text = String(value);
  for (let digits = 17; text.length > NUMBER_BYTES && digits > 0; digits--) {
    text = value.toPrecision(digits);
  }
  return text;
}

/** The UTF-8 length of a text without encoding it (lone surrogates become U+FFFD, 3 bytes). */
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
