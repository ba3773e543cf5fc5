import { useEffect, useRef } from 'react';
import type { Orientation, Paper } from '../../core/figure/paper.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { MapController } from '../../map/MapController.ts';
import type { ExtraLegendEntry } from './makeFigureFile.ts';
import type { ReadVectorLayers } from './useFigureVectorLayers.ts';

/** What `window.giapranh.figure` takes: the figure dialog's fields, by name. */
export interface PageFigureRequest {
  format: 'png' | 'pdf';
  paper: Paper;
  orientation: Orientation;
  dotsPerInch: number;
  /** A figure one column of a Word page wide, in cm; omitted for the whole page. */
  columnCm?: number;
  /** Defaults to the app's title in the page's language. */
  title?: string;
  subtitle?: string;
  figureNumber?: string;
  /** YYYY-MM-DD; defaults to today. Fixing it makes the same state give the same bytes. */
  date?: string;
  /**
   * Image pixels per side of a tile of the map's picture (see renderMapImage); one as large as
   * the picture draws it in one frame. For tests and benches that compare the two.
   */
  tilePx?: number;
  /** Rows of the map's picture painted per task (see paintFigureInTurns); for tests too. */
  paintBandRows?: number;
  /**
   * For a PDF: the plan layers as vector paths over the map's picture, under its labels (the
   * default), or false for pixels of the picture as in the PNG.
   */
  vectorLayers?: boolean;
}

/** Whether the map has finished: every layer loaded and drawn, a linked check's result too. */
export interface PageStatus {
  ready: boolean;
  /** Layers whose data failed to load. */
  failedLayers: string[];
  /** The note of what the link named that the page could not use ('' for none). */
  ignored: string;
  /** The linked check's failure ("title: why"), or '' when none: it will never be drawn. */
  checkFailure: string;
}

/**
 * The page's small scripting entry, `window.giapranh`: `status()` and `figure(request)`. It makes
 * the same figure as the dialog, from the map as the link set it; `giapranh render` drives it in
 * headless Chromium instead of clicking through the dialog. The file comes back as base64 (one
 * string crosses the DevTools protocol far faster than an array of numbers).
 */
export interface PageEntry {
  status: () => PageStatus;
  figure: (request: PageFigureRequest) => Promise<{
    base64: string;
    fileName: string;
    mimeType: string;
    widthPx: number;
    heightPx: number;
    /** Zones whose labels the figure left out, too small at its scale. */
    labelsLeftOut: number;
  }>;
}

declare global {
  interface Window {
    giapranh?: PageEntry;
  }
}

export interface PageEntryInputs {
  controller: () => MapController | null;
  lang: Lang;
  legendLayers: readonly LayerDef[];
  extraLegend: readonly ExtraLegendEntry[];
  /** The shown plan layers as a PDF draws them in paths. */
  vectorLayers: ReadVectorLayers;
  /** Whether every bundled layer is in the document. */
  baseComplete: boolean;
  layerCount: number;
  failedLayers: string[];
  /** See PageStatus.ignored. */
  ignoredNote: string;
  /** A check the link names whose result has not been drawn yet. */
  checkPending: boolean;
  /** The linked check's failure, or null. */
  checkFailure: string | null;
}

async function toBase64(bytes: Uint8Array): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
  return url.slice(url.indexOf(',') + 1);
}

/** Installs `window.giapranh` for the page's lifetime; reads the latest inputs when called. */
export function usePageFigureEntry(inputs: PageEntryInputs): void {
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    const entry: PageEntry = {
      status: () => {
        const now = latest.current;
        const container = now.controller()?.map.getContainer();
        const ready =
          container !== undefined &&
          now.baseComplete &&
          !now.checkPending &&
          container.dataset.idle === 'true' &&
          container.dataset.dataLayers === String(now.layerCount);
        return {
          ready,
          failedLayers: now.failedLayers,
          ignored: now.ignoredNote,
          checkFailure: now.checkFailure ?? '',
        };
      },
      figure: async (request) => {
        const now = latest.current;
        const controller = now.controller();
        if (!controller) throw new Error('the map has not been created yet');
        // The figure code loads with the first figure, not with the page.
        const { makeFigureFile } = await import('./makeFigureFile.ts');
        const file = await makeFigureFile(
          controller.map,
          {
            format: request.format,
            layout: {
              paper: request.paper,
              orientation: request.orientation,
              fit:
                request.columnCm === undefined
                  ? { kind: 'page' }
                  : { kind: 'column', widthCm: request.columnCm },
              dotsPerInch: request.dotsPerInch,
            },
            lang: now.lang,
            title: request.title ?? t(now.lang, 'appTitle'),
            subtitle: request.subtitle ?? '',
            figureNumber: request.figureNumber ?? '',
            legendLayers: now.legendLayers,
            extraLegend: now.extraLegend,
            date: request.date ?? new Date().toISOString().slice(0, 10),
            vectorLayers: request.vectorLayers === false ? null : now.vectorLayers,
          },
          {
            ...(request.tilePx === undefined ? {} : { tilePx: request.tilePx }),
            ...(request.paintBandRows === undefined
              ? {}
              : { paintBandRows: request.paintBandRows }),
          },
        );
        const { bytes, ...rest } = file;
        return { ...rest, base64: await toBase64(bytes) };
      },
    };
    window.giapranh = entry;
    return () => {
      if (window.giapranh === entry) delete window.giapranh;
    };
  }, []);
}
