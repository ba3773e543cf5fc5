import { useState } from 'react';
import { ti } from '../../core/i18n/importMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { downloadBytes } from '../download.ts';
import { ExportChoiceSelects, useExportChoice, writtenCrsOf } from './ExportChoice.tsx';

/**
 * "Export all shown layers": every visible layer with features in one file (GeoJSON, KML with a
 * folder per layer, CSV, or a zipped Shapefile with a .shp per geometry type), in WGS84 or
 * VN-2000. The serializers load on first use.
 */
export function ExportAllLayers(props: {
  lang: Lang;
  layers: readonly LayerDef[];
  collectionOf: (layerId: string) => GeoJSON.FeatureCollection | undefined;
}) {
  const { lang } = props;
  const choice = useExportChoice();
  const { format, crs } = choice;
  const [error, setError] = useState<string | undefined>();
  if (props.layers.length === 0) return null;
  const written = writtenCrsOf(choice);
  const exportAll = async () => {
    const layers = props.layers.flatMap((layer) => {
      const collection = props.collectionOf(layer.id);
      return collection ? [{ id: layer.id, name: layer.title[lang], collection }] : [];
    });
    const [{ serializeLayers }, { EXPORT_MIME }, { exportFileName }] = await Promise.all([
      import('../../core/formats/serialize-layers.ts'),
      import('../../core/formats/serialize-file.ts'),
      import('../../core/formats/export-file-name.ts'),
    ]);
    try {
      const bytes = serializeLayers(layers, format, { targetCrs: written, name: 'layers' });
      downloadBytes(exportFileName('layers', format, crs), bytes, EXPORT_MIME[format]);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <section className="panel export-all" data-testid="export-all">
      <h3>
        {ti(lang, 'exportAll')} ({props.layers.length})
      </h3>
      <ExportChoiceSelects
        lang={lang}
        subject={ti(lang, 'exportAll')}
        testIdPrefix="export-all"
        choice={choice}
      />
      <button type="button" data-testid="export-all-button" onClick={() => void exportAll()}>
        {ti(lang, 'exportAllButton')}
      </button>
      {error && <p className="error">{error}</p>}
    </section>
  );
}
