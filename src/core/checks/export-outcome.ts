import { featureId } from '../analysis/feature-identity.ts';
import {
  csv,
  serializeBuffers,
  serializeNearest,
  serializeOverlaps,
} from '../analysis/serialize-rows.ts';
import type { ExportableOutcome } from './transfer.ts';

/** A check's outcome as the same CSV or GeoJSON `giapranh analyze` prints. */
export function exportOutcome(outcome: ExportableOutcome, format: 'csv' | 'geojson'): string {
  switch (outcome.kind) {
    case 'nearest':
      return serializeNearest(outcome.rows, format);
    case 'overlap':
      return serializeOverlaps(outcome.rows, format);
    case 'corridor':
      return format === 'geojson' ? serializeBuffers(outcome.corridors) : corridorCsv(outcome);
  }
}

/** `id,buffer_m`, through the same spreadsheet-safe CSV as every other export. */
function corridorCsv(outcome: Extract<ExportableOutcome, { kind: 'corridor' }>): string {
  const records = outcome.corridors.map((corridor, index) => ({
    id: featureId(corridor, index),
    buffer_m: Number(corridor.properties?.buffer_m),
  }));
  return csv(['id', 'buffer_m'], records);
}
