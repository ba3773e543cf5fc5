import type { Feature, Polygon } from 'geojson';
import { areaTrueRectangle } from '../area-true-polygon.ts';
import { checkFootprints } from '../check-footprints.ts';
import type { District } from '../districts.ts';
import { destination, ringAreaSquareMetres } from '../ellipsoid.ts';
import { INDUSTRIAL_ZONES, type IndustrialZoneFact } from '../facts/industrial-zones.ts';
import { feature, type Props } from '../feature.ts';
import { matchZoneOutline } from '../match-industrial-zone.ts';
import { joinNotes, type Note, noteProperties } from '../notes.ts';
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
function outlineFeature(zone: IndustrialZoneFact, polygon: Polygon, statement: Note): Feature {
  const base = zoneFeature(zone, polygon, statement);
  return feature(
    zone.id,
    {
      ...(base.properties as Props),
      source: `OpenStreetMap landuse of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_landuse); facts: ${zone.source}`,
      accuracy: 'digitised',
      accuracy_m: 50,
      ...noteProperties({
        vi: `${zone.notesVi} Ranh giới lấy từ vùng đất công nghiệp OSM năm 2018 (xem “Khớp ranh giới OSM 2018”).`,
        en: `${zone.notes} Outline: ${statement.en}.`,
      }),
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

function zoneFeature(zone: IndustrialZoneFact, polygon: Polygon, statement: Note): Feature {
  const areaHa = ringAreaSquareMetres(polygon.coordinates[0]!) / 10_000;
  const placed = zone.placement ?? placement(zone);
  const footprintNote = {
    vi: `Khoanh vẽ: hình chữ nhật bằng diện tích công bố, ${placed.vi}; ranh giới thực chưa được công bố.`,
    en: `Footprint: a rectangle of the declared area, ${placed.en}; the real outline is not public.`,
  };
  return feature(
    zone.id,
    {
      name: zone.name,
      name_en: zone.nameEn,
      source: zone.source,
      accuracy: 'indicative',
      accuracy_m: zone.accuracyM,
      status: zone.status,
      ...noteProperties(joinNotes({ vi: zone.notesVi, en: zone.notes }, footprintNote)),
      outline_match: statement.vi,
      outline_match_en: statement.en,
      area_ha_declared: zone.areaHa,
      area_ha_footprint: roundTo(areaHa, 2),
      operator: zone.operator,
      tenants: [...zone.tenants],
      province_2019: zone.province2019,
    },
    polygon,
  );
}

/** Where the footprint sits against the known point, in both languages. */
function placement(zone: IndustrialZoneFact): { vi: string; en: string } {
  const [east, north] = zone.offsetM;
  if (east === 0 && north === 0) {
    return { vi: 'đặt tâm tại điểm đã biết', en: 'centred on the known point' };
  }
  const point = `[${zone.point.join(', ')}]`;
  const vi: string[] = [];
  const en: string[] = [];
  if (north !== 0) {
    vi.push(`${Math.abs(north)} m về phía ${north > 0 ? 'bắc' : 'nam'}`);
    en.push(`${Math.abs(north)} m ${north > 0 ? 'north' : 'south'}`);
  }
  if (east !== 0) {
    vi.push(`${Math.abs(east)} m về phía ${east > 0 ? 'đông' : 'tây'}`);
    en.push(`${Math.abs(east)} m ${east > 0 ? 'east' : 'west'}`);
  }
  return {
    vi: `dời ${vi.join(' và ')} so với điểm đã biết ${point} để nằm trong ${zone.district} và không chồng lên các khu lân cận`,
    en: `shifted ${en.join(' and ')} from the known point ${point} to stay inside ${zone.district} and clear of its neighbours`,
  };
}
