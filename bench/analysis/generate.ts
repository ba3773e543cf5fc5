import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { seededRandom } from '../shared/seeded-random.ts';

/** The bench region: [west, south, east, north] in degrees. */
export const BENCH_BBOX = [105.3, 21.0, 105.95, 21.5] as const;

const METERS_PER_DEGREE_LAT = 110_760;
const METERS_PER_DEGREE_LON = 103_900;

/**
 * `count` planning zones: star-shaped polygons of 8–20 vertices, 150–700 m across their
 * mean radius, scattered over the region; one in ten has a hole.
 */
export function generateZones(count: number, seed: number): FeatureCollection<Polygon> {
  const random = seededRandom(seed);
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < count; i++) {
    const center = randomPoint(random);
    const radiusMeters = 150 + random() * 550;
    const vertices = 8 + Math.floor(random() * 13);
    const outer = starRing(random, center, radiusMeters, vertices, 0.35);
    const rings = [outer];
    if (random() < 0.1) rings.push(starRing(random, center, radiusMeters * 0.3, 6, 0).reverse());
    features.push({
      type: 'Feature',
      id: `zone-${i}`,
      properties: { name: `Zone ${i}` },
      geometry: { type: 'Polygon', coordinates: rings },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * `count` corridors (road or river buffers): a gently wandering centre line 4–25 km long,
 * 80–600 m wide, drawn as one polygon of both sides.
 */
export function generateCorridors(count: number, seed: number): FeatureCollection<Polygon> {
  const random = seededRandom(seed);
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < count; i++) {
    const lengthMeters = 4000 + random() * 21000;
    const halfWidthMeters = 40 + random() * 260;
    const steps = 12 + Math.floor(random() * 30);
    const line = wanderingLine(random, randomPoint(random), lengthMeters, steps);
    features.push({
      type: 'Feature',
      id: `corridor-${i}`,
      properties: { name: `Corridor ${i}` },
      geometry: { type: 'Polygon', coordinates: [corridorRing(line, halfWidthMeters)] },
    });
  }
  return { type: 'FeatureCollection', features };
}

function randomPoint(random: () => number): [number, number] {
  const [west, south, east, north] = BENCH_BBOX;
  return [west + random() * (east - west), south + random() * (north - south)];
}

function offset(center: readonly number[], eastMeters: number, northMeters: number): Position {
  return [
    round((center[0] as number) + eastMeters / METERS_PER_DEGREE_LON),
    round((center[1] as number) + northMeters / METERS_PER_DEGREE_LAT),
  ];
}

function round(degrees: number): number {
  return Math.round(degrees * 1e7) / 1e7;
}

/** A counter-clockwise ring with vertices at jittered radii around `center`. */
function starRing(
  random: () => number,
  center: readonly number[],
  radiusMeters: number,
  vertices: number,
  jitter: number,
): Position[] {
  const ring: Position[] = [];
  const phase = random() * Math.PI * 2;
  for (let k = 0; k < vertices; k++) {
    const angle = phase + (2 * Math.PI * k) / vertices;
    const r = radiusMeters * (1 - jitter / 2 + jitter * random());
    ring.push(offset(center, r * Math.cos(angle), r * Math.sin(angle)));
  }
  ring.push([...(ring[0] as Position)]);
  return ring;
}

/** Metre offsets of a centre line that turns at most ±12° per step. */
function wanderingLine(
  random: () => number,
  start: readonly number[],
  lengthMeters: number,
  steps: number,
): [number, number][] {
  let heading = random() * Math.PI * 2;
  let x = 0;
  let y = 0;
  const points: [number, number][] = [[x, y]];
  const stepMeters = lengthMeters / steps;
  for (let k = 0; k < steps; k++) {
    heading += (random() - 0.5) * 0.42;
    x += stepMeters * Math.cos(heading);
    y += stepMeters * Math.sin(heading);
    points.push([x, y]);
  }
  return points.map(([px, py]) => [
    (start[0] as number) + px / METERS_PER_DEGREE_LON,
    (start[1] as number) + py / METERS_PER_DEGREE_LAT,
  ]);
}

/** Both sides of the centre line, offset along the bisector of each turn. */
function corridorRing(line: readonly [number, number][], halfWidthMeters: number): Position[] {
  const left: Position[] = [];
  const right: Position[] = [];
  for (let k = 0; k < line.length; k++) {
    const before = line[Math.max(0, k - 1)] as [number, number];
    const after = line[Math.min(line.length - 1, k + 1)] as [number, number];
    const dx = (after[0] - before[0]) * METERS_PER_DEGREE_LON;
    const dy = (after[1] - before[1]) * METERS_PER_DEGREE_LAT;
    const length = Math.hypot(dx, dy);
    const nx = (-dy / length) * halfWidthMeters;
    const ny = (dx / length) * halfWidthMeters;
    const point = line[k] as [number, number];
    left.push(offset(point, nx, ny));
    right.push(offset(point, -nx, -ny));
  }
  const ring = [...right, ...left.reverse()];
  ring.push([...(ring[0] as Position)]);
  return ring;
}
