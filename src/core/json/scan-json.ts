import { type PathSegment, parsePath } from './json-path.ts';

/** Where a value is in the text: `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A member name written twice in one object. */
export interface DuplicateKey {
  /** Path of the object holding the member twice. */
  objectPath: PathSegment[];
  key: string;
  /** Offset of the first and of the repeated name. */
  firstOffset: number;
  offset: number;
}

export interface JsonScan {
  /**
   * The span of a wanted path; with `nearest`, of its nearest ancestor the text has when the
   * value itself is missing (a finding about an absent member points at its object).
   */
  spanOf(path: string, nearest?: boolean): Span | undefined;
  /** Every repeated member name, in text order (at most `maxDuplicates`). */
  duplicateKeys: DuplicateKey[];
  /** All repeated names, including those not listed. */
  duplicateKeyCount: number;
  /** Repeated names not listed, that `isSevere` called severe. */
  unlistedSevereCount: number;
}

/** Repeated names listed by default; the rest are only counted. */
export const DEFAULT_MAX_DUPLICATES = 1000;

/** Tells which repeated names matter most, so those beyond the list are still counted apart. */
export type DuplicateSeverity = (objectPath: PathSegment[], key: string) => boolean;

interface TrieNode {
  children: Map<PathSegment, TrieNode>;
  span?: Span;
}

interface Frame {
  isObject: boolean;
  node: TrieNode | undefined;
  start: number;
  /** This container's step in its parent (undefined at the top). */
  segment: PathSegment | undefined;
  index: number;
  key: string;
  keys: Map<string, number> | undefined;
}

/**
 * One pass over a text `JSON.parse` has accepted: the spans of the wanted paths (so findings
 * get a line and column, and messages quote numbers as written) and every repeated member
 * name. Keeps its own stack, so nesting 200,000 deep costs memory, not the call stack.
 */
export function scanJson(
  text: string,
  wanted: Iterable<string>,
  maxDuplicates = DEFAULT_MAX_DUPLICATES,
  isSevere: DuplicateSeverity = () => false,
): JsonScan {
  const root: TrieNode = { children: new Map() };
  for (const path of wanted) addPath(root, path);
  const scanner = new Scanner(text, root, maxDuplicates, isSevere);
  scanner.run();
  return finish(root, scanner);
}

/** The scan's state: where it is, the open containers, and what it has found. */
class Scanner {
  readonly duplicateKeys: DuplicateKey[] = [];
  duplicateKeyCount = 0;
  unlistedSevereCount = 0;
  private readonly stack: Frame[] = [];
  private pos: number;
  /** The trie node of the value about to start, when that value is wanted. */
  private node: TrieNode | undefined;
  /** The step from its container to the value about to start. */
  private segment: PathSegment | undefined;

  constructor(
    private readonly text: string,
    root: TrieNode,
    private readonly maxDuplicates: number,
    private readonly isSevere: DuplicateSeverity,
  ) {
    this.pos = skipWhitespace(text, 0);
    this.node = root;
  }

  run(): void {
    for (;;) {
      if (this.startValue()) continue;
      if (!this.afterValue()) return;
    }
  }

  /** Reads the start of a value; true when it opened a container with a first element. */
  private startValue(): boolean {
    const { text } = this;
    const ch = text.charCodeAt(this.pos);
    if (ch !== 0x7b && ch !== 0x5b) {
      const end = skipScalar(text, this.pos);
      if (this.node !== undefined) this.node.span = { start: this.pos, end };
      this.pos = end;
      return false;
    }
    const isObject = ch === 0x7b;
    const frame: Frame = {
      isObject,
      node: this.node,
      start: this.pos,
      segment: this.segment,
      index: 0,
      key: '',
      keys: isObject ? new Map() : undefined,
    };
    this.stack.push(frame);
    this.pos = skipWhitespace(text, this.pos + 1);
    if (text.charCodeAt(this.pos) === (isObject ? 0x7d : 0x5d)) return false;
    if (isObject) this.readKey(frame);
    this.enterElement(frame);
    return true;
  }

  /** Closes finished containers; true when another element follows, false at the end. */
  private afterValue(): boolean {
    for (;;) {
      this.pos = skipWhitespace(this.text, this.pos);
      const frame = this.stack[this.stack.length - 1];
      if (frame === undefined) return false;
      if (this.text.charCodeAt(this.pos) === 0x2c) {
        this.pos = skipWhitespace(this.text, this.pos + 1);
        if (frame.isObject) this.readKey(frame);
        else frame.index += 1;
        this.enterElement(frame);
        return true;
      }
      this.pos += 1;
      this.stack.pop();
      if (frame.node !== undefined) frame.node.span = { start: frame.start, end: this.pos };
    }
  }

  private enterElement(frame: Frame): void {
    this.node = childOf(frame);
    this.segment = frame.isObject ? frame.key : frame.index;
  }

  /** Reads a member name and its colon, noting it when the object already has it. */
  private readKey(frame: Frame): void {
    const { text } = this;
    const at = this.pos;
    const end = skipString(text, at);
    const raw = text.slice(at + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(at, end)) as string) : raw;
    frame.key = key;
    const first = frame.keys!.get(key);
    if (first === undefined) frame.keys!.set(key, at);
    else this.noteDuplicate(key, first, at);
    this.pos = skipWhitespace(text, skipWhitespace(text, end) + 1);
  }

  private noteDuplicate(key: string, firstOffset: number, offset: number): void {
    this.duplicateKeyCount += 1;
    const objectPath = pathOf(this.stack);
    if (this.duplicateKeys.length < this.maxDuplicates) {
      this.duplicateKeys.push({ objectPath, key, firstOffset, offset });
    } else if (this.isSevere(objectPath, key)) {
      this.unlistedSevereCount += 1;
    }
  }
}

function finish(root: TrieNode, scanner: Scanner): JsonScan {
  return {
    duplicateKeys: scanner.duplicateKeys,
    duplicateKeyCount: scanner.duplicateKeyCount,
    unlistedSevereCount: scanner.unlistedSevereCount,
    spanOf(path, nearest = false) {
      const segments = parsePath(path);
      if (segments === undefined) return nearest ? root.span : undefined;
      let node = root;
      let span = root.span;
      for (const step of segments) {
        const child = node.children.get(step);
        if (child?.span === undefined) return nearest ? span : undefined;
        node = child;
        span = child.span;
      }
      return span;
    },
  };
}

function addPath(root: TrieNode, path: string): void {
  const segments = parsePath(path);
  if (segments === undefined) return;
  let node = root;
  for (const step of segments) {
    let child = node.children.get(step);
    if (child === undefined) {
      child = { children: new Map() };
      node.children.set(step, child);
    }
    node = child;
  }
}

function childOf(frame: Frame): TrieNode | undefined {
  if (frame.node === undefined || frame.node.children.size === 0) return undefined;
  return frame.node.children.get(frame.isObject ? frame.key : frame.index);
}

function pathOf(frames: readonly Frame[]): PathSegment[] {
  const path: PathSegment[] = [];
  for (const frame of frames) if (frame.segment !== undefined) path.push(frame.segment);
  return path;
}

/** Offset after the string starting at `at` (its opening quote). */
function skipString(text: string, at: number): number {
  let pos = at + 1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    pos = quote + 1;
  }
}

function skipScalar(text: string, at: number): number {
  if (text.charCodeAt(at) === 0x22) return skipString(text, at);
  let pos = at;
  for (;;) {
    const c = text.charCodeAt(pos);
    // Digits, signs, '.', letters of true/false/null and exponents: nothing else can follow.
    const part =
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2d ||
      c === 0x2b ||
      c === 0x2e ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a);
    if (!part) return pos;
    pos += 1;
  }
}

function skipWhitespace(text: string, start: number): number {
  let pos = start;
  for (;;) {
    const code = text.charCodeAt(pos);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return pos;
    pos += 1;
  }
}
