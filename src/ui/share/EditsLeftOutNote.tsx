import { createPortal } from 'react-dom';
import { type Lang, t } from '../../core/i18n/messages.ts';
import './share.css';

/**
 * Beside a copied link: the edits in this browser its receiver will not see, and how to share
 * them. In the page's body, so it stays in view when a small screen folds the top bar's tools.
 */
export function EditsLeftOutNote(props: {
  lang: Lang;
  /** The intro, one line per layer, then how to share (`editsLeftOutNote`). */
  paragraphs: readonly string[];
  onClose: () => void;
}) {
  const { lang, paragraphs } = props;
  if (paragraphs.length === 0) return null;
  const [intro, ...rest] = paragraphs;
  const howTo = rest.pop();
  return createPortal(
    <div className="link-leaves-out" role="note" data-testid="link-leaves-out" lang={lang}>
      <button type="button" className="close" aria-label={t(lang, 'close')} onClick={props.onClose}>
        ×
      </button>
      <p>{intro}</p>
      <ul>
        {rest.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{howTo}</p>
    </div>,
    document.body,
  );
}
