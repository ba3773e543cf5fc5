import { useMemo, useState } from 'react';
import type { BoundaryFrame } from '../../core/basemap/frame.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { LayerEditsLeftOut } from '../../core/url/edits-left-out.ts';
import { embedUrl, iframeCode, type LegendMode } from '../../core/url/embed-code.ts';
import { embedEditsLeftOutNote } from '../../core/url/embed-edits-left-out.ts';
import type { OwnLayerLeftOut } from '../../core/url/embed-layers.ts';
import { Dialog } from '../Dialog.tsx';
import { useDebouncedValue } from '../hooks/useDebouncedValue.ts';
import { EmbedEditsNote } from './EmbedEditsNote.tsx';
import { OwnLayersNote } from './OwnLayersNote.tsx';
import { PinHowTo } from './PinHowTo.tsx';
import { snapshotsCovering } from './snapshots.ts';
import { usePixelField } from './usePixelField.ts';
import './share.css';

/** How long the options must rest before the live preview reloads with them. */
const PREVIEW_SETTLE_MS = 400;

const LEGEND_MODES: readonly {
  mode: LegendMode;
  label: 'legendShown' | 'legendFolded' | 'legendHidden';
}[] = [
  { mode: 'shown', label: 'legendShown' },
  { mode: 'folded', label: 'legendFolded' },
  { mode: 'hidden', label: 'legendHidden' },
];

/**
 * "Embed the map": the `<iframe>` code and the link for the current view — the layers shown,
 * the language and the camera — with the embed's options, a live preview, and the choice to pin
 * the data to a committed snapshot so a published report keeps showing what was approved.
 */
export function EmbedCodeDialog(props: {
  lang: Lang;
  layerIds: readonly string[];
  /** `layerId:featureKey` of the selected feature, if any. */
  selection?: string | null;
  /** The app's filters as `filter=` text (`filterToText`), '' when nothing is filtered. */
  filter?: string;
  /** The units the map draws under the plan: the embed draws the same. */
  frame?: BoundaryFrame;
  /** The planner's own layers on the map, which the embed cannot show: the dialog says so. */
  ownLayers?: readonly OwnLayerLeftOut[];
  /** Whether the selected feature is in one of those layers (the embed does not open it). */
  ownSelection?: boolean;
  /** The edits in this browser (read once, when the dialog opens): the embed leaves them out. */
  localEdits?: () => readonly LayerEditsLeftOut[];
  onClose: () => void;
}) {
  const { lang } = props;
  const [localEdits] = useState(() => props.localEdits?.() ?? []);
  const editsNote = embedEditsLeftOutNote(
    lang,
    localEdits,
    props.layerIds,
    (id) => getLayer(id)?.title[lang] ?? id,
  );
  const [copied, setCopied] = useState(false);
  const [title, setTitle] = useState('');
  const [legend, setLegend] = useState<LegendMode>('shown');
  const [scrollZoom, setScrollZoom] = useState(false);
  const [withSelection, setWithSelection] = useState(Boolean(props.selection));
  const [pin, setPin] = useState('');
  const width = usePixelField(900);
  const height = usePixelField(560);
  const widthPx = width.px;
  const heightPx = height.px;
  const snapshots = useMemo(() => snapshotsCovering(props.layerIds), [props.layerIds]);
  // The camera is read once when the dialog opens: MapLibre keeps it in the page's hash.
  const [cameraHash] = useState(() => window.location.hash);
  const src = embedUrl(window.location.href, {
    layerIds: props.layerIds,
    lang,
    cameraHash,
    options: {
      legend,
      title: title.trim(),
      scrollZoom,
      ...(withSelection && props.selection ? { selection: props.selection } : {}),
      ...(pin ? { pin } : {}),
      ...(props.filter ? { filter: props.filter } : {}),
      ...(props.frame ? { frame: props.frame } : {}),
    },
  });
  const previewSrc = useDebouncedValue(src, PREVIEW_SETTLE_MS);
  const code = iframeCode(src, title.trim() || t(lang, 'appTitle'), widthPx, heightPx);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): the text stays selectable in the box.
      setCopied(false);
    }
  };
  return (
    <Dialog lang={lang} title={t(lang, 'embedMap')} onClose={props.onClose}>
      <p>{t(lang, 'embedHint')}</p>
      <OwnLayersNote
        lang={lang}
        ownLayers={props.ownLayers ?? []}
        ownSelection={props.ownSelection ?? false}
      />
      <EmbedEditsNote lang={lang} paragraphs={editsNote} />
      <div className="embed-options">
        <label>
          {t(lang, 'embedTitle')}
          <input value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          {t(lang, 'legend')}
          <select value={legend} onChange={(event) => setLegend(event.target.value as LegendMode)}>
            {LEGEND_MODES.map(({ mode, label }) => (
              <option key={mode} value={mode}>
                {t(lang, label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={scrollZoom}
            onChange={(event) => setScrollZoom(event.target.checked)}
          />
          {t(lang, 'embedScrollZoom')}
        </label>
        {props.selection && (
          <label>
            <input
              type="checkbox"
              checked={withSelection}
              onChange={(event) => setWithSelection(event.target.checked)}
            />
            {t(lang, 'embedWithSelection')}
          </label>
        )}
        <label>
          {t(lang, 'embedPin')}
          <select value={pin} onChange={(event) => setPin(event.target.value)}>
            <option value="">{t(lang, 'embedPinNone')}</option>
            {snapshots.map((snapshot) => (
              <option key={snapshot.hash} value={snapshot.hash}>
                {`${snapshot.date} · ${snapshot.hash}`}
              </option>
            ))}
          </select>
        </label>
        <PinHowTo lang={lang} layerIds={props.layerIds} pinnable={snapshots.length > 0} />
        <label>
          {t(lang, 'widthPx')}
          <input {...width.input} />
        </label>
        <label>
          {t(lang, 'heightPx')}
          <input {...height.input} />
        </label>
      </div>
      <iframe
        className="embed-preview"
        src={previewSrc}
        title={t(lang, 'preview')}
        style={{ aspectRatio: `${widthPx} / ${heightPx}` }}
      />
      <textarea
        className="embed-code"
        aria-label={t(lang, 'embedCode')}
        readOnly
        rows={4}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="row">
        <button type="button" className="primary" onClick={copy}>
          {copied ? t(lang, 'copied') : t(lang, 'copy')}
        </button>
        <a href={src} target="_blank" rel="noopener">
          {t(lang, 'openEmbed')}
        </a>
      </div>
    </Dialog>
  );
}
