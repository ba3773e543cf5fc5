import { type ReactNode, useRef, useState } from 'react';
import { tl } from '../../core/i18n/layoutMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import './inspectorSheet.css';

/** How the sheet is shown: its title only, or as much as the map leaves. */
export type SheetState = 'peek' | 'open';

/** A drag shorter than this (CSS px) is a tap: it toggles instead. */
const DRAG_MIN_PX = 24;

/**
 * The inspector's frame. On a phone it is a bottom sheet under the map with a handle: drag it
 * down to a peek (the title alone), up to open, or tap it; the map keeps at least 45 % of the
 * screen either way and MapLibre follows its container's size. Elsewhere the frame draws
 * nothing and the handle is hidden (inspectorSheet.css): the inspector floats on the map.
 */
export function InspectorSheet({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [state, setState] = useState<SheetState>('open');
  const dragFromY = useRef<number | null>(null);
  const dragged = useRef(false);

  const onPointerDown = (event: React.PointerEvent<HTMLButtonElement>) => {
    dragFromY.current = event.clientY;
    dragged.current = false;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerUp = (event: React.PointerEvent<HTMLButtonElement>) => {
    const from = dragFromY.current;
    dragFromY.current = null;
    if (from === null) return;
    const dy = event.clientY - from;
    if (Math.abs(dy) < DRAG_MIN_PX) return;
    // A drag, not a tap: the click that follows must not toggle it back.
    dragged.current = true;
    setState(dy > 0 ? 'peek' : 'open');
  };
  const onClick = () => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    setState(state === 'open' ? 'peek' : 'open');
  };

  return (
    <div className="inspector-sheet" data-sheet={state}>
      <button
        type="button"
        className="inspector-sheet-handle"
        aria-label={tl(lang, 'sheetHandle')}
        aria-expanded={state === 'open'}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          dragFromY.current = null;
        }}
        onClick={onClick}
      />
      {children}
    </div>
  );
}
