import type { Polygon } from 'geojson';
import type { RoadFact } from '../facts/roads.ts';
import type { Note } from '../notes.ts';
import { TRACE_CELL_M, type Trace, traceRoad } from './trace-road.ts';

/** A trace longer than this many times its waypoint line is a detour, not the road. */
export const MAX_LENGTH_RATIO = 1.3;
/** A trace farther than this from a waypoint (m) may be another road: not accepted. */
export const MAX_WAYPOINT_OFFSET_M = 1000;
/** Waypoint offsets up to this (m) identify the road as well as the waypoints do. */
const IDENTIFIED_OFFSET_M = 500;
/**
 * Position error of a traced vertex against the real 2018 road, m: OSM 2018 tracing from
 * imagery (about 10–15 m), half the 10 m footprint, and the 5 m raster cell.
 */
export const TRACED_ACCURACY_M = 30;

/** The outcome of matching one road: a trace and its claim, or why it stays schematic. */
export type RoadMatch =
  | { kind: 'traced'; trace: Trace; accuracyM: number; source: string; note: Note }
  | { kind: 'schematic'; note: Note };

/** A ratio as the Vietnamese text writes it (decimal comma). */
const ratioVi = (ratio: number) => ratio.toFixed(2).replace('.', ',');

/** How well a trace fits its waypoints (or anchors), in both languages. */
function fitOf(trace: Trace, points: { vi: string; en: string }): Note {
  const offsetM = Math.round(trace.waypointOffsetM);
  return {
    vi: `cách ${points.vi} xa nhất ${offsetM} m, dài gấp ${ratioVi(trace.lengthRatio)} lần đường nối ${points.vi}`,
    en: `${offsetM} m from the farthest ${points.en}, ${trace.lengthRatio.toFixed(2)} × the ${points.en} line’s length`,
  };
}

/**
 * Map-matches a road of the facts to the 2018 footprint and judges the result: accepted when
 * it is no detour and stays near every waypoint. Roads that did not exist in January 2018 are
 * not matched at all.
 */
export function matchRoad(road: RoadFact, footprint: readonly Polygon[]): RoadMatch {
  if (road.status !== 'completed') {
    return {
      kind: 'schematic',
      note: {
        vi: 'Không có trong dữ liệu đường tháng 1/2018 (khi đó chưa xây): giữ dạng sơ đồ.',
        en: 'Not in the January 2018 road data (not built then): stays schematic.',
      },
    };
  }
  if (road.anchors) return matchAnchored(road, road.anchors, footprint);
  const trace = traceRoad(footprint, {
    waypoints: road.positions,
    corridorM: road.accuracyM,
    preferWide: road.roadClass !== 'national-road',
  });
  if (!trace) {
    return {
      kind: 'schematic',
      note: {
        vi: 'Khớp tuyến vào nền đường năm 2018 không tìm được đường đi liền mạch: giữ dạng sơ đồ.',
        en: 'Map-matching to the 2018 road footprint found no connected path: stays schematic.',
      },
    };
  }
  const fit = fitOf(trace, { vi: 'điểm dẫn hướng', en: 'waypoint' });
  if (trace.lengthRatio > MAX_LENGTH_RATIO || trace.waypointOffsetM > MAX_WAYPOINT_OFFSET_M) {
    return {
      kind: 'schematic',
      note: {
        vi: `Đã thử khớp tuyến vào nền đường năm 2018 nhưng không đạt (đường đi ngắn nhất ${fit.vi}; chỉ chấp nhận trong phạm vi ${MAX_WAYPOINT_OFFSET_M} m và ${String(MAX_LENGTH_RATIO).replace('.', ',')} lần): các điểm dẫn hướng quá thô để xác định đúng tuyến đường, nên giữ dạng sơ đồ.`,
        en: `Map-matching to the 2018 road footprint was tried and rejected (the cheapest path runs ${fit.en}; accepted only within ${MAX_WAYPOINT_OFFSET_M} m and ${MAX_LENGTH_RATIO} ×): the waypoints are too rough to pick the road out, so it stays schematic.`,
      },
    };
  }
  const identified = trace.waypointOffsetM <= IDENTIFIED_OFFSET_M;
  const accuracyM = identified ? TRACED_ACCURACY_M : Math.ceil(trace.waypointOffsetM / 100) * 100;
  return {
    kind: 'traced',
    trace,
    accuracyM,
    source: `OpenStreetMap road footprint of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_roads_footprint_buffer10m), map-matched: cheapest path through a ${TRACE_CELL_M} m raster of the footprint, kept to the middle of the strips and to a ${road.accuracyM} m corridor around the waypoints of: ${road.source}`,
    note: identified
      ? {
          vi: `Vẽ theo nền đường năm 2018 (${fit.vi}); các đỉnh nằm trên đường năm 2018, cách tim đường khoảng ${TRACED_ACCURACY_M} m.`,
          en: `Traced along the 2018 road footprint (${fit.en}); vertices lie on the 2018 road, about ${TRACED_ACCURACY_M} m from its centre line.`,
        }
      : {
          vi: `Vẽ theo nền đường năm 2018 (${fit.vi}); các đỉnh nằm trên một tuyến đường năm 2018, nhưng với điểm dẫn hướng thô như vậy có thể đã chọn nhầm một tuyến song song: sai số vị trí là khoảng cách tới điểm dẫn hướng xa nhất, không phải ${TRACED_ACCURACY_M} m của bản vẽ.`,
          en: `Traced along the 2018 road footprint (${fit.en}); the vertices lie on a 2018 road, but with waypoints this rough a parallel road may have been taken: accuracy_m is the farthest waypoint offset, not the ${TRACED_ACCURACY_M} m of the trace itself.`,
        },
  };
}

/** What an anchored trace is measured against, in each language. */
const ANCHOR_WORDS = { vi: 'nút giao', en: 'anchor' };

/** An anchored trace must pass this close (m) to every anchor: a few raster cells. */
export const MAX_ANCHOR_OFFSET_M = 50;

/**
 * Map-matches a road through points known to lie on it (OSM motorway junction nodes): the
 * same cheapest path, from anchor to anchor, accepted only if it passes within
 * MAX_ANCHOR_OFFSET_M of each and is no detour. Only the anchored stretch is drawn.
 */
function matchAnchored(
  road: RoadFact,
  anchors: NonNullable<RoadFact['anchors']>,
  footprint: readonly Polygon[],
): RoadMatch {
  const trace = traceRoad(footprint, {
    waypoints: anchors.positions,
    corridorM: road.accuracyM,
    preferWide: true,
  });
  const fit = trace && fitOf(trace, ANCHOR_WORDS);
  if (
    !trace ||
    trace.waypointOffsetM > MAX_ANCHOR_OFFSET_M ||
    trace.lengthRatio > MAX_LENGTH_RATIO
  ) {
    return {
      kind: 'schematic',
      note: {
        vi: `Đã thử khớp tuyến qua các nút giao của chính tuyến đường nhưng không đạt (${fit?.vi ?? 'không có đường đi liền mạch'}; chỉ chấp nhận trong phạm vi ${MAX_ANCHOR_OFFSET_M} m và ${String(MAX_LENGTH_RATIO).replace('.', ',')} lần), nên giữ dạng sơ đồ.`,
        en: `Map-matching through the road’s own junction nodes was tried and rejected (${fit?.en ?? 'no connected path'}; accepted only within ${MAX_ANCHOR_OFFSET_M} m and ${MAX_LENGTH_RATIO} ×), so it stays schematic.`,
      },
    };
  }
  const traced = fitOf(trace, ANCHOR_WORDS);
  return {
    kind: 'traced',
    trace,
    accuracyM: TRACED_ACCURACY_M,
    source: `OpenStreetMap road footprint of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_roads_footprint_buffer10m), map-matched: cheapest path through a ${TRACE_CELL_M} m raster of the footprint, kept to the middle of wide strips, through ${anchors.positions.length} points on the road: ${anchors.source}. Corridor and names: ${road.source}`,
    note: {
      vi: `Vẽ theo nền đường năm 2018 qua các nút giao (${traced.vi}); các đỉnh nằm trên đường năm 2018, cách tim đường khoảng ${TRACED_ACCURACY_M} m. Chỉ vẽ từ nút đầu đến nút cuối: ngoài hai nút đó không có gì xác định tuyến nên để trống thay vì phỏng đoán.`,
      en: `Traced along the 2018 road footprint through the junction nodes (${traced.en}); vertices lie on the 2018 road, about ${TRACED_ACCURACY_M} m from its centre line. Drawn from the first node to the last: beyond them nothing holds the road and it is left out rather than guessed.`,
    },
  };
}
