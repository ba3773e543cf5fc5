import type { FeatureCollection } from 'geojson';
import type { CrsCode } from '../crs/vn2000.ts';

/**
 * The system coordinates are in when the file does not say: WGS84 when every position can be
 * degrees, else VN-2000 / TM-3 105° (the local system of Hà Nội and Vĩnh Phúc, the region's
 * usual one) when they look like its metres; `undefined` when they are neither, for the caller
 * to refuse. A guess, shown to the planner to confirm.
 */
export function guessCrs(collection: FeatureCollection): CrsCode | undefined {
  const guess = new CrsGuess();
  guess.add(collection);
  return guess.crs;
}

/**
 * {@link guessCrs} over a collection read in parts: `add` each part, then read `crs`, the
 * same guess as for all the parts at once.
 */
export class CrsGuess {
  private degrees = true;
  private metres = true;

  /** Takes the positions of a part into account. */
  add(collection: FeatureCollection): void {
    forEachPosition(collection, ([x, y]) => {
      if (Math.abs(x!) > 180 || Math.abs(y!) > 90) this.degrees = false;
      if (!(x! > 100_000 && x! < 900_000 && y! > 1_000_000 && y! < 3_000_000)) this.metres = false;
    });
  }

  /** The guess from every position added so far. */
  get crs(): CrsCode | undefined {
    if (this.degrees) return 'EPSG:4326';
    return this.metres ? 'EPSG:5897' : undefined;
  }
}

/** Calls `visit` with every position of every geometry. */
export function forEachPosition(
  collection: FeatureCollection,
  visit: (position: number[]) => void,
): void {
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') visit(value as number[]);
    else for (const item of value) walk(item);
  };
  const walkGeometry = (geometry: GeoJSON.Geometry | null): void => {
    if (!geometry) return;
    if (geometry.type === 'GeometryCollection') geometry.geometries.forEach(walkGeometry);
    else walk(geometry.coordinates);
  };
  for (const feature of collection.features) walkGeometry(feature.geometry);
}
