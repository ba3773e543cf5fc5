import { useState } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { ignoredNote } from '../../core/url/ignored-note.ts';
import type { IgnoredLinkPart } from '../hooks/useMapLink.ts';
import './share.css';

/** The short note saying what an opened link held that could not be used. Text, never markup. */
export function LinkNote({ lang, parts }: { lang: Lang; parts: readonly IgnoredLinkPart[] }) {
  const [dismissedCount, setDismissedCount] = useState(0);
  if (parts.length === 0 || parts.length === dismissedCount) return null;
  return (
    <div className="link-note" role="status" data-testid="link-note">
      <span>{ignoredNote(lang, parts)}</span>
      <button
        type="button"
        className="close"
        aria-label={t(lang, 'close')}
        onClick={() => setDismissedCount(parts.length)}
      >
        ×
      </button>
    </div>
  );
}
