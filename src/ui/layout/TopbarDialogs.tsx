import { lazy, Suspense } from 'react';
import type { BoundaryFrame } from '../../core/basemap/frame.ts';
import type { LayerFilters } from '../../core/filter/filter-types.ts';
import { filterToText } from '../../core/filter/filter-url.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { getLayer, LAYERS } from '../../core/layers/registry.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { LayerEditsLeftOut } from '../../core/url/edits-left-out.ts';
import { embedLayers } from '../../core/url/embed-layers.ts';
import type { FeaturePick, MapController } from '../../map/MapController.ts';
import type { ExtraLegendEntry } from '../figure/makeFigureFile.ts';
import type { ReadVectorLayers } from '../figure/useFigureVectorLayers.ts';
import type { TopbarDialog } from './AppTopbar.tsx';

// Each dialog opens on a click: its code (the figure composer and its layout, the embed
// options, the sources) loads then, not with the page.
const AboutDataDialog = lazy(() =>
  import('../about/AboutDataDialog.tsx').then((module) => ({ default: module.AboutDataDialog })),
);
const FigureDialog = lazy(() =>
  import('../figure/FigureDialog.tsx').then((module) => ({ default: module.FigureDialog })),
);
const EmbedCodeDialog = lazy(() =>
  import('../share/EmbedCodeDialog.tsx').then((module) => ({ default: module.EmbedCodeDialog })),
);

/** What the top bar's dialogs show. */
export interface TopbarDialogsProps {
  lang: Lang;
  /** The dialog open, if any. */
  dialog: TopbarDialog | null;
  onClose: () => void;
  /** What the map shows: the visible layers that have features. */
  shownLayers: readonly LayerDef[];
  filters: LayerFilters;
  pick: FeaturePick | null;
  frame: BoundaryFrame;
  getController: () => MapController | null;
  extraLegend: ExtraLegendEntry[];
  /** The shown plan layers as a PDF figure draws them in paths. */
  vectorLayers: ReadVectorLayers;
  /** The edits in this browser, by layer (`useLocalEdits`): an embed leaves them out. */
  localEdits?: () => readonly LayerEditsLeftOut[];
}

/** The dialog the top bar opened: the embed code, the data's sources, or a figure. */
export function TopbarDialogs(props: TopbarDialogsProps) {
  return (
    <Suspense fallback={null}>
      <OpenDialog {...props} />
    </Suspense>
  );
}

function OpenDialog(props: TopbarDialogsProps) {
  const { lang, pick, onClose } = props;
  if (props.dialog === 'embed')
    return (
      <EmbedCodeDialog
        lang={lang}
        // The embed shows registry layers only (their filters travel with it); the dialog
        // names the planner's own layers it cannot show.
        {...embedLayers(props.shownLayers, props.filters, lang)}
        selection={pick && getLayer(pick.layerId) ? `${pick.layerId}:${pick.featureKey}` : null}
        ownSelection={pick !== null && !getLayer(pick.layerId)}
        filter={filterToText(props.filters, LAYERS)}
        frame={props.frame}
        {...(props.localEdits ? { localEdits: props.localEdits } : {})}
        onClose={onClose}
      />
    );
  if (props.dialog === 'about') return <AboutDataDialog lang={lang} onClose={onClose} />;
  if (props.dialog === 'figure')
    return (
      <FigureDialog
        lang={lang}
        controller={props.getController}
        legendLayers={props.shownLayers}
        extraLegend={props.extraLegend}
        vectorLayers={props.vectorLayers}
        onClose={onClose}
      />
    );
  return null;
}
