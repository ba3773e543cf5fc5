import { type KeyboardEvent, useCallback, useId, useRef, useState } from 'react';

/** What a disclosure gives its toggle button and the panel it shows and hides. */
export interface Disclosure {
  open: boolean;
  setOpen: (open: boolean) => void;
  buttonProps: {
    ref: React.RefObject<HTMLButtonElement | null>;
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
  };
  panelProps: {
    id: string;
    hidden: boolean;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
}

/**
 * A button that shows and hides a panel (the WAI-ARIA disclosure pattern). Esc inside the
 * panel closes it and gives the focus back to the button, so the keyboard never lands on a
 * hidden control. The panel stays mounted while hidden: what was typed in it is kept.
 */
export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLButtonElement>(null);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // One Esc closes one thing: the panel, not also the inspector or the selection.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    ref.current?.focus();
  }, []);
  return {
    open,
    setOpen,
    buttonProps: {
      ref,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((was) => !was),
    },
    panelProps: { id, hidden: !open, onKeyDown },
  };
}
