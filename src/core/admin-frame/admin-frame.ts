import { booleanPointInPolygon } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { compareVietnamese } from '../i18n/collation.ts';
import { samplePoints } from './sample-points.ts';
import type { AdminUnit, AdminUnits, IndexedUnits } from './units.ts';

/** The administrative units a feature lies in: 2019 districts, 2025 communes and provinces. */
export interface AdminFrame {
  districts_2019: string[];
  communes_2025: string[];
  commune_codes_2025: string[];
  provinces_2025: string[];
}

/**
 * The units containing the point, in file order, through the box index. Neighbours share edges,
 * so a point on a border is in both.
 */
function unitsAt(point: Position, { units, index }: IndexedUnits): AdminUnit[] {
  const [lon, lat] = point as [number, number];
  return index
    .search(lon, lat, lon, lat)
    .sort((a, b) => a - b)
    .flatMap((k) => {
      const unit = units[k];
      return unit && booleanPointInPolygon(point, unit.area) ? [unit] : [];
    });
}

/**
 * Where a feature lies: the 2019 districts and the 2025 communes and provinces containing any
 * of its vertices or of its points sampled every 100 m (along lines, and on a grid inside
 * polygons; a coarser grid for a very large polygon). Sorted by name; parts outside the bundled
 * units add nothing. The data build derives the bundled features' frame with this function too.
 */
export function adminFrame(geometry: Geometry, units: AdminUnits): AdminFrame {
  const districts = new Set<string>();
  const communes = new Map<string, AdminUnit>();
  for (const point of samplePoints(geometry)) {
    for (const district of unitsAt(point, units.districts2019)) districts.add(district.name);
    // A point on a commune border counts for the first commune only, as the build always did.
    const [commune] = unitsAt(point, units.communes2025);
    if (commune) communes.set(commune.code, commune);
  }
  const sorted = [...communes.values()].sort((a, b) => compareVietnamese(a.name, b.name));
  return {
    districts_2019: [...districts].sort(compareVietnamese),
    communes_2025: sorted.map((c) => c.name),
    commune_codes_2025: sorted.map((c) => c.code),
    provinces_2025: [...new Set(sorted.map((c) => c.province))].sort(compareVietnamese),
  };
}
