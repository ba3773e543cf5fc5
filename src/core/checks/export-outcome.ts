import { featureId } from '../analysis/feature-identity.ts';
import { measureFeature } from '../analysis/measure-feature.ts';
import {
  csv,
  serializeBuffers,
  serializeNearest,
  serializeOverlaps,
} from '../analysis/serialize-rows.ts';
import { featureNames } from './row-names.ts';
import type { ExportableOutcome } from './transfer.ts';

/**
 * A check's outcome as CSV or GeoJSON: the columns `giapranh analyze` prints, then the names
 * of the features in Vietnamese and English (`from_name`, `from_name_en`, …), so a reader
 * needs no second file to know what `zone-12` is. Corridors carry their area (`area_m2`).
 */
export function exportOutcome(outcome: ExportableOutcome, format: 'csv' | 'geojson'): string {
  switch (outcome.kind) {
    case 'nearest':
      return serializeNearest(outcome.rows, format, outcome.names);
    case 'overlap':
      return serializeOverlaps(outcome.rows, format, outcome.names);
    case 'corridor':
      return format === 'geojson' ? corridorGeojson(outcome) : corridorCsv(outcome);
  }
}

type CorridorOutcome = Extract<ExportableOutcome, { kind: 'corridor' }>;

/** The corridors with their geodesic area in m² beside the width they were drawn at. */
function corridorGeojson(outcome: CorridorOutcome): string {
  return serializeBuffers(
    outcome.corridors.map((corridor) => ({
      ...corridor,
      properties: {
        ...(corridor.properties ?? {}),
        area_m2: measureFeature(corridor).areaSquareMeters,
      },
    })),
  );
}

/** `id,name,name_en,buffer_m,area_m2`, through the same spreadsheet-safe CSV as every export. */
function corridorCsv(outcome: CorridorOutcome): string {
  const records = outcome.corridors.map((corridor, index) => {
    const names = featureNames(corridor, index);
    return {
      id: featureId(corridor, index),
      name: names.vi,
      name_en: names.en,
      buffer_m: Number(corridor.properties?.buffer_m),
      area_m2: measureFeature(corridor).areaSquareMeters,
    };
  });
  return csv(['id', 'name', 'name_en', 'buffer_m', 'area_m2'], records, { area_m2: 3 });
}
