import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PLANNING_ZOOM } from '../../src/core/basemap/tileset.ts';
import { labelPoint } from '../data/label-point.ts';
import { readCollection } from './geodata.ts';
import { basemapPlaces } from './places.ts';

/** One layer of the vector tiles: its features and from which zoom the tiles carry them. */
export interface TileLayer {
  /** The MVT layer name, the style's `source-layer`. */
  name: string;
  /** Tiles below this zoom leave the layer out (the planning zoom for the detailed layers). */
  minZoom: number;
  /** geojson-vt simplification, in tile units (4096 a tile): lower keeps thin footprints intact. */
  tolerance: number;
  /**
   * Cut the polygons to each tile with a polygon clipper before geojson-vt (clip-to-tiles.ts):
   * for the 10 m road and waterway networks, one polygon with thousands of holes each.
   */
  clipPerTile?: boolean;
  features: Feature[];
}

type Props = Record<string, string | number>;

const withProps = (features: readonly Feature[], props: (f: Feature) => Props | null) =>
  features.flatMap((f): Feature[] => {
    const properties = props(f);
    return properties && f.geometry ? [{ type: 'Feature', properties, geometry: f.geometry }] : [];
  });

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const LANDUSE_KINDS = new Set([
  'nature_reserve',
  'forest',
  'residential',
  'industrial',
  'park',
  'cemetery',
  'military',
]);

/**
 * The basemap's layers from the public extracts (`geodataDir`) and the app's own 2019 basemap
 * (`data/basemap/basemap.geojson`: the 2019 provinces, districts and the facts' place names).
 */
export function basemapLayers(geodataDir: string, repoRoot: string): TileLayer[] {
  const read = (file: string) => readCollection(geodataDir, file).features;
  const own = JSON.parse(
    readFileSync(join(repoRoot, 'data/basemap/basemap.geojson'), 'utf8'),
  ) as GeoJSON.FeatureCollection;
  const communesSimplified = read('admin2025_communes_simplified.geojson');
  return [
    {
      name: 'land',
      minZoom: 0,
      tolerance: 3,
      features: withProps(read('admin2025_provinces.geojson'), (f) => ({
        name: str(f.properties?.name),
      })),
    },
    {
      name: 'landuse',
      minZoom: 0,
      tolerance: 2,
      features: withProps(read('osm2018_landuse.geojson'), (f) => {
        const kind = str(f.properties?.fclass);
        if (!LANDUSE_KINDS.has(kind)) return null;
        return { kind, name: str(f.properties?.name) };
      }),
    },
    {
      name: 'water',
      minZoom: 0,
      tolerance: 2,
      features: withProps(read('osm2018_water_areas.geojson'), () => ({ kind: 'water' })),
    },
    {
      name: 'waterway',
      minZoom: 10,
      tolerance: 1,
      clipPerTile: true,
      features: withProps(read('osm2018_waterways_buffer10m.geojson'), () => ({
        kind: 'waterway',
      })),
    },
    {
      name: 'road',
      minZoom: PLANNING_ZOOM,
      tolerance: 1,
      clipPerTile: true,
      features: withProps(read('osm2018_roads_footprint_buffer10m.geojson'), () => ({
        kind: 'road',
      })),
    },
    {
      name: 'road_national',
      minZoom: 0,
      tolerance: 3,
      features: withProps(read('roads_national_coarse_legocity.geojson'), (f) =>
        f.properties?.loai_duong === 'Đường chính' ? { name: str(f.properties?.ten) } : null,
      ),
    },
    {
      name: 'railway',
      minZoom: 0,
      tolerance: 2,
      features: withProps(read('osm2018_railways.geojson'), () => ({ kind: 'rail' })),
    },
    {
      name: 'contour',
      minZoom: PLANNING_ZOOM,
      tolerance: 2,
      features: withProps(read('srtm3_contours_50m.geojson'), (f) => {
        const ele = Number(f.properties?.ele_m);
        return Number.isFinite(ele) ? { ele_m: ele, index: ele % 250 === 0 ? 1 : 0 } : null;
      }),
    },
    {
      name: 'boundary',
      minZoom: 0,
      tolerance: 2,
      features: withProps(own.features, (f) => {
        const kind = str(f.properties?.kind);
        if (kind !== 'province' && kind !== 'district') return null;
        return { kind: `${kind}2019`, name: str(f.properties?.name) };
      }),
    },
    {
      name: 'commune',
      minZoom: PLANNING_ZOOM,
      tolerance: 2,
      features: withProps(read('admin2025_communes.geojson'), (f) => ({
        code: str(f.properties?.code),
        name: str(f.properties?.fullName),
      })),
    },
    {
      name: 'place',
      minZoom: 0,
      tolerance: 3,
      features: [
        ...basemapPlaces(own, read('osm2018_places.geojson')),
        ...communeLabels(communesSimplified),
      ],
    },
  ];
}

/** One label point per 2025 commune, inside it, for the names shown from the planning zoom. */
function communeLabels(communes: readonly Feature[]): Feature[] {
  return communes.flatMap((f): Feature[] => {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!geometry) return [];
    return [
      {
        type: 'Feature',
        properties: { kind: 'commune', rank: 6, name: str(f.properties?.fullName) },
        geometry: { type: 'Point', coordinates: labelPoint(geometry) },
      },
    ];
  });
}
