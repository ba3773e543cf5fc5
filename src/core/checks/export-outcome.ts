import {
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

function corridorCsv(outcome: Extract<ExportableOutcome, { kind: 'corridor' }>): string {
  const quote = (text: string) =>
    /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  const lines = outcome.corridors.map(
    (c, i) => `${quote(String(c.id ?? i))},${c.properties?.buffer_m}`,
  );
  return `id,buffer_m\n${lines.join('\n')}\n`;
}
