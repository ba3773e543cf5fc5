/** Where one element of the `features` array is in the file's bytes, and where it starts. */
export interface FeatureSpan {
  /** Byte offsets `[start, end)` of the element's text (trailing blanks included). */
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 units, as the validator counts) of its first byte. */
  line: number;
  column: number;
}

/** A FeatureCollection's bytes seen as its skeleton around the elements of `features`. */
export interface CollectionLayout {
  /** First byte of the text (3 after a UTF-8 byte order mark, else 0). */
  bodyStart: number;
  /** Byte offsets of the `[` and the `]` of the top-level `features` array. */
  open: number;
  close: number;
  /** Line and column of that `]`, to place what follows it in the file. */
  closeLine: number;
  closeColumn: number;
  features: FeatureSpan[];
  /**
   * Some bytes are not UTF-8: lines and columns are then counted as in the text a lenient
   * decoder makes of them (one U+FFFD for each maximal invalid sequence, as WHATWG says).
   */
  invalidUtf8: boolean;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
/** `features` between the quotes of a member name. */
const FEATURES = [0x66, 0x65, 0x61, 0x74, 0x75, 0x72, 0x65, 0x73];

/**
 * Finds the elements of a document's top-level `"features"` array in its bytes, with the line
 * and column of each, in one pass that looks only at brackets, strings, commas and colons.
 * Returns `undefined` when the bytes are not laid out as an object with such an array whose
 * elements are separated by single commas (a missing array, a stray or trailing comma, a
 * bracket that does not close): the caller then reads the file whole, which says what is
 * wrong. The elements' own syntax is left to `JSON.parse` of each.
 */
export function findFeatureSpans(bytes: Uint8Array): CollectionLayout | undefined {
  const scanner = new FeatureSpanScanner();
  const features: FeatureSpan[] = [];
  scanner.push(bytes, (span) => features.push(span));
  return scanner.finish() ? scanner.layout(features) : undefined;
}

/**
 * {@link findFeatureSpans} fed chunk by chunk: a file of any size is scanned holding one chunk
 * at a time. Offsets are counted from the first byte pushed; each element is handed over as
 * soon as the comma or bracket after it is read.
 */
export class FeatureSpanScanner {
  private depth = 0;
  private line = 1;
  private column = 1;
  /** Bytes pushed before the current chunk. */
  private offset = 0;
  private bodyStart = -1;
  private inString = false;
  private escaped = false;
  private expectingKey = false;
  /** Inside a member name of the top-level object: bytes read, and whether they spell `features`. */
  private keyLength = -1;
  private keyMatches = false;
  private keyIsFeatures = false;
  /** 0 before the features array, 1 inside it, 2 after it. */
  private phase: 0 | 1 | 2 = 0;
  private open = -1;
  private close = -1;
  private closeLine = 0;
  private closeColumn = 0;
  /** The element being read (inside the array), or `undefined` between elements. */
  private element: FeatureSpan | undefined;
  /** A comma was read and no element has started since. */
  private afterComma = false;
  /** The document's top-level value has closed. */
  private closedTop = false;
  private broken = false;
  /** Continuation bytes the UTF-8 sequence being read still needs, and their range. */
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private invalidUtf8 = false;
  /** The first bytes, held until the byte-order mark can be told. */
  private head: number[] = [];
  private emit: (span: FeatureSpan) => void = () => {};

  /**
   * Reads the next bytes, handing each element completed in them to `onElement`. Returns false
   * once the layout is known to be broken (nothing more is read).
   */
  push(chunk: Uint8Array, onElement: (span: FeatureSpan) => void): boolean {
    let bytes = chunk;
    if (this.bodyStart < 0) {
      // The first three bytes tell a byte-order mark: held until they have all come.
      if (this.head.length + chunk.length < 3) {
        this.head.push(...chunk);
        return true;
      }
      if (this.head.length > 0) bytes = Uint8Array.from([...this.head, ...chunk]);
      this.head = [];
      this.bodyStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    }
    const from = this.offset === 0 ? this.bodyStart : 0;
    this.emit = onElement;
    for (let i = from; i < bytes.length && !this.broken; i++) this.read(bytes[i]!, this.offset + i);
    this.offset += bytes.length;
    return !this.broken;
  }

  /** After the last chunk: whether the bytes are laid out as {@link findFeatureSpans} wants. */
  finish(): boolean {
    if (this.bodyStart < 0) {
      // Fewer than three bytes in all: no byte-order mark.
      this.bodyStart = 0;
      const head = Uint8Array.from(this.head);
      this.head = [];
      this.push(head, () => {});
    }
    if (this.needed > 0) this.invalidUtf8 = true;
    return !this.broken && this.phase === 2 && this.depth === 0 && !this.inString;
  }

  /** Whether the bytes so far already break the layout (nothing more is then read). */
  get failed(): boolean {
    return this.broken;
  }

  /** Whether some bytes so far are not UTF-8. */
  get sawInvalidUtf8(): boolean {
    return this.invalidUtf8;
  }

  /** Where the `[` and `]` of the features array are, once read (-1 before). */
  get openAt(): number {
    return this.open;
  }

  get closeAt(): number {
    return this.close;
  }

  /** Where the element still being read started, if one is. */
  get openElementAt(): number | undefined {
    return this.element?.start;
  }

  /** The layout, once {@link finish} said the bytes have it; `features` as handed over. */
  layout(features: FeatureSpan[]): CollectionLayout {
    return {
      bodyStart: this.bodyStart,
      open: this.open,
      close: this.close,
      closeLine: this.closeLine,
      closeColumn: this.closeColumn,
      features,
      invalidUtf8: this.invalidUtf8,
    };
  }

  /** One byte at offset `at`. */
  private read(byte: number, at: number): void {
    if (this.inString) {
      const closes = !this.escaped && byte === QUOTE;
      if (this.keyLength >= 0) {
        if (closes) this.endKey();
        else this.keyByte(byte);
      }
      if (closes) this.inString = false;
      else this.escaped = !this.escaped && byte === BACKSLASH;
    } else if (byte === QUOTE) {
      this.inString = true;
      if (this.depth === 1 && this.expectingKey) {
        this.keyLength = 0;
        this.keyMatches = true;
      }
      if (this.inArray()) this.startElement(at);
    } else if (!this.structural(byte, at)) {
      this.broken = true;
      return;
    }
    this.advance(byte);
  }

  /** A byte of a member name of the top-level object. */
  private keyByte(byte: number): void {
    if (byte !== FEATURES[this.keyLength]) this.keyMatches = false;
    this.keyLength += 1;
  }

  /** At the closing quote of a member name of the top-level object. */
  private endKey(): void {
    this.keyIsFeatures = this.keyMatches && this.keyLength === FEATURES.length;
    this.keyLength = -1;
  }

  /** A byte outside strings; false when it breaks the layout. */
  private structural(byte: number, at: number): boolean {
    if (this.inArray()) return this.inArrayByte(byte, at);
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      // A second value after the document's (a GeoJSONSeq's next record): not one document.
      if (this.depth === 0 && this.closedTop) return false;
      this.depth += 1;
      if (this.depth === 1) this.expectingKey = byte === OPEN_BRACE;
      if (this.depth === 2 && byte === OPEN_BRACKET && this.phase === 0 && this.keyIsFeatures) {
        this.phase = 1;
        this.open = at;
      }
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      this.depth -= 1;
      if (this.depth < 0) return false;
      if (this.depth === 0) this.closedTop = true;
    } else if (this.depth === 1 && byte === COMMA) {
      this.expectingKey = true;
      this.keyIsFeatures = false;
    } else if (this.depth === 1 && byte === COLON) {
      this.expectingKey = false;
    }
    return true;
  }

  /** A byte outside strings at the level of the array's elements. */
  private inArrayByte(byte: number, at: number): boolean {
    if (byte === COMMA) {
      if (this.element === undefined) return false;
      this.endElement(at);
      this.afterComma = true;
      return true;
    }
    if (byte === CLOSE_BRACKET) {
      if (this.element !== undefined) this.endElement(at);
      else if (this.afterComma) return false;
      this.depth = 1;
      this.phase = 2;
      this.close = at;
      this.closeLine = this.line;
      this.closeColumn = this.column;
      return true;
    }
    if (byte === CLOSE_BRACE) return false;
    if (!isSpace(byte)) this.startElement(at);
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth += 1;
    return true;
  }

  private inArray(): boolean {
    return this.phase === 1 && this.depth === 2;
  }

  private startElement(at: number): void {
    if (this.element !== undefined) return;
    this.element = { start: at, end: at, line: this.line, column: this.column };
    this.afterComma = false;
  }

  private endElement(at: number): void {
    this.element!.end = at;
    this.emit(this.element!);
    this.element = undefined;
  }

  /**
   * Moves the line and column past a byte, counting UTF-16 units of the decoded text: WHATWG's
   * UTF-8 decoder, where a sequence broken off is one U+FFFD and its breaking byte is read anew.
   */
  private advance(byte: number): void {
    if (this.needed > 0 && (byte < this.lower || byte > this.upper)) {
      this.needed = 0;
      this.column += 1;
      this.invalidUtf8 = true;
    }
    if (this.needed > 0) {
      this.lower = 0x80;
      this.upper = 0xbf;
      this.seen += 1;
      if (this.seen < this.needed) return;
      this.column += this.needed === 3 ? 2 : 1;
      this.needed = 0;
    } else if (byte === NEWLINE) {
      this.line += 1;
      this.column = 1;
    } else if (byte < 0x80) {
      this.column += 1;
    } else {
      this.startSequence(byte);
    }
  }

  /** A byte of 0x80 and above outside a sequence: a lead byte, or one U+FFFD. */
  private startSequence(byte: number): void {
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) this.needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      this.needed = 2;
      if (byte === 0xe0) this.lower = 0xa0; // no overlong forms
      if (byte === 0xed) this.upper = 0x9f; // no surrogates
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      this.needed = 3;
      if (byte === 0xf0) this.lower = 0x90; // no overlong forms
      if (byte === 0xf4) this.upper = 0x8f; // nothing above U+10FFFF
    } else {
      this.column += 1;
      this.invalidUtf8 = true;
    }
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
