import { pointToPolygonDistance } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Note } from './notes.ts';
import { polygonHectares } from './osm-water.ts';

/** "Same place": the landuse polygon lies within this distance of the zone's known point, m. */
export const SAME_PLACE_M = 2000;
/** "Same size": the polygon's area is within this share of the declared area. */
export const AREA_TOLERANCE = 0.3;

/** A zone's 2018 outline, when one matches, and the sentence that says how it was judged. */
export interface ZoneOutline {
  polygon?: Polygon;
  /** In both languages: `outline_match` (vi) and `outline_match_en`. */
  statement: Note;
}

/** A number as the Vietnamese text writes it (decimal comma). */
const vi = (value: number | string) => String(value).replace('.', ',');

/**
 * Looks for the 2018 OSM industrial landuse polygon of a named zone: within 2 km of its known
 * point and within ±30 % of its declared area. The nearest candidate is named either way.
 */
export function matchZoneOutline(
  point: Position,
  declaredHa: number,
  industrial: ReadonlyArray<Feature<Polygon>>,
): ZoneOutline {
  const near = industrial
    .map((f) => ({
      polygon: f.geometry,
      metres: Math.max(0, pointToPolygonDistance(point, f.geometry, { units: 'meters' })),
      hectares: polygonHectares(f.geometry),
    }))
    .filter((c) => c.metres <= SAME_PLACE_M)
    .sort((a, b) => a.metres - b.metres);
  const match = near.find((c) => Math.abs(c.hectares / declaredHa - 1) <= AREA_TOLERANCE);
  if (match) {
    return {
      polygon: match.polygon,
      statement: {
        vi: `khớp: vùng đất công nghiệp OSM năm 2018 cách điểm đã biết ${Math.round(match.metres)} m, rộng ${vi(match.hectares.toFixed(1))} ha so với ${vi(declaredHa)} ha công bố (trong phạm vi ±${AREA_TOLERANCE * 100} %)`,
        en: `matched: the 2018 OSM industrial landuse polygon ${Math.round(match.metres)} m from the known point, ${match.hectares.toFixed(1)} ha against ${declaredHa} ha declared (within ±${AREA_TOLERANCE * 100} %)`,
      },
    };
  }
  const nearest = near[0];
  return {
    statement: nearest
      ? {
          vi: `không khớp: vùng đất công nghiệp OSM năm 2018 gần nhất (cách điểm đã biết ${Math.round(nearest.metres)} m) rộng ${vi(nearest.hectares.toFixed(1))} ha so với ${vi(declaredHa)} ha công bố, ngoài phạm vi ±${AREA_TOLERANCE * 100} %; giữ khoanh vẽ chỉ dẫn`,
          en: `no match: the nearest 2018 OSM industrial landuse polygon (${Math.round(nearest.metres)} m from the known point) has ${nearest.hectares.toFixed(1)} ha against ${declaredHa} ha declared, outside ±${AREA_TOLERANCE * 100} %; the indicative footprint is kept`,
        }
      : {
          vi: `không khớp: không có vùng đất công nghiệp OSM năm 2018 nào trong phạm vi ${SAME_PLACE_M / 1000} km quanh điểm đã biết (tháng 1/2018 khu này chưa được vẽ trên OSM, hoặc chưa xây); giữ khoanh vẽ chỉ dẫn`,
          en: `no match: no 2018 OSM industrial landuse polygon within ${SAME_PLACE_M / 1000} km of the known point (the zone was not mapped, or not built, in January 2018); the indicative footprint is kept`,
        },
  };
}
