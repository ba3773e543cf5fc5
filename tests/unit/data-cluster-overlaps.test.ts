import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area } from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (id: string) =>
  (
    JSON.parse(
      readFileSync(resolve(ROOT, 'data/geojson', `${id}.geojson`), 'utf8'),
    ) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>
  ).features;
const clusters = read('security-clusters');
const zones = read('industrial-zones');

const geom = (feature: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>) =>
  feature.geometry.coordinates as polyclip.Geom;
const hectares = (coordinates: polyclip.Geom) =>
  area({ type: 'MultiPolygon', coordinates: coordinates as GeoJSON.Position[][][] }) / 10_000;
const props = (feature: GeoJSON.Feature) => feature.properties as Record<string, string & number>;

/** Each pair of clusters whose areas overlap by more than a hectare. */
const overlapping = clusters.flatMap((a, i) =>
  clusters
    .slice(i + 1)
    .filter((b) => hectares(polyclip.intersection(geom(a), geom(b))) > 1)
    .map((b) => [a, b] as const),
);

describe('the security clusters’ shared areas (Kim Hoa IZ lies 100 % in clusters 1 and 2)', () => {
  it('are where neighbouring clusters meet, the bands of a member district they share', () => {
    expect(overlapping.map(([a, b]) => `${a.id}+${b.id}`)).toEqual([
      'cluster-1+cluster-2',
      'cluster-2+cluster-3',
      'cluster-3+cluster-4',
      'cluster-4+cluster-5',
      'cluster-5+cluster-6',
    ]);
  });

  it('hold Kim Hoa IZ wholly in both clusters 1 and 2, as the layers.md derivation gives', () => {
    const kimHoa = zones.find((zone) => props(zone).name === 'Khu công nghiệp Kim Hoa')!;
    const whole = hectares([kimHoa.geometry.coordinates] as polyclip.Geom);
    const inCluster = (no: number) => {
      const cluster = clusters.find((c) => props(c).cluster_no === no)!;
      return hectares(polyclip.intersection(geom(kimHoa), geom(cluster))) / whole;
    };
    expect(inCluster(1)).toBeCloseTo(1, 3);
    expect(inCluster(2)).toBeCloseTo(1, 3);
  });

  it.each(overlapping.map(([a, b]) => [a.id, b.id, a, b] as const))(
    '%s and %s each say, in both languages, that they share part of their area',
    (_a, _b, a, b) => {
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const no = props(other).cluster_no;
        expect(props(self).notes).toMatch(new RegExp(`chồng lấn với .*cụm ${no} \\(`));
        expect(props(self).notes_en).toMatch(new RegExp(`overlaps .*cluster ${no}'s \\(`));
      }
    },
  );
});
