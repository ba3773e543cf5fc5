/** The first place where a text stops being JSON, and why, in plain words. */
export interface JsonSyntaxError {
  /** Character offset (UTF-16 code units) of the offending character. */
  offset: number;
  message: string;
  /** The same in Vietnamese. */
  messageVi: string;
}

const OBJECT = 1;
const ARRAY = 2;
const ESCAPABLE = '"\\/bfnrtu';
const HEX = /^[0-9a-fA-F]{4}$/;

/**
 * Scans `text` as RFC 8259 JSON and returns its first error, or `undefined` when it is valid.
 *
 * Called only after `JSON.parse` failed: engines word their errors differently and V8 often
 * gives no position at all, so we find the position ourselves. The scan builds no values and
 * keeps its own stack, so a deeply nested or 46 MB file neither overflows nor allocates.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: number[] = [];
  let pos = skipWhitespace(text, 0);
  if (pos === text.length) {
    return fail(pos, 'the file is empty: expected a value', 'tệp rỗng: cần một giá trị');
  }
  let expectValue = true;
  for (;;) {
    pos = skipWhitespace(text, pos);
    if (expectValue) {
      const ch = text[pos];
      if (ch === '{' || ch === '[') {
        pos = skipWhitespace(text, pos + 1);
        if (text[pos] === (ch === '{' ? '}' : ']')) {
          pos += 1;
          expectValue = false;
          continue;
        }
        stack.push(ch === '{' ? OBJECT : ARRAY);
        if (ch === '[') continue;
        const key = scanKey(text, pos);
        if (typeof key !== 'number') return key;
        pos = key;
        continue;
      }
      const end = scanScalar(text, pos);
      if (typeof end !== 'number') return end;
      pos = end;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (pos === text.length) return undefined;
      return fail(
        pos,
        `unexpected ${describe(text, pos)} after the JSON value`,
        `thừa ${describe(text, pos, 'vi')} sau giá trị JSON`,
      );
    }
    const ch = text[pos];
    if ((top === ARRAY && ch === ']') || (top === OBJECT && ch === '}')) {
      stack.pop();
      pos += 1;
      continue;
    }
    if (ch !== ',') return afterMember(text, pos, top);
    pos = skipWhitespace(text, pos + 1);
    const closer = top === ARRAY ? ']' : '}';
    if (text[pos] === closer) {
      return fail(
        pos,
        `trailing comma before '${closer}' (JSON allows none)`,
        `dấu phẩy thừa trước '${closer}' (JSON không cho phép)`,
      );
    }
    expectValue = true;
    if (top === ARRAY) continue;
    const key = scanKey(text, pos);
    if (typeof key !== 'number') return key;
    pos = key;
  }
}

function afterMember(text: string, pos: number, top: number): JsonSyntaxError {
  const what = top === ARRAY ? "',' or ']' after an array element" : "',' or '}' after a value";
  const whatVi = top === ARRAY ? "',' hoặc ']' sau phần tử mảng" : "',' hoặc '}' sau giá trị";
  return fail(
    pos,
    `expected ${what}, found ${describe(text, pos)}`,
    `cần ${whatVi}, nhưng thấy ${describe(text, pos, 'vi')}`,
  );
}

function fail(offset: number, message: string, messageVi: string): JsonSyntaxError {
  return { offset, message, messageVi };
}

/** A property name and its colon; returns the offset after the colon. */
function scanKey(text: string, start: number): number | JsonSyntaxError {
  let pos = skipWhitespace(text, start);
  if (text[pos] !== '"') {
    return fail(
      pos,
      `expected a double-quoted property name, found ${describe(text, pos)}`,
      `cần tên thuộc tính trong ngoặc kép, nhưng thấy ${describe(text, pos, 'vi')}`,
    );
  }
  const end = scanString(text, pos);
  if (typeof end !== 'number') return end;
  pos = skipWhitespace(text, end);
  if (text[pos] !== ':') {
    return fail(
      pos,
      `expected ':' after the property name, found ${describe(text, pos)}`,
      `cần ':' sau tên thuộc tính, nhưng thấy ${describe(text, pos, 'vi')}`,
    );
  }
  return pos + 1;
}

/** A string, number or literal; returns the offset after it. */
function scanScalar(text: string, pos: number): number | JsonSyntaxError {
  const ch = text[pos];
  if (ch === '"') return scanString(text, pos);
  if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber(text, pos);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, pos)) return pos + literal.length;
  }
  if (ch === '/')
    return fail(pos, 'comments are not allowed in JSON', 'JSON không cho phép chú thích');
  if (ch === "'") {
    return fail(
      pos,
      'strings must use double quotes, not single',
      'chuỗi phải dùng ngoặc kép, không dùng ngoặc đơn',
    );
  }
  return fail(
    pos,
    `expected a value, found ${describe(text, pos)}`,
    `cần một giá trị, nhưng thấy ${describe(text, pos, 'vi')}`,
  );
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 0x22) return pos + 1;
    if (code < 0x20) {
      return fail(
        pos,
        'a line break or control character inside a string',
        'có xuống dòng hoặc ký tự điều khiển trong chuỗi',
      );
    }
    if (code !== 0x5c) {
      pos += 1;
      continue;
    }
    const escaped = text[pos + 1] ?? '';
    if (escaped === '' || !ESCAPABLE.includes(escaped)) {
      return fail(
        pos,
        `invalid escape "\\${escaped}" in a string`,
        `chuỗi thoát "\\${escaped}" không hợp lệ`,
      );
    }
    if (escaped === 'u' && !HEX.test(text.slice(pos + 2, pos + 6))) {
      return fail(
        pos,
        'invalid \\u escape: expected four hex digits',
        'chuỗi thoát \\u không hợp lệ: cần bốn chữ số hệ 16',
      );
    }
    pos += escaped === 'u' ? 6 : 2;
  }
  return fail(start, 'this string is never closed', 'chuỗi này không được đóng');
}

function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let pos = start;
  if (text[pos] === '-') pos += 1;
  if (text[pos] === '0') pos += 1;
  else if (isDigit(text, pos)) pos = skipDigits(text, pos);
  else return invalidNumber(text, start, pos);
  if (text[pos] === '.') {
    if (!isDigit(text, pos + 1)) return invalidNumber(text, start, pos + 1);
    pos = skipDigits(text, pos + 1);
  }
  if (text[pos] === 'e' || text[pos] === 'E') {
    pos += 1;
    if (text[pos] === '+' || text[pos] === '-') pos += 1;
    if (!isDigit(text, pos)) return invalidNumber(text, start, pos);
    pos = skipDigits(text, pos);
  }
  return pos;
}

function invalidNumber(text: string, start: number, pos: number): JsonSyntaxError {
  const shown = text.slice(start, Math.min(pos + 1, start + 24));
  return fail(pos, `invalid number "${shown}"`, `số không hợp lệ "${shown}"`);
}

function isDigit(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  return code >= 0x30 && code <= 0x39;
}

function skipDigits(text: string, start: number): number {
  let pos = start;
  while (isDigit(text, pos)) pos += 1;
  return pos;
}

function skipWhitespace(text: string, start: number): number {
  let pos = start;
  for (;;) {
    const code = text.charCodeAt(pos);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return pos;
    pos += 1;
  }
}

/** The character at `pos` for a message: `"}"`, or "the end of the file". */
function describe(text: string, pos: number, lang: 'en' | 'vi' = 'en'): string {
  if (pos >= text.length) return lang === 'vi' ? 'cuối tệp' : 'the end of the file';
  return JSON.stringify(text[pos]);
}
