import { useState } from 'react';

/** The smallest and largest iframe side the embed dialog writes into its code, in CSS pixels. */
export const MIN_FRAME_PX = 100;
export const MAX_FRAME_PX = 4000;

/** A typed side as a whole number of pixels within the limits (empty or not a number: the fallback). */
export function framePx(text: string, fallbackPx: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return fallbackPx;
  return Math.min(MAX_FRAME_PX, Math.max(MIN_FRAME_PX, Math.round(value)));
}

/**
 * A width or height field of the embed dialog. The field keeps what the planner types (so
 * typing "390" over the old value goes 3, 39, 390, rather than being clamped to 100 at the "3"
 * and growing from there); the code uses the number within the limits, and the field shows
 * that number once it loses focus.
 */
export function usePixelField(initialPx: number) {
  const [text, setText] = useState(String(initialPx));
  const [lastPx, setLastPx] = useState(initialPx);
  const px = framePx(text, lastPx);
  return {
    px,
    input: {
      type: 'number' as const,
      min: MIN_FRAME_PX,
      max: MAX_FRAME_PX,
      value: text,
      onChange: (event: { target: { value: string } }) => setText(event.target.value),
      onBlur: () => {
        setLastPx(px);
        setText(String(px));
      },
    },
  };
}
