import type { LineString } from 'geojson';
import type { RoadFact } from '../facts/roads.ts';
import type { Note } from '../notes.ts';
import { roundPosition } from '../round.ts';
import { pathAlongLines } from './rail-graph.ts';

/** OSM 2018 track position error, m: tracing from imagery. */
export const RAILWAY_ACCURACY_M = 20;

/**
 * The railway of the facts re-traced along the 2018 OSM tracks: the shortest path on the track
 * network between the tracks nearest its first and last waypoints.
 */
export function matchRailway(
  road: RoadFact,
  tracks: readonly LineString[],
): { positions: GeoJSON.Position[]; source: string; note: Note } {
  const path = pathAlongLines(
    tracks,
    road.positions[0]!,
    road.positions[road.positions.length - 1]!,
  );
  if (!path) throw new Error(`${road.id}: its ends are not connected in osm2018_railways`);
  return {
    positions: path.map(roundPosition),
    source:
      'OpenStreetMap railways of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_railways): shortest path along the tracks between the ends of the LegoCity line (Đông Anh, towards Việt Trì)',
    note: {
      vi: `Vẽ lại theo đường ray OSM năm 2018 (đường LegoCity thô trước đây lệch tới ~3,8 km trong khi ghi sai số 500 m); ${RAILWAY_ACCURACY_M} m là sai số vị trí của chính đường ray OSM.`,
      en: `Re-traced on the 2018 OSM track (the coarse LegoCity line lay up to ~3.8 km from it while claiming 500 m); ${RAILWAY_ACCURACY_M} m is the OSM track's own position error.`,
    },
  };
}
