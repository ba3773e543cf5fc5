import { useEffect, useRef } from 'react';
import { ti } from '../../core/i18n/importMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { ImportTarget } from '../../core/import/import-target.ts';

/** The import calls a paste needs. */
interface PasteImporter {
  importFiles: (files: readonly File[], target: ImportTarget) => void;
  refuse: (fileName: string, message: string) => void;
}

/** Whether a paste belongs to a text field (the search box, a form) rather than to the map. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Pasted text as a file to import, or a refusal. The text readers (WKT among them) load with the
 * first paste of text, not with the app.
 */
async function importPastedText(
  text: string,
  fileName: string,
  lang: Lang,
  importer: PasteImporter,
): Promise<void> {
  const { pastedTextToGeoJson } = await import('../../core/formats/pasted-text.ts');
  const geojson = pastedTextToGeoJson(text);
  if (geojson === undefined) {
    importer.refuse(fileName, ti(lang, 'pasteNotGeo'));
    return;
  }
  const file = new File([geojson], fileName, { type: 'application/geo+json' });
  importer.importFiles([file], { kind: 'new' });
}

/**
 * Ctrl+V (⌘V) on the map imports what is pasted, like a dropped file, into a new layer:
 * copied files as they are, GeoJSON text (with the same findings as a file), WKT, or
 * coordinate pairs. Text that is none of these gets a message; a paste into a text field is
 * left alone.
 */
export function usePasteImport(
  lang: Lang,
  importer: PasteImporter,
  /** Why this tab may not import (it follows another, read-only), or null. */
  blockedReason: string | null = null,
): void {
  const latest = useRef({ lang, importer, blockedReason });
  latest.current = { lang, importer, blockedReason };
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      if (isTextField(event.target) || !event.clipboardData) return;
      const { lang, importer, blockedReason } = latest.current;
      const fileName = `${ti(lang, 'pastedName')}.geojson`;
      if (blockedReason) {
        event.preventDefault();
        importer.refuse(fileName, blockedReason);
        return;
      }
      const files = [...event.clipboardData.files];
      if (files.length > 0) {
        event.preventDefault();
        importer.importFiles(files, { kind: 'new' });
        return;
      }
      const text = event.clipboardData.getData('text/plain');
      if (!text.trim()) return;
      event.preventDefault();
      void importPastedText(text, fileName, lang, importer);
    };
    window.addEventListener('paste', paste);
    return () => window.removeEventListener('paste', paste);
  }, []);
}
