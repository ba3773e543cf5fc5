import { useEffect, useMemo, useRef, useState } from 'react';
import {
  type FigureLayout,
  figureSize,
  MAX_DPI,
  MIN_DPI,
  type Orientation,
  type Paper,
} from '../../core/figure/paper.ts';
import { webMercatorMetersPerPixel } from '../../core/figure/scale-bar.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { MapController } from '../../map/MapController.ts';
import { Dialog } from '../Dialog.tsx';
import { downloadBytes } from '../download.ts';
import type { ReadVectorLayers } from './useFigureVectorLayers.ts';
import './figure.css';
import { labelsLeftOutNote } from '../../core/i18n/figureLabelMessages.ts';
import { FigurePreview, type PreviewView } from './FigurePreview.tsx';
import {
  closeFigureMap,
  type ExtraLegendEntry,
  figureTextOf,
  makeFigureFile,
} from './makeFigureFile.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The planner's map as the preview's scale bar and picture box need it, read once. */
function previewView(controller: MapController | null): PreviewView | null {
  if (!controller) return null;
  const { map } = controller;
  const container = map.getContainer();
  return {
    widthPx: container.clientWidth,
    heightPx: container.clientHeight,
    metersPerCssPx: webMercatorMetersPerPixel(map.getZoom(), map.getCenter().lat),
    bearingDegrees: map.getBearing(),
  };
}

/** Idle, drawing (tiles of the map drawn so far, of how many; 0 of 0 while it loads), or how it ended. */
type FigureStatus = 'idle' | 'cancelled' | { done: number; total: number } | { error: string };

/** How far the map's drawing has come: a bar, and "12 / 35" for screen readers and eyes. */
function FigureProgress(props: { lang: Lang; done: number; total: number }) {
  const { lang, done, total } = props;
  return (
    <p className="figure-progress" role="status">
      <progress
        aria-label={t(lang, 'figureProgress')}
        max={total || 1}
        {...(total > 0 ? { value: done } : {})}
      />{' '}
      {total > 0 ? `${t(lang, 'figureProgress')}: ${done} / ${total}` : t(lang, 'figureWorking')}
    </p>
  );
}

/**
 * The figure composer: paper, orientation, whole page or a column width, resolution; title,
 * subtitle and figure number; a preview at the final proportions; a PNG of exactly the printed
 * pixels with its dpi recorded, named after the title and the date.
 */
export function FigureDialog(props: {
  lang: Lang;
  controller: () => MapController | null;
  legendLayers: readonly LayerDef[];
  /** Analysis results drawn on the map, listed in the legend after the layers. */
  extraLegend: readonly ExtraLegendEntry[];
  /** The shown plan layers as the PDF draws them in paths, read when a PDF is made. */
  vectorLayers: ReadVectorLayers;
  onClose: () => void;
}) {
  const { lang } = props;
  const [title, setTitle] = useState(t(lang, 'appTitle'));
  const [subtitle, setSubtitle] = useState('');
  const [figureNumber, setFigureNumber] = useState('');
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [fit, setFit] = useState<'page' | 'column'>('page');
  const [columnCm, setColumnCm] = useState(16);
  const [dpi, setDpi] = useState(300);
  // On by default: the paths print sharp at any zoom, under the map's labels, as wide and as
  // dashed as the map draws them (docs/DECISIONS.md); untick for the PNG's pixels.
  const [vector, setVector] = useState(true);
  const [status, setStatus] = useState<FigureStatus>('idle');
  // Zones whose labels the last figure left out (too small at its scale), as the figure says.
  const [labelsLeftOut, setLabelsLeftOut] = useState(0);
  const running = useRef<AbortController | null>(null);
  // Closing the dialog stops a figure still being drawn and frees the off-screen map.
  useEffect(
    () => () => {
      running.current?.abort();
      closeFigureMap();
    },
    [],
  );
  // The preview shows the planner's map as it is now, read once when the dialog opens (from a
  // fresh frame: the live map keeps no drawing buffer between frames).
  const [pictureRead] = useState(() => props.controller()?.pictureDataUrl('image/jpeg', 0.6));
  const [mapPicture, setMapPicture] = useState('');
  const [view] = useState(() => previewView(props.controller()));
  useEffect(() => {
    let open = true;
    pictureRead
      ?.then((url) => {
        if (open) setMapPicture(url);
      })
      .catch(() => {
        // No preview picture: the dialog and the export still work.
      });
    return () => {
      open = false;
    };
  }, [pictureRead]);

  const layout: FigureLayout = {
    paper,
    orientation,
    fit: fit === 'page' ? { kind: 'page' } : { kind: 'column', widthCm: columnCm },
    dotsPerInch: dpi,
  };
  const size = figureSize(layout);
  const date = useMemo(today, []);
  // What the figure says, the same in the preview and in the file.
  const words = {
    lang,
    title,
    subtitle,
    figureNumber,
    legendLayers: props.legendLayers,
    extraLegend: props.extraLegend,
    date,
  };

  const make = async (format: 'png' | 'pdf') => {
    const controller = props.controller();
    if (!controller || 'error' in size) return;
    const abort = new AbortController();
    running.current = abort;
    setStatus({ done: 0, total: 0 });
    setLabelsLeftOut(0);
    try {
      const file = await makeFigureFile(
        controller.map,
        { ...words, format, layout, vectorLayers: vector ? props.vectorLayers : null },
        {
          signal: abort.signal,
          onProgress: (done, total) => setStatus({ done, total }),
          onLabelsLeftOut: setLabelsLeftOut,
        },
      );
      downloadBytes(file.fileName, file.bytes, file.mimeType);
      setStatus('idle');
    } catch (error) {
      setStatus(abort.signal.aborted ? 'cancelled' : { error: (error as Error).message });
    } finally {
      if (running.current === abort) running.current = null;
    }
  };
  const working = typeof status === 'object' && 'done' in status;

  return (
    <Dialog lang={lang} title={t(lang, 'exportFigure')} onClose={props.onClose}>
      <div className="figure-composer">
        <div className="figure-fields">
          <TextField label={t(lang, 'figureTitle')} value={title} onChange={setTitle} />
          <TextField label={t(lang, 'figureSubtitle')} value={subtitle} onChange={setSubtitle} />
          <TextField
            label={t(lang, 'figureNumber')}
            value={figureNumber}
            maxLength={8}
            onChange={setFigureNumber}
          />
          <label className="field">
            <span>{t(lang, 'figurePaper')}</span>
            <select
              aria-label={t(lang, 'figurePaper')}
              value={paper}
              onChange={(e) => setPaper(e.target.value as Paper)}
            >
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          <label className="field">
            <span>{t(lang, 'figureOrientation')}</span>
            <select
              aria-label={t(lang, 'figureOrientation')}
              value={orientation}
              onChange={(e) => setOrientation(e.target.value as Orientation)}
            >
              <option value="landscape">{t(lang, 'landscape')}</option>
              <option value="portrait">{t(lang, 'portrait')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t(lang, 'figureFit')}</span>
            <select
              aria-label={t(lang, 'figureFit')}
              value={fit}
              onChange={(e) => setFit(e.target.value as 'page' | 'column')}
            >
              <option value="page">{t(lang, 'figureWholePage')}</option>
              <option value="column">{t(lang, 'figureColumn')}</option>
            </select>
          </label>
          {fit === 'column' && (
            <label className="field">
              <span>{t(lang, 'figureColumnCm')}</span>
              <input
                aria-label={t(lang, 'figureColumnCm')}
                type="number"
                step={0.5}
                value={columnCm}
                onChange={(e) => setColumnCm(Number(e.target.value))}
              />
            </label>
          )}
          <label className="field">
            <span>{t(lang, 'figureDpi')}</span>
            <input
              aria-label={t(lang, 'figureDpi')}
              type="number"
              min={MIN_DPI}
              max={MAX_DPI}
              value={dpi}
              onChange={(e) => setDpi(Number(e.target.value))}
            />
          </label>
          <label className="field figure-vector">
            <input type="checkbox" checked={vector} onChange={(e) => setVector(e.target.checked)} />{' '}
            <span>{t(lang, 'figureVectorLayers')}</span>
          </label>
          <p className="figure-size" data-testid="figure-size">
            {'error' in size
              ? size.error
              : `${size.imageWidthPx} × ${size.imageHeightPx} px · ${Math.round(size.widthMm)} × ${Math.round(size.heightMm)} mm · ${size.dotsPerInch} dpi`}
          </p>
        </div>
        {!('error' in size) && (
          <FigurePreview
            lang={lang}
            size={size}
            text={figureTextOf(words)}
            picture={mapPicture}
            view={view}
          />
        )}
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={working || 'error' in size}
          onClick={() => make('png')}
        >
          {working ? t(lang, 'figureWorking') : t(lang, 'figureDownload')}
        </button>
        <button type="button" disabled={working || 'error' in size} onClick={() => make('pdf')}>
          {t(lang, 'figureDownloadPdf')}
        </button>
        {working && (
          <button type="button" onClick={() => running.current?.abort()}>
            {t(lang, 'cancel')}
          </button>
        )}
      </div>
      {working && <FigureProgress lang={lang} done={status.done} total={status.total} />}
      {status === 'cancelled' && <p role="status">{t(lang, 'cancelled')}</p>}
      {labelsLeftOut > 0 && status !== 'cancelled' && (
        <p className="figure-labels-left-out">{labelsLeftOutNote(lang, labelsLeftOut)}</p>
      )}
      {typeof status === 'object' && 'error' in status && (
        <p role="alert" className="error">
          {t(lang, 'figureFailed')}: {status.error}
        </p>
      )}
    </Dialog>
  );
}

/** One line of text the figure prints (title, subtitle, number), labelled for readers and tests. */
function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        aria-label={props.label}
        value={props.value}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
