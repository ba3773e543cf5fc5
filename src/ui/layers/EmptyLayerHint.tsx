import type { Lang } from '../../core/i18n/messages.ts';
import { ImportButton } from '../import/ImportButton.tsx';

/**
 * Under an empty layer: why it is empty and what would fill it, with the layer's own "Import
 * file…" button right there (the other one is folded behind the row's "⋯").
 */
export function EmptyLayerHint(props: {
  lang: Lang;
  hint: string;
  layerTitle: string;
  disabledReason: string | null;
  onFile: (file: File) => void;
}) {
  return (
    <div className="layer-empty">
      <p>{props.hint}</p>
      <ImportButton
        lang={props.lang}
        layerTitle={props.layerTitle}
        disabledReason={props.disabledReason}
        onFile={props.onFile}
        testId="empty-import-input"
      />
    </div>
  );
}
