import { type ReactNode, useEffect, useRef, useState } from 'react';
import { tl } from '../../core/i18n/layoutMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/**
 * The title bar's tools. On a wide screen they sit in the bar; on a tablet or a phone
 * (layout.css) they fold behind one "Tools" button, so the bar stays one line high, and the
 * menu closes once a tool is chosen or on Esc.
 */
export function TopbarMenu({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toolsRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const tools = toolsRef.current;
    if (!tools || !open) return;
    // Runs before React's handler opens the tool's dialog: the focus moves to the toggle first,
    // so the dialog, which gives the focus back to its opener, does not give it to a hidden button.
    const onClick = (event: MouseEvent) => {
      if (!(event.target as HTMLElement).closest('button')) return;
      toggleRef.current?.focus();
      setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      toggleRef.current?.focus();
      setOpen(false);
    };
    tools.addEventListener('click', onClick);
    tools.addEventListener('keydown', onKey);
    return () => {
      tools.removeEventListener('click', onClick);
      tools.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="topbar-menu">
      <button
        ref={toggleRef}
        type="button"
        className="tool-button menu-toggle"
        aria-expanded={open}
        aria-controls="topbar-tools"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰</span>{' '}
        <span className="menu-toggle-label">{tl(lang, 'tools')}</span>
      </button>
      <div id="topbar-tools" ref={toolsRef} className={open ? 'topbar-tools open' : 'topbar-tools'}>
        {children}
      </div>
    </div>
  );
}
