import type { Feature, Polygon } from 'geojson';
import { areaTrueRectangle } from '../area-true-polygon.ts';
import { checkFootprints } from '../check-footprints.ts';
import type { District } from '../districts.ts';
import { destination, ringAreaSquareMetres } from '../ellipsoid.ts';
import { INDUSTRIAL_ZONES, type IndustrialZoneFact } from '../facts/industrial-zones.ts';
import { feature, type Props } from '../feature.ts';
import { matchZoneOutline } from '../match-industrial-zone.ts';
import { roundTo } from '../round.ts';

/**
 * The industrial-zones layer: an area-true indicative footprint per zone with a known place,
 * each inside its 2019 district and clear of the others.
 */
export function industrialZonesLayer(
  districts: readonly District[],
  industrial: ReadonlyArray<Feature<Polygon>>,
): Feature[] {
  const placed = INDUSTRIAL_ZONES.map((zone) => ({ zone, polygon: footprint(zone) }));
  checkFootprints(
    placed.map(({ zone, polygon }) => ({ id: zone.id, district: zone.district, polygon })),
    districts,
  );
  return placed.map(({ zone, polygon }) => {
    const outline = matchZoneOutline(zone.point, zone.areaHa, industrial);
    return outline.polygon
      ? outlineFeature(zone, outline.polygon, outline.statement)
      : zoneFeature(zone, polygon, outline.statement);
  });
}

/** A zone drawn with its matched 2018 OSM outline. */
function outlineFeature(zone: IndustrialZoneFact, polygon: Polygon, statement: string): Feature {
  const base = zoneFeature(zone, polygon, statement);
  return feature(
    zone.id,
    {
      ...(base.properties as Props),
      source: `OpenStreetMap landuse of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_landuse); facts: ${zone.source}`,
      accuracy: 'digitised',
      accuracy_m: 50,
      notes: `${zone.notes} Outline: ${statement}.`,
    },
    polygon,
  );
}

/** The footprint rectangle of a zone: declared area, centred at the point plus its offset. */
export function footprint(zone: IndustrialZoneFact): Polygon {
  const [east, north] = zone.offsetM;
  const shifted = destination(destination(zone.point, 90, east), 0, north);
  return areaTrueRectangle({ centre: shifted, targetHectares: zone.areaHa, aspect: zone.aspect });
}

function zoneFeature(zone: IndustrialZoneFact, polygon: Polygon, statement: string): Feature {
  const areaHa = ringAreaSquareMetres(polygon.coordinates[0]!) / 10_000;
  const placed =
    zone.placement ??
    (zone.offsetM[0] === 0 && zone.offsetM[1] === 0
      ? 'centred on the known point'
      : `shifted ${describeOffset(zone.offsetM)} from the known point [${zone.point.join(', ')}] to stay inside ${zone.district} and clear of its neighbours`);
  return feature(
    zone.id,
    {
      name: zone.name,
      name_en: zone.nameEn,
      source: zone.source,
      accuracy: 'indicative',
      accuracy_m: zone.accuracyM,
      status: zone.status,
      notes: `${zone.notes} Footprint: a rectangle of the declared area, ${placed}; the real outline is not public.`,
      outline_match: statement,
      area_ha_declared: zone.areaHa,
      area_ha_footprint: roundTo(areaHa, 2),
      operator: zone.operator,
      tenants: [...zone.tenants],
      province_2019: zone.province2019,
    },
    polygon,
  );
}

function describeOffset([east, north]: readonly [number, number]): string {
  const parts: string[] = [];
  if (north !== 0) parts.push(`${Math.abs(north)} m ${north > 0 ? 'north' : 'south'}`);
  if (east !== 0) parts.push(`${Math.abs(east)} m ${east > 0 ? 'east' : 'west'}`);
  return parts.join(' and ');
}
