import { useState } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { downloadBytes } from '../download.ts';
import { ExportChoiceSelects, useExportChoice } from './ExportChoice.tsx';

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
  const choice = useExportChoice();
  const { format, crs } = choice;
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
      <ExportChoiceSelects
        lang={lang}
        subject={props.layerTitle}
        testIdPrefix="export"
        choice={choice}
      />
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
