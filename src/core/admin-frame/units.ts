import Flatbush from 'flatbush';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** One administrative unit a feature can lie in: its name, code, province and area. */
export interface AdminUnit {
  name: string;
  code: string;
  /** The 2025 province a commune belongs to ("" for a 2019 district). */
  province: string;
  area: Polygon | MultiPolygon;
}

/** Units with a box index, so a point is tested only against the few whose box holds it. */
export interface IndexedUnits {
  units: AdminUnit[];
  index: Flatbush;
}

/**
 * The bundled units a feature's frame is read from: the 16 districts of 2019
 * (data/sources/districts-2019.geojson) and the 2025 communes (data/admin2025/communes.geojson).
 */
export interface AdminUnits {
  districts2019: IndexedUnits;
  communes2025: IndexedUnits;
}

function boxOf(area: Polygon | MultiPolygon): [number, number, number, number] {
  const rings: Position[][] = area.type === 'Polygon' ? [area.coordinates[0] ?? []] : [];
  if (area.type === 'MultiPolygon') for (const part of area.coordinates) rings.push(part[0] ?? []);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of rings.flat()) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  return [west, south, east, north];
}

function indexed(units: AdminUnit[]): IndexedUnits {
  const index = new Flatbush(Math.max(1, units.length));
  for (const unit of units) index.add(...boxOf(unit.area));
  // Flatbush needs one item at least; an empty file gives an index that never matches.
  if (units.length === 0) index.add(Infinity, Infinity, Infinity, Infinity);
  index.finish();
  return { units, index };
}

function unitsOf(
  collection: FeatureCollection,
  what: string,
  read: (props: Record<string, unknown>) => Omit<AdminUnit, 'area'>,
): AdminUnit[] {
  return collection.features.map((feature, k) => {
    const geometry = feature.geometry;
    const props = feature.properties ?? {};
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon')
      throw new Error(`${what} ${String(props.code ?? `#${k}`)}: not a polygon`);
    return { ...read(props), area: geometry };
  });
}

/** Indexes the bundled 2019 districts and 2025 communes; throws naming a unit with no polygon. */
export function adminUnitsOf(
  districts2019: FeatureCollection,
  communes2025: FeatureCollection,
): AdminUnits {
  return {
    districts2019: indexed(
      unitsOf(districts2019, '2019 district', (p) => ({
        name: String(p.name),
        code: String(p.code ?? ''),
        province: '',
      })),
    ),
    communes2025: indexed(
      unitsOf(communes2025, '2025 commune', (p) => ({
        name: String(p.full_name),
        code: String(p.code),
        province: String(p.province),
      })),
    ),
  };
}
