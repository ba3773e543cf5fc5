/** How {@link squaresText} names its squares. */
export interface SquareNaming {
  /** The ids' prefix: ids are `sq-0`, `sq-1`… by default. */
  idPrefix?: string;
  /** Whether each square has a `name` property (`Ô 0`…); true by default, else `{}`. */
  named?: boolean;
}

/**
 * Squares over the region, ids `sq-0`…: `closed` false leaves every ring open (every feature's
 * geometry invalid). It stands alone (no imports, no outside names), so browser specs run it
 * from its source in the page and tens of MB of text do not cross the test's pipe.
 */
export function squaresText(count: number, closed: boolean, naming: SquareNaming = {}): string {
  const idPrefix = naming.idPrefix ?? 'sq';
  const named = naming.named ?? true;
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  for (let i = 0; i < count; i++) {
    const x = 105.3 + (i % 400) * 0.002;
    const y = 21.0 + Math.floor(i / 400) * 0.0015;
    const ring = [
      [x, y],
      [x + 0.001, y],
      [x + 0.001, y + 0.001],
      [x, y + 0.001],
      ...(closed ? [[x, y]] : []),
    ].map(([a, b]) => `[${a!.toFixed(6)},${b!.toFixed(6)}]`);
    parts.push(
      `${i ? ',' : ''}{"type":"Feature","id":"${idPrefix}-${i}","properties":${named ? `{"name":"Ô ${i}"}` : '{}'},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`,
    );
  }
  parts.push(']}');
  return parts.join('');
}

/** Points over the region written latitude first: every feature has swapped axes. */
export function swappedPoints(count: number): string {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  for (let i = 0; i < count; i++) {
    const x = 105.3 + (i % 400) * 0.002;
    const y = 21.0 + Math.floor(i / 400) * 0.0015;
    parts.push(
      `${i ? ',' : ''}{"type":"Feature","id":"pt-${i}","properties":{},"geometry":{"type":"Point","coordinates":[${y.toFixed(6)},${x.toFixed(6)}]}}`,
    );
  }
  parts.push(']}');
  return parts.join('');
}
