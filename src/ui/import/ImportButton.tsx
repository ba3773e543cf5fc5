import { useRef } from 'react';
import { IMPORT_EXTENSIONS } from '../../core/formats/import-extensions.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { t } from '../../core/i18n/messages.ts';

/** Every format the import reads (core/formats), for the file picker. */
const IMPORT_ACCEPT = [...IMPORT_EXTENSIONS, 'application/geo+json', 'application/json'].join(',');

/**
 * "Import file…": a button that opens the file chooser for every format the import reads; the
 * files chosen go into the layer. Off, saying why, in a tab that may not import.
 */
export function ImportButton({
  lang,
  layerTitle,
  disabledReason,
  onFile,
  testId = 'import-input',
}: {
  lang: Lang;
  layerTitle: string;
  /** Set when this tab may not import: the controls are off and say why. */
  disabledReason: string | null;
  onFile: (file: File) => void;
  /** The file input's test id (a layer's hint has a button of its own). */
  testId?: string;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="layer-import">
      <button
        type="button"
        className="link"
        onClick={() => inputRef.current?.click()}
        aria-label={`${t(lang, 'importFile')} ${layerTitle}`}
        disabled={disabledReason !== null}
        title={disabledReason ?? undefined}
        aria-describedby={disabledReason ? 'import-disabled-reason' : undefined}
      >
        {t(lang, 'importFile')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        disabled={disabledReason !== null}
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so the same file can be chosen again after fixing it.
          event.target.value = '';
          for (const file of files) onFile(file);
        }}
      />
    </div>
  );
}
