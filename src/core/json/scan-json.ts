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
}

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
export function scanJson(text: string, wanted: Iterable<string>, maxDuplicates = 1000): JsonScan {
  const root: TrieNode = { children: new Map() };
  for (const path of wanted) addPath(root, path);
  const duplicateKeys: DuplicateKey[] = [];
  let duplicateKeyCount = 0;
  const stack: Frame[] = [];
  let pos = skipWhitespace(text, 0);
  let node: TrieNode | undefined = root;
  let segment: PathSegment | undefined;

  for (;;) {
    // At the start of a value; `node` is its trie node, if it is wanted.
    const ch = text.charCodeAt(pos);
    if (ch === 0x7b || ch === 0x5b) {
      const frame: Frame = {
        isObject: ch === 0x7b,
        node,
        start: pos,
        segment,
        index: 0,
        key: '',
        keys: ch === 0x7b ? new Map() : undefined,
      };
      stack.push(frame);
      pos = skipWhitespace(text, pos + 1);
      const empty = text.charCodeAt(pos) === (frame.isObject ? 0x7d : 0x5d);
      if (!empty) {
        if (frame.isObject) pos = readKey(text, pos, frame, stack);
        node = childOf(frame);
        segment = frame.isObject ? frame.key : 0;
        continue;
      }
    } else {
      const end = skipScalar(text, pos);
      if (node !== undefined) node.span = { start: pos, end };
      pos = end;
    }
    // After a value: close containers, or move to the next element.
    let next = false;
    while (!next) {
      pos = skipWhitespace(text, pos);
      const frame = stack[stack.length - 1];
      if (frame === undefined) return finish(root, duplicateKeys, duplicateKeyCount);
      const c = text.charCodeAt(pos);
      if (c === 0x2c) {
        pos = skipWhitespace(text, pos + 1);
        if (frame.isObject) pos = readKey(text, pos, frame, stack);
        else frame.index += 1;
        node = childOf(frame);
        segment = frame.isObject ? frame.key : frame.index;
        next = true;
        continue;
      }
      pos += 1;
      stack.pop();
      if (frame.node !== undefined) frame.node.span = { start: frame.start, end: pos };
    }
  }

  function readKey(source: string, at: number, frame: Frame, frames: Frame[]): number {
    const end = skipString(source, at);
    const raw = source.slice(at + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(source.slice(at, end)) as string) : raw;
    frame.key = key;
    const first = frame.keys!.get(key);
    if (first === undefined) frame.keys!.set(key, at);
    else {
      duplicateKeyCount += 1;
      if (duplicateKeys.length < maxDuplicates) {
        duplicateKeys.push({ objectPath: pathOf(frames), key, firstOffset: first, offset: at });
      }
    }
    return skipWhitespace(source, skipWhitespace(source, end) + 1);
  }
}

function finish(
  root: TrieNode,
  duplicateKeys: DuplicateKey[],
  duplicateKeyCount: number,
): JsonScan {
  return {
    duplicateKeys,
    duplicateKeyCount,
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
