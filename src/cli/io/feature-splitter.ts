const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
/** Keys longer than this cannot be "features": their bytes are not kept. */
const MAX_KEY_BYTES = 16;
const FEATURES_KEY = Buffer.from('"features"');

/**
 * Splits the bytes of a GeoJSON document, chunk by chunk, into the text of each element of its
 * top-level `"features"` array, and the "skeleton": the document with that array left empty
 * (`{"type":"FeatureCollection","features":[]}`). Only brackets, strings and commas are looked
 * at; each element is then parsed on its own, so a large file is never one string or one tree.
 * A document with no top-level `"features"` array (one Feature, or not GeoJSON) is all skeleton.
 * Malformed JSON comes out as text that fails to parse (or as {@link sawEmptyElement}), for the
 * caller to diagnose.
 */
export class FeatureSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** At depth 1, the next string is a member name. */
  private expectingKey = false;
  private key: number[] | null = null;
  private keyIsFeatures = false;
  /** 0 before the features array, 1 inside it, 2 after it. */
  private phase: 0 | 1 | 2 = 0;
  private element: Buffer[] | null = null;
  private readonly skeleton: Buffer[] = [];
  /** A comma was met in the features array (so `]` must follow an element). */
  private afterComma = false;
  private emptyElement = false;

  /** The texts of the elements completed in this chunk. */
  push(chunk: Buffer): string[] {
    const done: string[] = [];
    let skeletonFrom = this.phase === 1 ? -1 : 0;
    let elementFrom = this.element ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (this.inString) {
        if (this.key && this.key.length <= MAX_KEY_BYTES) this.key.push(byte);
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
        continue;
      }
      if (byte === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectingKey) this.key = [byte];
        if (this.phase === 1 && this.depth === 2 && elementFrom < 0) elementFrom = i;
        continue;
      }
      if (this.phase === 1 && this.depth === 2) {
        if (byte === COMMA || byte === CLOSE_BRACKET) {
          if (elementFrom >= 0) {
            done.push(this.takeElement(chunk, elementFrom, i));
            elementFrom = -1;
          } else if (byte === COMMA || this.afterComma) {
            this.emptyElement = true;
          }
          this.afterComma = byte === COMMA;
          if (byte === CLOSE_BRACKET) {
            this.depth = 1;
            this.phase = 2;
            skeletonFrom = i;
          }
          continue;
        }
        if (elementFrom < 0 && !isSpace(byte)) elementFrom = i;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        this.depth++;
        if (this.depth === 1) this.expectingKey = byte === OPEN_BRACE;
        if (this.depth === 2 && byte === OPEN_BRACKET && this.phase === 0 && this.keyIsFeatures) {
          this.phase = 1;
          this.skeleton.push(chunk.subarray(skeletonFrom, i + 1));
          skeletonFrom = -1;
        }
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        this.depth--;
      } else if (this.depth === 1 && byte === COMMA) {
        this.expectingKey = true;
        this.keyIsFeatures = false;
      } else if (this.depth === 1 && byte === COLON) {
        this.keyIsFeatures = this.key !== null && FEATURES_KEY.equals(Buffer.from(this.key));
        this.key = null;
        this.expectingKey = false;
      }
    }
    if (skeletonFrom >= 0) this.skeleton.push(chunk.subarray(skeletonFrom));
    // An element still open goes on in the next chunk.
    if (elementFrom >= 0) {
      this.element = this.element ?? [];
      this.element.push(chunk.subarray(elementFrom));
    }
    return done;
  }

  /** Whether a top-level `"features"` array was found and closed. */
  get sawFeatures(): boolean {
    return this.phase === 2;
  }

  /**
   * Whether the features array had an empty place (`[,`, `,,` or `,]`): not JSON, though no
   * element text shows it.
   */
  get sawEmptyElement(): boolean {
    return this.emptyElement;
  }

  /** The document without its features' texts. */
  skeletonText(): string {
    return Buffer.concat(this.skeleton).toString('utf8');
  }

  private takeElement(chunk: Buffer, from: number, to: number): string {
    const pieces = this.element ?? [];
    pieces.push(chunk.subarray(from, to));
    this.element = null;
    return Buffer.concat(pieces).toString('utf8');
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
