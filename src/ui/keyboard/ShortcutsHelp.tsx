import { type ReactNode, useEffect, useState } from 'react';
import { type FindingMessageKey, tf } from '../../core/i18n/finding-messages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { Dialog } from '../Dialog.tsx';

/** The app's shortcuts: keys and what they do. The editor adds its own rows through `extra`. */
const SHORTCUTS: { keys: string[]; action: FindingMessageKey }[] = [
  { keys: ['/', 'Ctrl+K'], action: 'shortcutSearch' },
  { keys: ['L'], action: 'shortcutLayers' },
  { keys: ['M'], action: 'shortcutAnalysis' },
  { keys: ['Esc'], action: 'shortcutClose' },
  { keys: ['?'], action: 'shortcutHelp' },
];

function isTyping(target: EventTarget | null): boolean {
  return !!(target as HTMLElement | null)?.closest?.(
    'input, textarea, select, [contenteditable="true"]',
  );
}

/**
 * Single-key shortcuts (never while typing in a field) and the help panel `?` opens.
 * `onPanel` switches the sidebar tab; `extra` is where the editor lists draw and undo keys.
 */
export function ShortcutsHelp({
  lang,
  onPanel,
  extra,
}: {
  lang: Lang;
  onPanel: (panel: 'layers' | 'analysis') => void;
  extra?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      if (event.key === '?') setOpen(true);
      else if (event.key === 'l' || event.key === 'L') onPanel('layers');
      else if (event.key === 'm' || event.key === 'M') onPanel('analysis');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPanel]);
  if (!open) return null;
  return (
    <Dialog lang={lang} title={tf(lang, 'shortcuts')} onClose={() => setOpen(false)}>
      <table className="shortcuts" data-testid="shortcuts">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <th scope="row">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' / '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{tf(lang, shortcut.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {extra ?? <p className="shortcuts-note">{tf(lang, 'shortcutEditor')}</p>}
    </Dialog>
  );
}
