/** How two overlap tables (a_id,b_id,overlap_m2,…) agree. */
export interface CsvComparison {
  missing: number;
  extra: number;
  worstRelative: number;
  worstAbsoluteSquareMeters: number;
  /** Pairs whose areas differ by more than 0.01 % + 0.001 m² (the floor of GeographicLib's area). */
  beyondTolerance: number;
}

/** Compares `ours` with `reference`: pairs present in one only, and area differences. */
export function compareOverlapCsv(ours: string, reference: string): CsvComparison {
  const expected = readAreas(reference);
  const comparison: CsvComparison = {
    missing: 0,
    extra: 0,
    worstRelative: 0,
    worstAbsoluteSquareMeters: 0,
    beyondTolerance: 0,
  };
  for (const [pair, area] of readAreas(ours)) {
    const want = expected.get(pair);
    if (want === undefined) {
      comparison.extra++;
      continue;
    }
    expected.delete(pair);
    const absolute = Math.abs(area - want);
    comparison.worstAbsoluteSquareMeters = Math.max(comparison.worstAbsoluteSquareMeters, absolute);
    comparison.worstRelative = Math.max(comparison.worstRelative, absolute / want);
    if (absolute > 1e-4 * want + 1e-3) comparison.beyondTolerance++;
  }
  comparison.missing = expected.size;
  return comparison;
}

function readAreas(csv: string): Map<string, number> {
  const areas = new Map<string, number>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [a, b, area] = line.split(',');
    areas.set(`${a}\u0000${b}`, Number(area));
  }
  return areas;
}
