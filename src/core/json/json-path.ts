/** One step of a JSON path: a member name or an array index. */
export type PathSegment = string | number;

/**
 * The steps of a path as findings print it (`features[3].properties["odd key"]`), or
 * `undefined` when it is not in that form. `''` is the document itself.
 */
export function parsePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let pos = 0;
  while (pos < path.length) {
    const ch = path[pos];
    if (ch === '[') {
      const end = path[pos + 1] === '"' ? closingQuote(path, pos + 1) + 1 : path.indexOf(']', pos);
      if (end <= pos || path[end] !== ']') return undefined;
      const inner = path.slice(pos + 1, end);
      segments.push(inner.startsWith('"') ? (JSON.parse(inner) as string) : Number(inner));
      pos = end + 1;
      continue;
    }
    if (ch === '.') pos += 1;
    else if (pos !== 0) return undefined;
    const match = /^[A-Za-z_$][\w$]*/.exec(path.slice(pos, pos + 256));
    if (match === null) return undefined;
    segments.push(match[0]);
    pos += match[0].length;
  }
  return segments;
}

function closingQuote(text: string, open: number): number {
  let pos = open + 1;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\\') pos += 2;
    else if (ch === '"') return pos;
    else pos += 1;
  }
  return -1;
}
