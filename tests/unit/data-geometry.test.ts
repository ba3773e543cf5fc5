import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  bbox,
  booleanPointInPolygon,
  pointToLineDistance,
  pointToPolygonDistance,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { describe, expect, it } from 'vitest';
import { findGeodataDir } from '../../scripts/basemap/geodata.ts';

// The plan layers re-drawn on the 2018 OpenStreetMap extracts, and the 2025 frame every feature
// carries. The checks measure the committed files against the extracts themselves (and against
// points typed from shared/facts), with turf, not with the build's own raster code.

const ROOT = resolve(import.meta.dirname, '../..');

/** The extracts are outside the repository (shared/geodata/): CI, which has none, skips these. */
function geodataDir(): string | undefined {
  try {
    return findGeodataDir(ROOT);
  } catch {
    return undefined;
  }
}
const GEODATA = geodataDir();

function readJson(path: string): FeatureCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}
const layer = (id: string) => readJson(join(ROOT, `data/geojson/${id}.geojson`)).features;
function byId(layerId: string, id: string): Feature {
  const found = layer(layerId).find((f) => f.id === id);
  if (!found) throw new Error(`${layerId}: no feature ${id}`);
  return found;
}

/** Points every ~100 m along a line, its vertices included. */
function along(line: readonly Position[], stepDeg = 0.001): Position[] {
  const out: Position[] = [];
  for (let k = 0; k + 1 < line.length; k++) {
    const [a, b] = [line[k]!, line[k + 1]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) / stepDeg));
    for (let s = 0; s < n; s++) {
      out.push([a[0]! + ((b[0]! - a[0]!) * s) / n, a[1]! + ((b[1]! - a[1]!) * s) / n]);
    }
  }
  out.push(line[line.length - 1]!);
  return out;
}

describe.skipIf(!GEODATA)('the plan layers on the 2018 OSM extracts', () => {
  const extract = (file: string) => readJson(join(GEODATA!, file)).features;

  describe('traced roads', () => {
    const footprint = extract('osm2018_roads_footprint_buffer10m.geojson').map(
      (f) => f.geometry as Polygon | MultiPolygon,
    );
    const traced = layer('me-linh-axis-roads').filter(
      (f) => f.properties?.accuracy === 'digitised' && f.properties.road_class !== 'railway',
    );

    /** Metres from a point to the nearest footprint polygon; 0 inside. */
    function metresFromFootprint(point: Position): number {
      if (footprint.some((area) => booleanPointInPolygon(point, area))) return 0;
      return Math.min(
        ...footprint.map((area) => pointToPolygonDistance(point, area, { units: 'meters' })),
      );
    }

    it('traces QL2 at least, and says how each trace was made', () => {
      expect(traced.map((f) => f.id)).toContain('road-ql2');
      for (const road of traced) {
        expect(road.properties?.source_en, `${road.id}`).toMatch(/OpenStreetMap.*map-matched/);
        expect(road.properties?.source, `${road.id}`).toMatch(/OpenStreetMap.*khớp bản đồ/);
      }
    });

    it.each(traced.map((f) => [f.id, f] as const))(
      '%s: every vertex lies within its accuracy_m of the 2018 road footprint',
      (_id, road) => {
        const limit = road.properties?.accuracy_m as number;
        for (const vertex of (road.geometry as LineString).coordinates) {
          expect(metresFromFootprint(vertex), `${road.id} at [${vertex}]`).toBeLessThanOrEqual(
            limit,
          );
        }
      },
    );

    it('runs the Nội Bài – Lào Cai expressway through the 2018 motorway junction nodes', () => {
      const expressway = byId('me-linh-axis-roads', 'road-noi-bai-lao-cai');
      expect(expressway.properties?.accuracy).toBe('digitised');
      const line = expressway.geometry as LineString;
      // The nodes it was matched on, by OSM id; each lies on the motorway itself.
      const nodes = extract('osm2018_traffic_points.geojson').filter((f) =>
        ['3008942582', '3008931486', '4843388563'].includes(String(f.properties?.osm_id)),
      );
      expect(nodes).toHaveLength(3);
      for (const node of nodes) {
        const at = (node.geometry as GeoJSON.Point).coordinates;
        expect(pointToLineDistance(at, line, { units: 'meters' }), `node at [${at}]`).toBeLessThan(
          50,
        );
      }
    });

    it('keeps the roads it could not match schematic, with the numbers of the attempt', () => {
      for (const id of ['road-vo-nguyen-giap', 'road-me-linh-axis']) {
        const road = byId('me-linh-axis-roads', id).properties;
        expect(road?.accuracy, id).toBe('schematic');
        expect(road?.notes_en, id).toMatch(/tried and rejected \(the cheapest path runs \d+ m/);
      }
    });

    it('keeps the roads not built in January 2018 schematic, saying so', () => {
      const ringRoad4 = byId('me-linh-axis-roads', 'road-ring-4-me-linh').properties;
      expect(ringRoad4?.accuracy).toBe('schematic');
      expect(ringRoad4?.notes_en).toMatch(/not in the January 2018 road data/i);
    });
  });

  it('draws the Hà Nội – Lào Cai railway within its accuracy_m of the 2018 OSM track', () => {
    const tracks = extract('osm2018_railways.geojson').map((f) => f.geometry as LineString);
    const railway = byId('me-linh-axis-roads', 'rail-ha-noi-lao-cai');
    const limit = railway.properties?.accuracy_m as number;
    const boxes = tracks.map((track) => bbox(track));
    const margin = 0.01; // about 1 km: tracks farther than that cannot be the nearest one here
    for (const point of along((railway.geometry as LineString).coordinates)) {
      const near = tracks.filter((_, k) => {
        const [w, s, e, n] = boxes[k]!;
        return (
          point[0]! > w! - margin &&
          point[0]! < e! + margin &&
          point[1]! > s! - margin &&
          point[1]! < n! + margin
        );
      });
      const metres = Math.min(
        Number.POSITIVE_INFINITY,
        ...near.map((track) => pointToLineDistance(point, track, { units: 'meters' })),
      );
      expect(metres, `railway at [${point}]`).toBeLessThanOrEqual(limit);
    }
  });
});

describe('the Red River channel (context layer)', () => {
  const channel = () => byId('context', 'river-red').geometry as Polygon;
  // geo-facts §1.4: where the Vĩnh Thịnh bridge crosses the 2019 border, mid-river.
  const VINH_THINH_BRIDGE_MID_RIVER: Position = [105.487, 21.164];

  it('is a polygon that contains the Vĩnh Thịnh bridge’s mid-river point', () => {
    expect(channel().type).toBe('Polygon');
    expect(booleanPointInPolygon(VINH_THINH_BRIDGE_MID_RIVER, channel())).toBe(true);
  });

  it('holds the provincial border’s river section (Phúc Thọ to Sơn Tây) to within 250 m', () => {
    // 250 m: the 2019 district outlines are simplified to about that. Ba Vì – Vĩnh Tường is left
    // out: there the 2019 boundary follows an older bed, up to 1.7 km from the 2018 water.
    const river = layer('boundaries').filter(
      (f) =>
        f.properties?.kind === 'border-segment' &&
        ['Phúc Thọ', 'Sơn Tây'].includes(f.properties.hanoi_side),
    );
    expect(river.length).toBe(3);
    for (const segment of river) {
      for (const point of along((segment.geometry as LineString).coordinates)) {
        const inside = booleanPointInPolygon(point, channel());
        const metres = inside ? 0 : pointToPolygonDistance(point, channel(), { units: 'meters' });
        expect(metres, `${segment.properties?.hanoi_side} at [${point}]`).toBeLessThan(250);
      }
    }
    expect(byId('context', 'river-red').properties?.notes_en).toMatch(/Ba Vì – Vĩnh Tường/);
  });

  it('keeps the 2019 centre line for the border', () => {
    expect(byId('context', 'river-red-border-line').geometry.type).toBe('LineString');
  });
});

describe('the 2025 frame of every bundled feature', () => {
  const communes = readJson(join(ROOT, 'data/admin2025/communes.geojson')).features;
  const districts = layer('boundaries').filter((f) => f.properties?.kind === 'district');
  const layerIds = [
    'boundaries',
    'context',
    'industrial-zones',
    'me-linh-axis-roads',
    'ring-road-5',
    'security-clusters',
  ];
  const features = layerIds.flatMap((id) => layer(id));
  const containing = (point: Position) =>
    communes.filter((c) => booleanPointInPolygon(point, c.geometry as Polygon | MultiPolygon));

  it('bundles the 155 communes of 2025 with codes, provinces and what they were formed from', () => {
    expect(communes.length).toBe(155);
    const phucYen = communes.find((c) => c.properties?.full_name === 'Phường Phúc Yên');
    expect(phucYen?.properties?.province).toBe('Tỉnh Phú Thọ');
    expect(phucYen?.properties?.formed_from.length).toBeGreaterThan(1);
    expect(existsSync(join(ROOT, 'data/admin2025/provinces.geojson'))).toBe(true);
  });

  it.each(features.filter((f) => f.geometry.type === 'Point').map((f) => [f.id, f] as const))(
    '%s lies in the commune, district and province it names',
    (_id, point) => {
      const at = (point.geometry as GeoJSON.Point).coordinates;
      const props = point.properties ?? {};
      const [commune] = containing(at);
      expect(props.communes_2025).toEqual([commune?.properties?.full_name]);
      expect(props.commune_codes_2025).toEqual([commune?.properties?.code]);
      expect(props.provinces_2025).toEqual([commune?.properties?.province]);
      const district = districts.find((d) => booleanPointInPolygon(at, d.geometry as Polygon));
      expect(props.districts_2019).toEqual(district ? [district.properties?.name] : []);
    },
  );

  it.each(features.filter((f) => f.geometry.type !== 'Point').map((f) => [f.id, f] as const))(
    '%s names the commune of each of its vertices',
    (_id, feature) => {
      const props = feature.properties ?? {};
      const vertices = JSON.stringify(feature.geometry).match(/-?[\d.]+,-?[\d.]+/g);
      for (const pair of vertices ?? []) {
        const at = pair.split(',').map(Number);
        for (const commune of containing(at).slice(0, 1)) {
          expect(props.communes_2025, `${feature.id} at [${at}]`).toContain(
            commune.properties?.full_name,
          );
        }
      }
      expect(props.provinces_2025?.length).toBeGreaterThan(0);
    },
  );
});
