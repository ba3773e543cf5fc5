import { useRef } from 'react';

/** Pixels one arrow key press moves the edge (Page Up/Down move four times as far). */
const STEP_PX = 24;

/**
 * The top edge of a bottom panel, dragged with the pointer or moved with the arrow keys: a
 * focusable ARIA separator whose value is the panel's height in pixels.
 */
export function ResizeHandle(props: {
  label: string;
  heightPx: number;
  minPx: number;
  maxPx: number;
  onResize: (heightPx: number) => void;
}) {
  const { heightPx, minPx, maxPx, onResize } = props;
  const drag = useRef<{ startY: number; startHeightPx: number } | null>(null);
  const clamp = (value: number) => Math.round(Math.min(maxPx, Math.max(minPx, value)));
  const keySteps: Record<string, number> = {
    ArrowUp: STEP_PX,
    ArrowDown: -STEP_PX,
    PageUp: STEP_PX * 4,
    PageDown: -STEP_PX * 4,
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot take focus or pointer drags; a focusable separator is ARIA's splitter.
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label={props.label}
      aria-valuenow={heightPx}
      aria-valuemin={minPx}
      aria-valuemax={maxPx}
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === 'Home') onResize(minPx);
        else if (event.key === 'End') onResize(maxPx);
        else if (event.key in keySteps) onResize(clamp(heightPx + (keySteps[event.key] ?? 0)));
        else return;
        event.preventDefault();
      }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startY: event.clientY, startHeightPx: heightPx };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (start) onResize(clamp(start.startHeightPx + start.startY - event.clientY));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
    />
  );
}
