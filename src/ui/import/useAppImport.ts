import { type ComponentProps, useCallback, useMemo, useState } from 'react';
import type { DocumentStore } from '../../core/document/store.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { tw } from '../../core/i18n/workspaceMessages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { WorkspaceStatus } from '../../editor/workspace/connectWorkspace.ts';
import type { ImportReport } from './ImportReport.tsx';
import { useFileDrop } from './useFileDrop.ts';
import { useImport } from './useImport.ts';
import { useImportHost } from './useImportHost.ts';
import { usePasteImport } from './usePasteImport.ts';

/** What the app's import wiring needs from the document and the page. */
export interface AppImportInputs {
  store: DocumentStore | null;
  layerDef: (layerId: string) => LayerDef | undefined;
  allIds: () => string[];
  lang: Lang;
  workspace: WorkspaceStatus;
  /** Every layer, top-most first: the layers a file may be moved to. */
  panelOrder: readonly LayerDef[];
}

/**
 * The app's ways in for files: a layer's own import button, files dropped on the map and text
 * pasted on it (those land in new layers named after them, each file its own; the report offers
 * to move them into an existing layer). A tab that follows another (read-only) imports nothing:
 * its controls and drops say why.
 */
export function useAppImport({
  store,
  layerDef,
  allIds,
  lang,
  workspace,
  panelOrder,
}: AppImportInputs) {
  const importHost = useImportHost({ store, layerDef, allIds, lang });
  const importer = useImport(importHost, lang);
  const { importFiles } = importer;
  const onImport = useCallback(
    (layerId: string, file: File) => importFiles([file], { kind: 'layer', layerId }),
    [importFiles],
  );
  const blockedReason = workspace.kind === 'following' ? tw(lang, 'importReadOnly') : null;
  const [dropRefused, setDropRefused] = useState(false);
  useFileDrop((files) => {
    if (blockedReason) return setDropRefused(true);
    importFiles(files, { kind: 'new' });
  });
  usePasteImport(lang, importer, blockedReason);
  const targets = useMemo(
    () =>
      panelOrder
        // Read-only layers too: the choice lists them disabled, saying why.
        .map((layer) => ({ id: layer.id, title: layer.title[lang], layer })),
    [panelOrder, lang],
  );
  const layerTitle = useCallback((id: string) => layerDef(id)?.title[lang] ?? id, [layerDef, lang]);
  /** The props of the import report, for `<ImportReport {...report} />`. */
  const report: ComponentProps<typeof ImportReport> = {
    lang,
    state: importer.state,
    onDismiss: importer.dismiss,
    onRetry: importer.retryAs,
    onRetryWith: importer.retryWith,
    onCancel: importer.cancel,
    onConfirm: importer.confirm,
    targets,
    layerTitle,
  };
  return { onImport, blockedReason, dropRefused: dropRefused && blockedReason !== null, report };
}
