import type { Feature, LineString, Polygon } from 'geojson';
import { ROADS, type RoadFact } from '../facts/roads.ts';
import { feature } from '../feature.ts';
import { joinNotes, type Note, noteProperties } from '../notes.ts';
import { matchRailway, RAILWAY_ACCURACY_M } from '../trace/match-railway.ts';
import { matchRoad } from '../trace/match-road.ts';

/**
 * The me-linh-axis-roads layer, one feature per road of geo-facts §2: roads of January 2018
 * map-matched to the 2018 road footprint where the match holds, the railway re-traced on the
 * 2018 tracks, the rest schematic with the reason in its notes.
 */
export function axisRoadsLayer(
  footprint: readonly Polygon[],
  tracks: readonly LineString[],
): Feature[] {
  return ROADS.map((road) => {
    if (road.roadClass === 'railway') {
      const rail = matchRailway(road, tracks);
      return roadFeature(road, {
        positions: rail.positions,
        accuracy: 'digitised',
        accuracyM: RAILWAY_ACCURACY_M,
        source: rail.source,
        note: joinNotes(ownNote(road), rail.note),
      });
    }
    const match = matchRoad(road, footprint);
    if (match.kind === 'schematic') {
      return roadFeature(road, {
        ...road,
        accuracy: road.accuracy === 'digitised' ? 'indicative' : road.accuracy,
        note: joinNotes(ownNote(road), match.note),
      });
    }
    return roadFeature(road, {
      positions: match.trace.positions,
      accuracy: 'digitised',
      accuracyM: match.accuracyM,
      source: match.source,
      note: joinNotes(ownNote(road), match.note),
    });
  });
}

type Drawn = Pick<RoadFact, 'positions' | 'accuracy' | 'accuracyM' | 'source'> & { note: Note };

/** The road's own note from the facts, before what the matching adds. */
const ownNote = (road: RoadFact): Note => ({ vi: road.notesVi, en: road.notes });

function roadFeature(road: RoadFact, drawn: Drawn): Feature {
  return feature(
    road.id,
    {
      name: road.name,
      name_en: road.nameEn,
      source: drawn.source,
      accuracy: drawn.accuracy,
      accuracy_m: drawn.accuracyM,
      status: road.status,
      ...noteProperties(drawn.note),
      road_class: road.roadClass,
      length_km_stated: road.lengthKmStated,
      width_m: road.widthM,
      lanes: road.lanes,
    },
    { type: 'LineString', coordinates: drawn.positions },
  );
}
