import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { readCollection } from '../basemap/geodata.ts';

/** The public extracts the plan layers are re-digitised on (shared/geodata/, see its README). */
export interface GeodataInputs {
  roadFootprint: Polygon[];
  railways: LineString[];
  water: Polygon[];
  landuse: Feature<Polygon>[];
  communes2025: FeatureCollection;
  provinces2025: FeatureCollection;
}

/** Reads the extracts from `dir`, saying which file when one is missing or malformed. */
export function readGeodataInputs(dir: string): GeodataInputs {
  const read = (file: string) => readCollection(dir, file);
  return {
    roadFootprint: polygonsOf(read('osm2018_roads_footprint_buffer10m.geojson')),
    railways: linesOf(read('osm2018_railways.geojson')),
    water: polygonsOf(read('osm2018_water_areas.geojson')),
    landuse: read('osm2018_landuse.geojson').features.flatMap((f) =>
      polygonsOf({ type: 'FeatureCollection', features: [f] }).map(
        (geometry): Feature<Polygon> => ({ ...f, geometry }),
      ),
    ),
    communes2025: read('admin2025_communes_simplified.geojson'),
    provinces2025: read('admin2025_provinces.geojson'),
  };
}

function polygonsOf(collection: FeatureCollection): Polygon[] {
  return collection.features.flatMap(({ geometry }) => {
    if (geometry?.type === 'Polygon') return [geometry];
    if (geometry?.type === 'MultiPolygon') {
      return geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
    }
    return [];
  });
}

function linesOf(collection: FeatureCollection): LineString[] {
  return collection.features.flatMap(({ geometry }) => {
    if (geometry?.type === 'LineString') return [geometry];
    if (geometry?.type === 'MultiLineString') {
      return geometry.coordinates.map(
        (coordinates): LineString => ({ type: 'LineString', coordinates }),
      );
    }
    return [];
  });
}
