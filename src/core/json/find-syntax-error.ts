/** The first place where a text stops being JSON, and why, in plain words. */
export interface JsonSyntaxError {
  /** Character offset (UTF-16 code units) of the offending character. */
  offset: number;
  message: string;
  /** The same in Vietnamese. */
  messageVi: string;
}

/**
 * What the scan reads: a string by UTF-16 units, or UTF-8 bytes (JSON's structure is all ASCII,
 * so bytes of 0x80 and above are only ever inside strings or an error's offending character).
 */
interface Source {
  readonly length: number;
  /** The unit at `pos`; NaN past the end. */
  code(pos: number): number;
  /** The character at `pos` as `text[pos]` gives it, for messages. */
  char(pos: number): string;
  /** `text.slice(start, end)` where `end` is just past the unit at `end - 1`, for messages. */
  through(start: number, last: number): string;
}

const OBJECT = 1;
const ARRAY = 2;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const SLASH = 0x2f;
const APOSTROPHE = 0x27;
const ZERO = 0x30;
const ESCAPABLE = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));
const LITERALS = ['true', 'false', 'null'].map((word) => [...word].map((c) => c.charCodeAt(0)));

/**
 * Scans `text` as RFC 8259 JSON and returns its first error, or `undefined` when it is valid.
 *
 * Called only after `JSON.parse` failed: engines word their errors differently and V8 often
 * gives no position at all, so we find the position ourselves. The scan builds no values and
 * keeps its own stack, so a deeply nested or 46 MB file neither overflows nor allocates.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  return scan({
    length: text.length,
    code: (pos) => text.charCodeAt(pos),
    char: (pos) => text[pos] ?? '',
    through: (start, last) => text.slice(start, last + 1),
  });
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * {@link findJsonSyntaxError} over UTF-8 bytes, never decoded whole: a file too large to hold
 * as a string beside its bytes. The offset is a byte offset; the messages are those the text
 * (decoded with U+FFFD for bad bytes) would give.
 */
export function findJsonSyntaxErrorInBytes(bytes: Uint8Array): JsonSyntaxError | undefined {
  const charAt = (pos: number) => UTF8.decode(bytes.subarray(pos, pos + 4))[0] ?? '';
  return scan({
    length: bytes.length,
    code: (pos) => bytes[pos] ?? Number.NaN,
    char: charAt,
    through: (start, last) => UTF8.decode(bytes.subarray(start, last)) + charAt(last),
  });
}

function scan(src: Source): JsonSyntaxError | undefined {
  const stack: number[] = [];
  let pos = skipWhitespace(src, 0);
  if (pos === src.length) {
    return fail(pos, 'the file is empty: expected a value', 'tệp rỗng: cần một giá trị');
  }
  let expectValue = true;
  for (;;) {
    pos = skipWhitespace(src, pos);
    if (expectValue) {
      const code = src.code(pos);
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        pos = skipWhitespace(src, pos + 1);
        if (src.code(pos) === (code === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
          pos += 1;
          expectValue = false;
          continue;
        }
        stack.push(code === OPEN_BRACE ? OBJECT : ARRAY);
        if (code === OPEN_BRACKET) continue;
        const key = scanKey(src, pos);
        if (typeof key !== 'number') return key;
        pos = key;
        continue;
      }
      const end = scanScalar(src, pos);
      if (typeof end !== 'number') return end;
      pos = end;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (pos === src.length) return undefined;
      return fail(
        pos,
        `unexpected ${describe(src, pos)} after the JSON value`,
        `thừa ${describe(src, pos, 'vi')} sau giá trị JSON`,
      );
    }
    const code = src.code(pos);
    if ((top === ARRAY && code === CLOSE_BRACKET) || (top === OBJECT && code === CLOSE_BRACE)) {
      stack.pop();
      pos += 1;
      continue;
    }
    if (code !== COMMA) return afterMember(src, pos, top);
    pos = skipWhitespace(src, pos + 1);
    const closer = top === ARRAY ? ']' : '}';
    if (src.code(pos) === closer.charCodeAt(0)) {
      return fail(
        pos,
        `trailing comma before '${closer}' (JSON allows none)`,
        `dấu phẩy thừa trước '${closer}' (JSON không cho phép)`,
      );
    }
    expectValue = true;
    if (top === ARRAY) continue;
    const key = scanKey(src, pos);
    if (typeof key !== 'number') return key;
    pos = key;
  }
}

function afterMember(src: Source, pos: number, top: number): JsonSyntaxError {
  const what = top === ARRAY ? "',' or ']' after an array element" : "',' or '}' after a value";
  const whatVi = top === ARRAY ? "',' hoặc ']' sau phần tử mảng" : "',' hoặc '}' sau giá trị";
  return fail(
    pos,
    `expected ${what}, found ${describe(src, pos)}`,
    `cần ${whatVi}, nhưng thấy ${describe(src, pos, 'vi')}`,
  );
}

function fail(offset: number, message: string, messageVi: string): JsonSyntaxError {
  return { offset, message, messageVi };
}

/** A property name and its colon; returns the offset after the colon. */
function scanKey(src: Source, start: number): number | JsonSyntaxError {
  let pos = skipWhitespace(src, start);
  if (src.code(pos) !== QUOTE) {
    return fail(
      pos,
      `expected a double-quoted property name, found ${describe(src, pos)}`,
      `cần tên thuộc tính trong ngoặc kép, nhưng thấy ${describe(src, pos, 'vi')}`,
    );
  }
  const end = scanString(src, pos);
  if (typeof end !== 'number') return end;
  pos = skipWhitespace(src, end);
  if (src.code(pos) !== COLON) {
    return fail(
      pos,
      `expected ':' after the property name, found ${describe(src, pos)}`,
      `cần ':' sau tên thuộc tính, nhưng thấy ${describe(src, pos, 'vi')}`,
    );
  }
  return pos + 1;
}

/** A string, number or literal; returns the offset after it. */
function scanScalar(src: Source, pos: number): number | JsonSyntaxError {
  const code = src.code(pos);
  if (code === QUOTE) return scanString(src, pos);
  if (code === MINUS || isDigit(src, pos)) return scanNumber(src, pos);
  for (const literal of LITERALS) {
    if (literal.every((unit, k) => src.code(pos + k) === unit)) return pos + literal.length;
  }
  if (code === SLASH)
    return fail(pos, 'comments are not allowed in JSON', 'JSON không cho phép chú thích');
  if (code === APOSTROPHE) {
    return fail(
      pos,
      'strings must use double quotes, not single',
      'chuỗi phải dùng ngoặc kép, không dùng ngoặc đơn',
    );
  }
  return fail(
    pos,
    `expected a value, found ${describe(src, pos)}`,
    `cần một giá trị, nhưng thấy ${describe(src, pos, 'vi')}`,
  );
}

function scanString(src: Source, start: number): number | JsonSyntaxError {
  let pos = start + 1;
  while (pos < src.length) {
    const code = src.code(pos);
    if (code === QUOTE) return pos + 1;
    if (code < 0x20) {
      return fail(
        pos,
        'a line break or control character inside a string',
        'có xuống dòng hoặc ký tự điều khiển trong chuỗi',
      );
    }
    if (code !== BACKSLASH) {
      pos += 1;
      continue;
    }
    const escaped = src.code(pos + 1);
    if (!ESCAPABLE.has(escaped)) {
      const shown = src.char(pos + 1);
      return fail(
        pos,
        `invalid escape "\\${shown}" in a string`,
        `chuỗi thoát "\\${shown}" không hợp lệ`,
      );
    }
    const isU = escaped === 0x75;
    if (isU && ![2, 3, 4, 5].every((k) => isHex(src.code(pos + k)))) {
      return fail(
        pos,
        'invalid \\u escape: expected four hex digits',
        'chuỗi thoát \\u không hợp lệ: cần bốn chữ số hệ 16',
      );
    }
    pos += isU ? 6 : 2;
  }
  return fail(start, 'this string is never closed', 'chuỗi này không được đóng');
}

function scanNumber(src: Source, start: number): number | JsonSyntaxError {
  let pos = start;
  if (src.code(pos) === MINUS) pos += 1;
  if (src.code(pos) === ZERO) pos += 1;
  else if (isDigit(src, pos)) pos = skipDigits(src, pos);
  else return invalidNumber(src, start, pos);
  if (src.code(pos) === DOT) {
    if (!isDigit(src, pos + 1)) return invalidNumber(src, start, pos + 1);
    pos = skipDigits(src, pos + 1);
  }
  const exponent = src.code(pos);
  if (exponent === 0x65 || exponent === 0x45) {
    pos += 1;
    if (src.code(pos) === PLUS || src.code(pos) === MINUS) pos += 1;
    if (!isDigit(src, pos)) return invalidNumber(src, start, pos);
    pos = skipDigits(src, pos);
  }
  return pos;
}

function invalidNumber(src: Source, start: number, pos: number): JsonSyntaxError {
  // Up to 24 units of the number's text, through the offending one (the text may end first).
  const last = Math.min(pos, start + 23, src.length - 1);
  const shown = src.through(start, last);
  return fail(pos, `invalid number "${shown}"`, `số không hợp lệ "${shown}"`);
}

function isDigit(src: Source, pos: number): boolean {
  const code = src.code(pos);
  return code >= ZERO && code <= 0x39;
}

function isHex(code: number): boolean {
  return (
    (code >= ZERO && code <= 0x39) ||
    (code >= 0x41 && code <= 0x46) ||
    (code >= 0x61 && code <= 0x66)
  );
}

function skipDigits(src: Source, start: number): number {
  let pos = start;
  while (isDigit(src, pos)) pos += 1;
  return pos;
}

function skipWhitespace(src: Source, start: number): number {
  let pos = start;
  for (;;) {
    const code = src.code(pos);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return pos;
    pos += 1;
  }
}

/** The character at `pos` for a message: `"}"`, or "the end of the file". */
function describe(src: Source, pos: number, lang: 'en' | 'vi' = 'en'): string {
  if (pos >= src.length) return lang === 'vi' ? 'cuối tệp' : 'the end of the file';
  return JSON.stringify(src.char(pos));
}
