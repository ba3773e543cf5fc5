/**
 * Shapes packed in typed arrays for the figure worker: a structured clone of 10,000 polygons as
 * GeoJSON arrays held the page for ~1 s; typed arrays are transferred, not copied.
 */
export interface PackedShapes {
  /** Longitude, latitude, longitude, … of every position. */
  coords: Float64Array;
  /** For each path (a ring or a line), the index in positions just after its last one. */
  pathEnds: Uint32Array;
  /** For each polygon (one part of a MultiPolygon), the index in paths just after its last ring. */
  polygonEnds: Uint32Array;
}

/** A list of numbers kept in a typed array that doubles when full (no boxed numbers). */
class Numbers<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(private values: T) {}

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new (this.values.constructor as new (size: number) => T)(this.length * 2 + 64);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  done(): T {
    return this.values.slice(0, this.length) as T;
  }
}

/** Collects paths and polygons, then packs them. */
export class ShapePacker {
  private readonly coords = new Numbers(new Float64Array(1024));
  private readonly pathEnds = new Numbers(new Uint32Array(64));
  private readonly polygonEnds = new Numbers(new Uint32Array(64));

  /** One position (a point: no path). */
  position(position: GeoJSON.Position): void {
    this.coords.push(position[0] ?? 0);
    this.coords.push(position[1] ?? 0);
  }

  path(positions: readonly GeoJSON.Position[]): void {
    for (const position of positions) this.position(position);
    this.pathEnds.push(this.coords.length / 2);
  }

  polygon(rings: readonly GeoJSON.Position[][]): void {
    for (const ring of rings) this.path(ring);
    this.polygonEnds.push(this.pathEnds.length);
  }

  get size(): number {
    return this.coords.length / 2;
  }

  pack(): PackedShapes {
    return {
      coords: this.coords.done(),
      pathEnds: this.pathEnds.done(),
      polygonEnds: this.polygonEnds.done(),
    };
  }
}

/** Each path's positions as `[lng, lat]` pairs, in order. */
export function* packedPaths(shapes: PackedShapes): Generator<[number, number][]> {
  let start = 0;
  for (const end of shapes.pathEnds) {
    const path: [number, number][] = [];
    for (let i = start; i < end; i++) path.push([shapes.coords[2 * i]!, shapes.coords[2 * i + 1]!]);
    start = end;
    yield path;
  }
}

/** Each polygon's rings (outer first), as `[lng, lat]` pairs. */
export function* packedPolygons(shapes: PackedShapes): Generator<[number, number][][]> {
  const paths = packedPaths(shapes);
  let start = 0;
  for (const end of shapes.polygonEnds) {
    const rings: [number, number][][] = [];
    for (let i = start; i < end; i++) rings.push(paths.next().value ?? []);
    start = end;
    yield rings;
  }
}

/** The buffers to transfer with the shapes. */
export const packedBuffers = (shapes: PackedShapes): ArrayBuffer[] => [
  shapes.coords.buffer as ArrayBuffer,
  shapes.pathEnds.buffer as ArrayBuffer,
  shapes.polygonEnds.buffer as ArrayBuffer,
];
