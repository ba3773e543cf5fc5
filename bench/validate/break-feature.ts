/** A generated feature, as far as breaking it needs. */
interface BenchFeature {
  id?: unknown;
  geometry: { coordinates: number[][][] };
}

/**
 * Breaks a valid generated feature in one of four ways, in turn, each an error the validator
 * must report with its place: the ring not closed, half the ring reversed (a figure eight that
 * crosses itself), a longitude beyond 180°, the previous feature's id again. Sizes barely change, so the
 * broken file is as big as the valid one.
 */
export function breakFeature(feature: BenchFeature, index: number): void {
  const ring = feature.geometry.coordinates[0]!;
  const kind = index % 4;
  if (kind === 0) {
    ring[ring.length - 1] = [ring[0]![0]! + 0.001, ring[0]![1]!];
  } else if (kind === 1) {
    // A figure eight: the second half of the vertices in reverse, so two near-diameters cross.
    const vertices = ring.slice(0, -1);
    const half = Math.floor(vertices.length / 2);
    const eight = [...vertices.slice(0, half + 1), ...vertices.slice(half + 1).reverse()];
    feature.geometry.coordinates[0] = [...eight, eight[0]!];
  } else if (kind === 2) {
    ring[3] = [ring[3]![0]! + 180, ring[3]![1]!];
  } else {
    feature.id = `iz-bench-${String(index - 1).padStart(5, '0')}`;
  }
}
