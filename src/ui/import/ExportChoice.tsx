import { useState } from 'react';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { ExportFormatId } from '../../core/formats/types.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { EXPORT_FORMATS, EXPORT_SYSTEMS } from './exportChoices.ts';

/** The format and coordinate system an export is to be written in, as the planner picked them. */
export interface ExportChoice {
  format: ExportFormatId;
  /** The system picked, kept while KML (always WGS84) is chosen, for the next format. */
  crs: CrsCode;
  setFormat: (format: ExportFormatId) => void;
  setCrs: (crs: CrsCode) => void;
}

/** The export choice's state: GeoJSON in WGS84 until the planner picks otherwise. */
export function useExportChoice(): ExportChoice {
  const [format, setFormat] = useState<ExportFormatId>('geojson');
  const [crs, setCrs] = useState<CrsCode>('EPSG:4326');
  return { format, crs, setFormat, setCrs };
}

/**
 * The system a file is written in: KML is always WGS84. The same rule as core's `writtenCrs`,
 * which lives beside the serializers that load only when an export runs.
 */
export const writtenCrsOf = (choice: ExportChoice): CrsCode =>
  choice.format === 'kml' ? 'EPSG:4326' : choice.crs;

/**
 * The two selects of an export, format then coordinate system (off for KML), named after what
 * they export (`subject`) so several on one page stay apart; test ids `<testIdPrefix>-format`
 * and `<testIdPrefix>-crs`.
 */
export function ExportChoiceSelects(props: {
  lang: Lang;
  subject: string;
  testIdPrefix: string;
  choice: ExportChoice;
}) {
  const { lang, subject, choice } = props;
  return (
    <>
      <select
        aria-label={`${t(lang, 'exportFormat')}: ${subject}`}
        data-testid={`${props.testIdPrefix}-format`}
        value={choice.format}
        onChange={(e) => choice.setFormat(e.target.value as ExportFormatId)}
      >
        {EXPORT_FORMATS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.title}
          </option>
        ))}
      </select>
      <select
        aria-label={`${t(lang, 'exportCrs')}: ${subject}`}
        data-testid={`${props.testIdPrefix}-crs`}
        value={writtenCrsOf(choice)}
        disabled={choice.format === 'kml'}
        onChange={(e) => choice.setCrs(e.target.value as CrsCode)}
      >
        {EXPORT_SYSTEMS.map((s) => (
          <option key={s.code} value={s.code}>
            {s.title}
          </option>
        ))}
      </select>
    </>
  );
}
