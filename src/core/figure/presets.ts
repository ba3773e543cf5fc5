import type { MessageKey } from '../i18n/messages.ts';

/**
 * Figure sizes. A CSS pixel is laid out as 1/100 inch, so text sized for the screen reads as
 * ~8–10 pt in print, and `pixelRatio` 3 gives 300 dpi.
 */
export interface FigurePreset {
  id: string;
  label: MessageKey;
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
  dotsPerInch: number;
}

export const FIGURE_PRESETS: readonly FigurePreset[] = [
  { id: 'a4', label: 'figureA4', widthPx: 1000, heightPx: 680, pixelRatio: 3, dotsPerInch: 300 },
  { id: 'half', label: 'figureHalf', widthPx: 640, heightPx: 440, pixelRatio: 3, dotsPerInch: 300 },
  {
    id: 'screen',
    label: 'figureScreen',
    widthPx: 1200,
    heightPx: 800,
    pixelRatio: 1,
    dotsPerInch: 96,
  },
];
