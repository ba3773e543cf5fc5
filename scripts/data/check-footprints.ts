import type { Polygon } from 'geojson';
import { type District, districtByShortName } from './districts.ts';
import { areaSquareMetres, intersect, subtract } from './polygon-ops.ts';

/** Share of a footprint allowed outside its district or over a neighbour (0.5 %). */
const SLACK = 0.005;

export interface PlacedFootprint {
  id: string;
  /** 2019 district (short name) the footprint must stay in. */
  district: string;
  polygon: Polygon;
}

/**
 * Throws when an indicative footprint spills out of its 2019 district or overlaps another:
 * the layout in the facts is tuned until neither happens.
 */
export function checkFootprints(
  footprints: readonly PlacedFootprint[],
  districts: readonly District[],
): void {
  for (const [index, { id, district: name, polygon }] of footprints.entries()) {
    const own = areaSquareMetres(polygon);
    const district = districtByShortName(districts, name);
    const outside = subtract(polygon, district.polygon);
    const outsideShare = outside ? areaSquareMetres(outside) / own : 0;
    if (outsideShare > SLACK) {
      throw new Error(`${id}: ${(outsideShare * 100).toFixed(1)} % outside ${district.name}`);
    }
    for (const other of footprints.slice(index + 1)) {
      const overlap = intersect(polygon, other.polygon);
      if (overlap && areaSquareMetres(overlap) / own > SLACK) {
        throw new Error(`${id} overlaps ${other.id}`);
      }
    }
  }
}
