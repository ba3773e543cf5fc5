import type { DrawOp } from './draw-ops.ts';
import type { MeasureText } from './layout.ts';

const NOTE_PX = 10;
const MIN_NOTE_PX = 6;
const INSET = 8;
const PADDING = 4;

/**
 * The note that some zones' labels were left out (see zonesTooSmallToLabel), at the map's bottom
 * right, on a white ground so it reads over any map; at most half the map's width (made smaller,
 * never cut). The scale bar holds the bottom left, the north arrow and legend the top.
 */
export function labelsLeftOutOps(
  map: { x: number; y: number; width: number; height: number },
  note: string,
  measure: MeasureText,
): DrawOp[] {
  const natural = measure(note, NOTE_PX, 'regular');
  const maxWidth = map.width / 2;
  const sizePx =
    natural > maxWidth ? Math.max(MIN_NOTE_PX, (NOTE_PX * maxWidth) / natural) : NOTE_PX;
  const width = (natural * sizePx) / NOTE_PX;
  const right = map.x + map.width - INSET;
  const bottom = map.y + map.height - INSET;
  const height = sizePx + 2 * PADDING;
  return [
    {
      kind: 'rect',
      x: right - width - 2 * PADDING,
      y: bottom - height,
      width: width + 2 * PADDING,
      height,
      fill: { color: '#ffffff', opacity: 0.85 },
    },
    {
      kind: 'text',
      text: note,
      x: right - width - PADDING,
      // The baseline, a fifth of the size above the ground's lower padding (room for descenders).
      y: bottom - PADDING - sizePx * 0.2,
      sizePx,
      weight: 'regular',
      color: '#1f2328',
      align: 'left',
    },
  ];
}
