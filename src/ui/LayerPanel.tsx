import type { LayerFilter as Filter, LayerFilters } from '../core/filter/filter-types.ts';
import { tfl } from '../core/i18n/filterMessages.ts';
import { tlp } from '../core/i18n/layerPanelMessages.ts';
import type { Lang } from '../core/i18n/messages.ts';
import { t } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';
import type { LayerLoad } from './data/bundledLayers.ts';
import { LayerFilter } from './filter/LayerFilter.tsx';
import { ExportButtons } from './import/ExportButtons.tsx';
import { ImportButton } from './import/ImportButton.tsx';
import { EmptyLayerHint } from './layers/EmptyLayerHint.tsx';
import { FilterChip } from './layers/FilterChip.tsx';
import { OutlineZoomNote } from './layers/OutlineZoomNote.tsx';
import { OverviewNote } from './layers/OverviewNote.tsx';
import './layers/layers.css';
import { LegendSwatch } from './LegendSwatch.tsx';
import { useDisclosure } from './layers/useDisclosure.ts';

export interface LayerPanelProps {
  lang: Lang;
  layers: readonly LayerDef[];
  loads: Readonly<Record<string, LayerLoad>>;
  visible: Readonly<Record<string, boolean>>;
  opacity: Readonly<Record<string, number>>;
  onVisibleChange: (layerId: string, visible: boolean) => void;
  onOpacityChange: (layerId: string, opacity: number) => void;
  onZoomTo: (layerId: string) => void;
  onImport: (layerId: string, file: File) => void;
  /** The layer's features as shown (bundled and imported), for its export. */
  collectionOf?: (layerId: string) => GeoJSON.FeatureCollection | undefined;
  /** Each layer's filter; with `onFilterChange`, each row offers its filter. */
  filters?: LayerFilters;
  onFilterChange?: (layerId: string, filter: Filter) => void;
  /** The layer's features that pass its filter, for the count and the export. */
  shownOf?: (layerId: string) => GeoJSON.FeatureCollection | undefined;
  /** Why files cannot be imported in this tab (another tab owns the workspace), if so. */
  importDisabledReason?: string | null;
}

/**
 * Every layer on one line: visibility, legend swatch, name, feature count (with the filter's
 * chip when one is on) and a "⋯" button that unfolds the layer's actions: opacity, "zoom to
 * layer", filter, import and export. Folded rows let a planner see every layer at once.
 */
export function LayerPanel(props: LayerPanelProps) {
  const { lang } = props;
  return (
    <section className="panel layer-panel" aria-labelledby="layer-panel-title">
      <h2 id="layer-panel-title">{t(lang, 'layers')}</h2>
      {props.importDisabledReason && (
        <p className="import-disabled" id="import-disabled-reason" role="note">
          {props.importDisabledReason}
        </p>
      )}
      <ul>
        {props.layers.map((layer) => (
          <LayerRow key={layer.id} layer={layer} {...props} />
        ))}
      </ul>
    </section>
  );
}

function LayerRow({ layer, ...props }: LayerPanelProps & { layer: LayerDef }) {
  const { lang } = props;
  const load = props.loads[layer.id] ?? { status: 'loading' };
  const title = layer.title[lang];
  const visible = props.visible[layer.id] ?? layer.visibleByDefault;
  const opacity = props.opacity[layer.id] ?? 1;
  const all = load.status === 'ready' ? load.collection : undefined;
  const count = all?.features.length;
  const shown = props.shownOf?.(layer.id)?.features.length ?? count;
  const filtered = count !== undefined && shown !== undefined && shown !== count;
  const checkboxId = `layer-visible-${layer.id}`;
  const actions = useDisclosure();
  const conditions = Object.keys(props.filters?.[layer.id] ?? {}).length;
  return (
    <li className="layer-row" data-layer-id={layer.id}>
      <div className="layer-head">
        <input
          id={checkboxId}
          type="checkbox"
          checked={visible}
          onChange={(event) => props.onVisibleChange(layer.id, event.target.checked)}
        />
        <LegendSwatch layer={layer} />
        <label htmlFor={checkboxId} className="layer-title" title={layer.description[lang]}>
          {title}
        </label>
        {filtered ? (
          <span
            className="layer-count filtered"
            data-shown={shown}
            title={`${shown} ${tfl(lang, 'filterShownOf')} ${count}`}
          >
            {shown}/{count}
          </span>
        ) : (
          <span className="layer-count" title={`${count ?? 0} ${t(lang, 'featureCount')}`}>
            {load.status === 'loading' ? '…' : (count ?? '!')}
          </span>
        )}
        {conditions > 0 && (
          <FilterChip
            lang={lang}
            layerTitle={title}
            conditions={conditions}
            panelId={actions.panelProps.id}
            onOpen={() => actions.setOpen(true)}
          />
        )}
        <button
          type="button"
          className="layer-actions-toggle"
          aria-label={`${tlp(lang, 'layerActions')}: ${title}`}
          title={tlp(lang, 'layerActions')}
          {...actions.buttonProps}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      </div>
      {load.status === 'error' && (
        <p className="layer-error" role="alert">
          {t(lang, 'loadError')}: {load.message}
        </p>
      )}
      {count === 0 && layer.emptyHint && (
        <EmptyLayerHint
          lang={lang}
          hint={layer.emptyHint[lang]}
          layerTitle={title}
          disabledReason={props.importDisabledReason ?? null}
          onFile={(file) => props.onImport(layer.id, file)}
        />
      )}
      <div className="layer-actions" {...actions.panelProps}>
        {count !== undefined && count > 0 && (
          <div className="layer-tools">
            <label className="opacity">
              <span>{t(lang, 'opacity')}</span>
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={opacity}
                aria-label={`${t(lang, 'opacity')}: ${title}`}
                onChange={(event) => props.onOpacityChange(layer.id, Number(event.target.value))}
              />
            </label>
            <button
              type="button"
              className="link"
              onClick={() => props.onZoomTo(layer.id)}
              aria-label={`${t(lang, 'zoomToLayer')}: ${title}`}
            >
              {t(lang, 'zoomToLayer')}
            </button>
          </div>
        )}
        {all && <OutlineZoomNote lang={lang} features={all.features} />}
        {visible && <OverviewNote lang={lang} layerId={layer.id} />}
        {/* The filter's choices scan every feature of the layer: gathered only while the
            row's actions are unfolded, not for every folded row at each change. */}
        {all && actions.open && count !== undefined && count > 0 && props.onFilterChange && (
          <LayerFilter
            lang={lang}
            layer={layer}
            features={all.features}
            filter={props.filters?.[layer.id]}
            onChange={(filter) => props.onFilterChange?.(layer.id, filter)}
          />
        )}
        <ImportButton
          lang={lang}
          layerTitle={title}
          disabledReason={props.importDisabledReason ?? null}
          onFile={(file) => props.onImport(layer.id, file)}
        />
        {props.collectionOf && (
          <ExportButtons
            lang={lang}
            layerId={layer.id}
            layerTitle={title}
            collection={() => (props.shownOf ?? props.collectionOf)?.(layer.id)}
          />
        )}
      </div>
    </li>
  );
}
