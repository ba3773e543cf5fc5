import { BASEMAP_CREDIT_LINE } from '../../core/basemap/credits.ts';
import { layerSwatch, type Swatch } from '../../core/figure/draw-ops.ts';
import { type FigureText, figureFits } from '../../core/figure/layout.ts';
import { type FigureLayout, figureFileName, figureSize } from '../../core/figure/paper.ts';
import { labelsLeftOutNote } from '../../core/i18n/figureLabelMessages.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { FigureControl } from '../../map/figure/composeFigure.ts';
import type { MapController } from '../../map/MapController.ts';
import { workerFigureEncoder } from './figureEncoder.ts';
import type { ReadVectorLayers } from './useFigureVectorLayers.ts';

/** A legend entry that is not a registry layer: an analysis result drawn on the map. */
export interface ExtraLegendEntry {
  title: string;
  swatch: Swatch;
}

/** Everything a figure file is made from: the dialog's fields, or the in-page entry's request. */
export interface FigureFileRequest {
  format: 'png' | 'pdf';
  layout: FigureLayout;
  lang: Lang;
  title: string;
  subtitle: string;
  /** "3" makes the title "Hình 3. …" ('' for none). */
  figureNumber: string;
  /** Shown layers, top-most first. */
  legendLayers: readonly LayerDef[];
  extraLegend: readonly ExtraLegendEntry[];
  /** YYYY-MM-DD: in the footer, the file name and the PDF's dates. */
  date: string;
  /**
   * For a PDF, the plan layers to draw as vector paths (read when the figure is made), or null
   * to leave them in the map's picture.
   */
  vectorLayers: ReadVectorLayers | null;
}

/** A finished figure file. */
export interface FigureFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  widthPx: number;
  heightPx: number;
  /** Zones whose labels the figure left out, too small at its scale (said on the figure). */
  labelsLeftOut: number;
}

/** The title as printed: with the figure number in front when there is one. */
export function fullFigureTitle(lang: Lang, title: string, figureNumber: string): string {
  const number = figureNumber.trim();
  return number ? `${t(lang, 'figureWord')} ${number}. ${title}` : title;
}

/** The words of a figure as laid out: the title with its number, legend, sources and date. */
export function figureTextOf(
  request: Pick<
    FigureFileRequest,
    'lang' | 'title' | 'subtitle' | 'figureNumber' | 'legendLayers' | 'extraLegend' | 'date'
  >,
): FigureText {
  const { lang } = request;
  return {
    title: fullFigureTitle(lang, request.title, request.figureNumber),
    subtitle: request.subtitle.trim(),
    legendTitle: t(lang, 'legend'),
    legend: [
      ...request.legendLayers.map((layer) => ({
        swatch: layerSwatch(layer),
        title: layer.title[lang],
      })),
      ...request.extraLegend,
    ],
    footer: [
      `${t(lang, 'figureFooter')} · ${t(lang, 'figureDate')} ${request.date}`,
      BASEMAP_CREDIT_LINE,
    ],
    labelsLeftOut: (count) => labelsLeftOutNote(lang, count),
  };
}

// Whether a figure was made in this page (and so may have left its off-screen map kept).
let madeFigure = false;

/**
 * Removes the off-screen map the figures keep between them (`map/figure/figureMapKeeper`):
 * when the figure dialog closes. Loads nothing when no figure was made.
 */
export function closeFigureMap(): void {
  if (!madeFigure) return;
  void import('../../map/figure/figureMapKeeper.ts').then((keeper) => keeper.closeFigureMap());
}

/**
 * Makes a figure file from the live map: what the dialog's buttons and the page's figure entry
 * (`window.giapranh.figure`, used by `giapranh render`) both call. The composition and its
 * off-screen map load only when a figure is made.
 */
export async function makeFigureFile(
  map: MapController['map'],
  request: FigureFileRequest,
  control: FigureControl = {},
): Promise<FigureFile> {
  const size = figureSize(request.layout);
  if ('error' in size) throw new Error(size.error);
  const { lang } = request;
  const title = fullFigureTitle(lang, request.title, request.figureNumber);
  const { composeFigure, figureMeasureFor } = await import('../../map/figure/composeFigure.ts');
  const text = figureTextOf(request);
  // Said before any drawing: a narrow figure with a long legend may leave no room for the map.
  const measure = await figureMeasureFor(request.format, text);
  if (!figureFits(text, size.widthPx, size.heightPx, measure))
    throw new Error(t(lang, 'figureTooSmall'));
  madeFigure = true;
  const encoder = workerFigureEncoder();
  let labelsLeftOut = 0;
  try {
    const bytes = await composeFigure(
      map,
      {
        format: request.format,
        size,
        text,
        meta: { title, date: new Date(`${request.date}T00:00:00Z`) },
        ...(request.format === 'pdf' && request.vectorLayers
          ? { vectorLayers: await request.vectorLayers() }
          : {}),
      },
      encoder,
      {
        ...control,
        onLabelsLeftOut: (count) => {
          labelsLeftOut = count;
          control.onLabelsLeftOut?.(count);
        },
      },
    );
    // A cancel that came while the file was encoded: the planner no longer wants it.
    if (control.signal?.aborted) throw control.signal.reason;
    return {
      bytes,
      fileName: figureFileName(title, request.date, request.format),
      mimeType: request.format === 'png' ? 'image/png' : 'application/pdf',
      widthPx: size.imageWidthPx,
      heightPx: size.imageHeightPx,
      labelsLeftOut,
    };
  } finally {
    encoder.close();
  }
}
