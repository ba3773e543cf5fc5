import { useMemo, useRef } from 'react';
import type { DocumentStore } from '../../core/document/store.ts';
import { ti } from '../../core/i18n/importMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

import { layerNameFromFile } from '../../core/import/import-target.ts';
import { readOnlyIds } from '../../core/import/read-only-ids.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { runInSlices } from '../../core/scheduling/runInSlices.ts';
import { discardPreparedLayerData, prepareLayerData } from '../../map/preparedLayerData.ts';
import type { ImportHost } from './useImport.ts';

/**
 * The document side of an import: layer definitions to check against, the ids in use, and the
 * landing, which applies the accepted features as one patch through the store (one undo step,
 * new planners' layers included).
 */
export function useImportHost(options: {
  store: DocumentStore | null;
  layerDef: (layerId: string) => LayerDef | undefined;
  allIds: () => string[];
  lang: Lang;
}): ImportHost {
  const latest = useRef(options);
  latest.current = options;
  return useMemo<ImportHost>(
    () => ({
      layerDef: (id) => latest.current.layerDef(id),
      allIds: () => latest.current.allIds(),
      readOnlyIds: () => {
        const { store, layerDef } = latest.current;
        return store ? readOnlyIds(store.getSnapshot(), layerDef) : [];
      },
      land: async (target, fileName, features, replaces, mapData, cancelled, replacing) => {
        const { store, lang } = latest.current;
        if (!store) return undefined;
        // The landing (and the document's patch code under it) loads with the first file accepted,
        // not with the app; the snapshot is read after it, as before the first slice.
        const { landImportInSteps } = await import('../../core/import/land-import.ts');
        const doc = store.getSnapshot();
        let userLayerCount = 0;
        for (const layer of doc.layers.values()) if (layer.userDef) userLayerCount += 1;
        // Built in slices: a file of 250,000 features is a long task in one go.
        const built = await runInSlices(
          landImportInSteps(doc, target, features, {
            fileName,
            layerName: layerNameFromFile(fileName),
            userLayerCount,
            kindWords: {
              Point: ti(lang, 'kindPoints'),
              LineString: ti(lang, 'kindLines'),
              Polygon: ti(lang, 'kindPolygons'),
            },
            ...(replaces && { replaces }),
            ...(replacing && { replacing }),
          }),
          { ...(cancelled && { stop: cancelled }) },
        );
        if (!built.done) return undefined;
        const { patch, landing } = built.value;
        // Each new layer's first data on the map is the worker's text, fetched by MapLibre's
        // worker: the page does not clone the features again.
        landing.layers.forEach((layer, index) => {
          const made = mapData?.[index];
          if (layer.created && made) prepareLayerData(layer.id, made, layer.keys.length);
        });
        const discard = () => {
          for (const layer of landing.layers) discardPreparedLayerData(layer.id);
        };
        try {
          // One patch, one undo step, computed in slices so the page keeps drawing.
          if (await store.applyInSlices(patch, { stop: cancelled })) return landing;
        } catch (error) {
          // The patch no longer applies (PatchError): the store changed nothing; say why.
          discard();
          throw error;
        }
        discard();
        return undefined;
      },
    }),
    [],
  );
}
