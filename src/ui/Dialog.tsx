import { type ReactNode, useEffect, useId, useRef } from 'react';
import { type Lang, t } from '../core/i18n/messages.ts';
import { useFocusTrap } from './hooks/useFocusTrap.ts';

/**
 * A modal panel over the map with a title and a close button; Esc closes it too. It takes the
 * focus, keeps Tab inside and gives the focus back on closing (useFocusTrap).
 */
export function Dialog(props: {
  lang: Lang;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const boxRef = useRef<HTMLElement>(null);
  useFocusTrap(boxRef);
  const { onClose } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dialog-backdrop">
      <section
        ref={boxRef}
        tabIndex={-1}
        className="panel dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <header>
          <h2 id={titleId}>{props.title}</h2>
          <button
            type="button"
            className="close"
            onClick={onClose}
            aria-label={t(props.lang, 'close')}
          >
            ×
          </button>
        </header>
        {props.children}
      </section>
    </div>
  );
}
