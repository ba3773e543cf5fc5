/**
 * Squares over the region, ids `sq-0`…: `closed` false leaves every ring open (every feature's
 * geometry invalid).
 */
export function squaresText(count: number, closed: boolean): string {
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
      `${i ? ',' : ''}{"type":"Feature","id":"sq-${i}","properties":{"name":"Ô ${i}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`,
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
