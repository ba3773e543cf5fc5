import type { Feature } from 'geojson';
import { areaTrueRegularPolygon } from './area-true-polygon.ts';
import { loadDistricts } from './districts.ts';
import { DAI_LAI_LAKE } from './facts/places.ts';
import { axisRoadsLayer } from './layers/axis-roads.ts';
import { basemapFeatures } from './layers/basemap.ts';
import { boundariesLayer } from './layers/boundaries.ts';
import { contextLayer, LAKE_SIDES } from './layers/context.ts';
import { industrialZonesLayer } from './layers/industrial-zones.ts';
import { ringRoad5Layer } from './layers/ring-road-5.ts';
import { securityClustersLayer } from './layers/security-clusters.ts';
import { borderSegments, provincialBorder } from './provincial-border.ts';
import { redRiverCentreLine } from './red-river.ts';
import { serializeFeatureCollection } from './serialize.ts';
import { tamDaoEntryPoint } from './tam-dao-entry.ts';

/** Every generated file, by path relative to the repository root, with its exact text. */
export function buildFiles(): Map<string, string> {
  const districts = loadDistricts();
  const border = provincialBorder(districts);
  const segments = borderSegments(border);
  const redRiver = redRiverCentreLine(districts, segments);
  const lake = areaTrueRegularPolygon({
    centre: DAI_LAI_LAKE.centre,
    targetHectares: DAI_LAI_LAKE.areaHa,
    sides: LAKE_SIDES,
  });

  const layers: Record<string, Feature[]> = {
    boundaries: boundariesLayer(districts, border, segments),
    'ring-road-5': ringRoad5Layer(tamDaoEntryPoint(districts)),
    'me-linh-axis-roads': axisRoadsLayer(),
    'security-clusters': securityClustersLayer(districts, segments),
    'industrial-zones': industrialZonesLayer(districts),
    context: contextLayer(redRiver, lake),
    'monitoring-stations': [],
    'green-corridors': [],
    dykes: [],
  };
  assertUniqueIds(Object.values(layers).flat());

  const files = new Map<string, string>();
  for (const [id, features] of Object.entries(layers)) {
    files.set(`data/geojson/${id}.geojson`, serializeFeatureCollection(features));
  }
  files.set(
    'data/basemap/basemap.geojson',
    serializeFeatureCollection(basemapFeatures(districts, redRiver, lake)),
  );
  return files;
}

function assertUniqueIds(features: readonly Feature[]): void {
  const seen = new Set<string | number>();
  for (const { id } of features) {
    if (id === undefined || seen.has(id)) throw new Error(`missing or repeated feature id: ${id}`);
    seen.add(id);
  }
}
