import { useEffect, useRef, useState } from 'react';
import type { DrawOp } from '../../core/figure/draw-ops.ts';
import {
  type FigureFrame,
  type FigureText,
  layoutFigure,
  type MeasureText,
  planFigureFrame,
} from '../../core/figure/layout.ts';
import { offscreenMapSize } from '../../core/figure/offscreen-map-size.ts';
import type { FigureSize } from '../../core/figure/paper.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { figureFont, paintFigure } from '../../map/figure/paintFigure.ts';

/** The planner's map when the dialog opened: its size, ground scale and bearing. */
export interface PreviewView {
  widthPx: number;
  heightPx: number;
  metersPerCssPx: number;
  bearingDegrees: number;
}

const percent = (part: number, whole: number) => `${(100 * part) / whole}%`;

function canvasMeasure(): MeasureText | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  return (value, sizePx, weight) => {
    context.font = figureFont(sizePx, weight);
    return context.measureText(value).width;
  };
}

/** The figure's layout without its sheet and map: what is drawn around and over the picture. */
function furnitureOps(
  text: FigureText,
  frame: FigureFrame,
  view: PreviewView | null,
  measure: MeasureText,
): DrawOp[] {
  const mapBox = { widthPx: frame.map.width, heightPx: frame.map.height };
  const cover = view ? offscreenMapSize(mapBox, view).scale : 1;
  const ops = layoutFigure(
    text,
    frame,
    { metersPerPx: (view?.metersPerCssPx ?? 1) * cover, bearingDegrees: view?.bearingDegrees ?? 0 },
    measure,
  );
  // The first is the white sheet (the preview's background), then the map (the picture).
  return ops.filter((op, index) => index > 0 && op.kind !== 'map');
}

/**
 * The figure at its final proportions, small: the map as the planner sees it in the figure's map
 * box, and the title, legend, scale bar, north arrow and sources laid out as the file lays them
 * out (`core/figure/layout.ts`), so a legend under a narrow figure's map shows before the file is
 * made. The scale bar is the figure's, from the view's zoom.
 */
export function FigurePreview(props: {
  lang: Lang;
  size: FigureSize;
  text: FigureText;
  /** The planner's map as a picture ('' while it is read). */
  picture: string;
  view: PreviewView | null;
}) {
  const { size, text, view } = props;
  const box = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [widthCssPx, setWidthCssPx] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidthCssPx(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const measure = canvasMeasure();
  const frame = measure ? planFigureFrame(text, size.widthPx, size.heightPx, measure) : null;
  useEffect(() => {
    const target = canvas.current;
    const context = target?.getContext('2d');
    if (!target || !context || !measure || !frame || widthCssPx === 0) return;
    const scale = (widthCssPx * window.devicePixelRatio) / size.widthPx;
    target.width = Math.round(size.widthPx * scale);
    target.height = Math.round(size.heightPx * scale);
    context.setTransform(scale, 0, 0, scale, 0, 0);
    paintFigure(context, furnitureOps(text, frame, view, measure), target);
  });

  const map = frame?.map;
  const fits = frame?.narrow?.fits ?? true;
  return (
    <div>
      <figure
        ref={box}
        className="figure-preview"
        aria-label={t(props.lang, 'preview')}
        style={{
          aspectRatio: `${size.imageWidthPx} / ${size.imageHeightPx}`,
          // Narrower when a tall figure would pass half the window, so the proportions hold.
          width: `min(100%, calc(50vh * ${size.imageWidthPx} / ${size.imageHeightPx}))`,
        }}
      >
        {props.picture && map && map.height > 0 && (
          <img
            src={props.picture}
            alt=""
            style={{
              left: percent(map.x, size.widthPx),
              top: percent(map.y, size.heightPx),
              width: percent(map.width, size.widthPx),
              height: percent(map.height, size.heightPx),
            }}
          />
        )}
        <canvas ref={canvas} />
      </figure>
      {!fits && <p className="figure-too-small">{t(props.lang, 'figureTooSmall')}</p>}
    </div>
  );
}
