import { useState } from 'react';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { ExportFormatId } from '../../core/formats/types.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { downloadBytes } from '../download.ts';
import { EXPORT_FORMATS as FORMATS, EXPORT_SYSTEMS as SYSTEMS } from './exportChoices.ts';

/**
 * "Export": a layer's features as GeoJSON, KML, CSV or a zipped Shapefile, in WGS84 or VN-2000,
 * downloaded. The serializers load on first use, so the map's first paint does not carry them.
 */
export function ExportButtons(props: {
  lang: Lang;
  layerId: string;
  layerTitle: string;
  collection: () => GeoJSON.FeatureCollection | undefined;
}) {
  const { lang } = props;
  const [format, setFormat] = useState<ExportFormatId>('geojson');
  const [crs, setCrs] = useState<CrsCode>('EPSG:4326');
  const [error, setError] = useState<string | undefined>();
  const exportLayer = async () => {
    const collection = props.collection();
    if (!collection) return;
    const [{ serializeFile, EXPORT_MIME }, { exportFileName, writtenCrs }] = await Promise.all([
      import('../../core/formats/serialize-file.ts'),
      import('../../core/formats/export-file-name.ts'),
    ]);
    try {
      const targetCrs = writtenCrs(format, crs);
      const bytes = serializeFile(collection, format, { targetCrs, name: props.layerId });
      downloadBytes(exportFileName(props.layerId, format, crs), bytes, EXPORT_MIME[format]);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <div className="layer-export">
      <select
        aria-label={`${t(lang, 'exportFormat')}: ${props.layerTitle}`}
        data-testid="export-format"
        value={format}
        onChange={(e) => setFormat(e.target.value as ExportFormatId)}
      >
        {FORMATS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.title}
          </option>
        ))}
      </select>
      <select
        aria-label={`${t(lang, 'exportCrs')}: ${props.layerTitle}`}
        data-testid="export-crs"
        value={format === 'kml' ? 'EPSG:4326' : crs}
        disabled={format === 'kml'}
        onChange={(e) => setCrs(e.target.value as CrsCode)}
      >
        {SYSTEMS.map((s) => (
          <option key={s.code} value={s.code}>
            {s.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="link"
        data-testid="export-layer"
        onClick={() => void exportLayer()}
        aria-label={`${t(lang, 'exportLayer')}: ${props.layerTitle}`}
      >
        {t(lang, 'exportLayer')}
      </button>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
