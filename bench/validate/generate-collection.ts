import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { REGION_BBOX } from '../../src/core/region.ts';
import { seededRandom } from '../shared/seeded-random.ts';
import { breakFeature } from './break-feature.ts';

/** What to generate; the defaults give a ~46 MB file of 40,000 polygons. */
export interface GenerateOptions {
  featureCount: number;
  /** Positions per exterior ring, closing position included. */
  ringPositions: number;
  /** Every n-th polygon gets a hole, so the hole checks run too. */
  holeEvery: number;
  seed: number;
  /** Break every feature (see {@link breakFeature}): a file with nothing valid in it. */
  broken?: boolean;
}

export const DEFAULT_GENERATE: GenerateOptions = {
  featureCount: 40_000,
  ringPositions: 28,
  holeEvery: 8,
  seed: 20_251_126,
};

const NAMES = [
  'Quang Minh',
  'Bình Xuyên',
  'Bá Thiện',
  'Khai Quang',
  'Sơn Lôi',
  'Nội Bài',
  'Kim Hoa',
];
const STATUSES = ['planned', 'under-construction', 'operating', 'completed', 'stalled'];

/** A star-shaped ring around a centre: simple by construction; counter-clockwise unless `clockwise`. */
function starRing(
  random: () => number,
  centre: [number, number],
  radiusDeg: number,
  positions: number,
  clockwise: boolean,
): number[][] {
  const ring: number[][] = [];
  const vertices = positions - 1;
  for (let i = 0; i < vertices; i++) {
    const angle = ((clockwise ? -i : i) / vertices) * 2 * Math.PI;
    const radius = radiusDeg * (0.6 + 0.4 * random());
    const lon = centre[0] + radius * Math.cos(angle);
    const lat = centre[1] + radius * Math.sin(angle);
    ring.push([Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

function feature(random: () => number, index: number, options: GenerateOptions): object {
  const [west, south, east, north] = REGION_BBOX;
  const centre: [number, number] = [
    west + (east - west) * random(),
    south + (north - south) * random(),
  ];
  const radiusDeg = 0.002 + 0.01 * random();
  const rings = [starRing(random, centre, radiusDeg, options.ringPositions, false)];
  if (index % options.holeEvery === 0)
    rings.push(starRing(random, centre, radiusDeg * 0.3, 9, true));
  const name = NAMES[index % NAMES.length]!;
  return {
    type: 'Feature',
    id: `iz-bench-${String(index).padStart(5, '0')}`,
    properties: {
      name: `Khu công nghiệp ${name} ${index}`,
      name_en: `${name} Industrial Park ${index}`,
      source: 'Synthetic benchmark feature, generated with a fixed seed',
      accuracy: 'indicative',
      accuracy_m: Math.round(100 + 400 * random()),
      status: STATUSES[index % STATUSES.length],
      area_ha_declared: Math.round(50 + 300 * random()),
      operator: 'Công ty Cổ phần Phát triển Hạ tầng',
      tenants: ['Tenant A', 'Tenant B'],
      province_2019: index % 2 === 0 ? 'Vĩnh Phúc' : 'Hà Nội',
      valid_from: '2020-01-01',
    },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

/**
 * Writes a FeatureCollection of valid polygons in the region, one feature per line, and returns
 * the number of positions written.
 */
export async function generateCollection(
  file: string,
  options: GenerateOptions = DEFAULT_GENERATE,
): Promise<number> {
  const random = seededRandom(options.seed);
  const out = createWriteStream(file);
  out.write('{"type":"FeatureCollection","features":[\n');
  let positions = 0;
  for (let i = 0; i < options.featureCount; i++) {
    const item = feature(random, i, options) as { geometry: { coordinates: number[][][] } };
    if (options.broken) breakFeature(item, i);
    for (const ring of item.geometry.coordinates) positions += ring.length;
    const line = `${JSON.stringify(item)}${i + 1 < options.featureCount ? ',' : ''}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end(']}\n');
  await once(out, 'finish');
  return positions;
}
