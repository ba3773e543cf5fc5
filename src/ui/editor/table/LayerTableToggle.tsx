import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentStore } from '../../../core/document/index.ts';
import { layerDefOf } from '../../../core/document/layerDefOf.ts';
import { collectionBBox } from '../../../core/geometry/bbox.ts';
import { to } from '../../../core/i18n/editOpsMessages.ts';
import type { Lang } from '../../../core/i18n/messages.ts';
import type { FeaturePick, MapController } from '../../../map/MapController.ts';
import { AttributeTable } from './AttributeTable.tsx';

export interface LayerTableToggleProps {
  lang: Lang;
  store: DocumentStore;
  layerId: string;
  readOnly: boolean;
  controller: () => MapController | null;
  /** Selects a feature for editing, as a click on the map would. */
  onSelect: (pick: FeaturePick) => void;
  /**
   * The drawer under the map the table opens in, so the map (and what floats on it, such as the
   * import report) shrinks above it instead of being covered; null: the table stays in this
   * panel (a phone's bottom sheet).
   */
  host?: HTMLElement | null;
}

/** The "Attribute table" button and, when pressed, the table of the chosen layer. */
export function LayerTableToggle({ lang, store, layerId, ...props }: LayerTableToggleProps) {
  const [open, setOpen] = useState(false);
  const layer = layerDefOf(store.getSnapshot(), layerId);
  const activate = (key: string) => {
    const feature = store.getSnapshot().layers.get(layerId)?.features.get(key);
    if (!feature) return;
    props.onSelect({ layerId, featureKey: key });
    const bbox = collectionBBox({ type: 'FeatureCollection', features: [feature] });
    if (bbox) props.controller()?.fitBounds(bbox);
  };
  return (
    <>
      <button
        type="button"
        className="edit-tool table-toggle"
        aria-expanded={open}
        disabled={!layer}
        onClick={() => setOpen(!open)}
      >
        {to(lang, 'attributeTable')}
      </button>
      {open &&
        layer &&
        inHost(
          props.host,
          <AttributeTable
            key={layer.id}
            lang={lang}
            store={store}
            layer={layer}
            readOnly={props.readOnly}
            onActivate={activate}
            onClose={() => setOpen(false)}
          />,
        )}
    </>
  );
}

/** The table in the drawer under the map when there is one, else where the button is. */
function inHost(host: HTMLElement | null | undefined, table: React.ReactNode): React.ReactNode {
  return host ? createPortal(table, host) : table;
}
