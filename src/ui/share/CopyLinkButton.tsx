import { useState } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { EditsLeftOutNote } from './EditsLeftOutNote.tsx';

/**
 * "Copy link": the page's address, which holds the whole map (query) and its camera (`#map=`).
 * Without clipboard permission (plain http) the link is shown, selected, to copy by hand. A link
 * carries no features, so when this browser holds edits the note beside it says what the
 * receiver will not see and how to share it.
 */
export function CopyLinkButton({
  lang,
  editsLeftOut = () => [],
}: {
  lang: Lang;
  /** The note's paragraphs for the edits a link cannot carry; empty when there are none. */
  editsLeftOut?: () => string[];
}) {
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  const [noteShown, setNoteShown] = useState(false);
  const copy = async () => {
    const link = window.location.href;
    setNoteShown(editsLeftOut().length > 0);
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState({ manual: link });
    }
  };
  return (
    <>
      <button
        type="button"
        className="tool-button"
        onClick={copy}
        onBlur={() => state === 'copied' && setState('idle')}
      >
        {state === 'copied' ? t(lang, 'linkCopied') : t(lang, 'copyLink')}
      </button>
      {typeof state === 'object' && (
        <input
          className="copy-link-manual"
          aria-label={t(lang, 'copyLink')}
          readOnly
          value={state.manual}
          // biome-ignore lint/a11y/noAutofocus: the link must be selected for Ctrl+C right away.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => setState('idle')}
        />
      )}
      {noteShown && (
        <EditsLeftOutNote
          lang={lang}
          paragraphs={editsLeftOut()}
          onClose={() => setNoteShown(false)}
        />
      )}
    </>
  );
}
