import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { adminUnitsOf } from '../../src/core/admin-frame/units.ts';
import { withAdminFrame } from './admin-frame.ts';
import { communes2025File, provinces2025File } from './admin2025-files.ts';
import { areaTrueRegularPolygon } from './area-true-polygon.ts';
import { DISTRICTS_FILE, loadDistricts } from './districts.ts';
import { DAI_LAI_LAKE } from './facts/places.ts';
import type { GeodataInputs } from './geodata-inputs.ts';
import { axisRoadsLayer } from './layers/axis-roads.ts';
import { basemapFeatures } from './layers/basemap.ts';
import { boundariesLayer } from './layers/boundaries.ts';
import { contextLayer, LAKE_SIDES } from './layers/context.ts';
import { industrialZonesLayer } from './layers/industrial-zones.ts';
import { ringRoad5Layer } from './layers/ring-road-5.ts';
import { securityClustersLayer } from './layers/security-clusters.ts';
import { redRiverChannel, waterAt } from './osm-water.ts';
import { borderSegments, provincialBorder } from './provincial-border.ts';
import { redRiverCentreLine } from './red-river.ts';
import { serializeFeatureCollection } from './serialize.ts';
import { tamDaoEntryPoint } from './tam-dao-entry.ts';
import { withVietnamese } from './vietnamese-text.ts';

/** Every generated file, by path relative to the repository root, with its exact text. */
export function buildFiles(geodata: GeodataInputs): Map<string, string> {
  const districts = loadDistricts();
  const border = provincialBorder(districts);
  const segments = borderSegments(border);
  const redRiver = redRiverCentreLine(districts, segments);
  const channel = redRiverChannel(geodata.water);
  const lake = waterAt(geodata.water, DAI_LAI_LAKE.centre, 'Đại Lải lake');
  // The 2019 basemap keeps its indicative lake: the real outline is drawn by the vector tiles.
  const basemapLake = areaTrueRegularPolygon({
    centre: DAI_LAI_LAKE.centre,
    targetHectares: DAI_LAI_LAKE.areaHa,
    sides: LAKE_SIDES,
  });

  const layers: Record<string, Feature[]> = {
    boundaries: boundariesLayer(districts, border, segments),
    'ring-road-5': ringRoad5Layer(tamDaoEntryPoint(districts)),
    'me-linh-axis-roads': axisRoadsLayer(geodata.roadFootprint, geodata.railways),
    'security-clusters': securityClustersLayer(districts, segments),
    'industrial-zones': industrialZonesLayer(
      districts,
      geodata.landuse.filter((f) => f.properties?.fclass === 'industrial'),
    ),
    context: contextLayer(redRiver, channel, lake),
    'monitoring-stations': [],
    'green-corridors': [],
    dykes: [],
  };
  assertUniqueIds(Object.values(layers).flat());

  const communes = communes2025File(geodata.communes2025);
  const frameUnits = adminUnitsOf(
    JSON.parse(readFileSync(DISTRICTS_FILE, 'utf8')) as FeatureCollection,
    { type: 'FeatureCollection', features: communes },
  );
  const files = new Map<string, string>();
  for (const [id, features] of Object.entries(layers)) {
    // The layers' English free text in Vietnamese too, `_en` beside it (the UI shows these).
    const framed = withAdminFrame(features, frameUnits).map((feature) => ({
      ...feature,
      properties: withVietnamese(feature.properties ?? {}),
    }));
    files.set(`data/geojson/${id}.geojson`, serializeFeatureCollection(framed));
  }
  files.set('data/admin2025/communes.geojson', serializeFeatureCollection(communes));
  files.set(
    'data/admin2025/provinces.geojson',
    serializeFeatureCollection(provinces2025File(geodata.provinces2025)),
  );
  files.set(
    'data/basemap/basemap.geojson',
    serializeFeatureCollection(basemapFeatures(districts, redRiver, basemapLake)),
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
