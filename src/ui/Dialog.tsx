import { type ReactNode, useEffect, useId } from 'react';
import { type Lang, t } from '../core/i18n/messages.ts';

/** A modal panel over the map with a title and a close button; Esc closes it too. */
export function Dialog(props: {
  lang: Lang;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const { onClose } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dialog-backdrop">
      <section className="panel dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
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
