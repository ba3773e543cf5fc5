import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { ImportOutcome } from '../../core/import/import-features.ts';
import type { ImportRequest, ImportResponse } from '../../core/import/import-protocol.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'checking'; fileName: string; layerId: string }
  | { status: 'finished'; outcome: ImportOutcome }
  | { status: 'failed'; fileName: string; message: string };

/**
 * Imports files into layers: read, parsed and validated in a worker; accepted features are
 * handed to `onAccepted`, and nothing is changed when the file is rejected. Findings are worded
 * in `lang`, the UI's language when the file is read.
 */
export function useImport(
  onAccepted: (layerId: string, features: GeoJSON.Feature[]) => void,
  lang: Lang = 'en',
) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const requestRef = useRef(0);
  const acceptedRef = useRef(onAccepted);
  acceptedRef.current = onAccepted;
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => () => workerRef.current?.terminate(), []);

  const worker = useCallback(() => {
    if (workerRef.current) return workerRef.current;
    const created = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'giapranh-import',
    });
    created.onmessage = (event: MessageEvent<ImportResponse>) => {
      const response = event.data;
      if (response.requestId !== requestRef.current) return;
      if ('failure' in response) {
        setState({ status: 'failed', fileName: '', message: response.failure });
        return;
      }
      if (response.outcome.accepted) {
        acceptedRef.current(response.outcome.layerId, response.outcome.features);
      }
      // The report keeps the findings, not the features (they now live in the layer).
      setState({ status: 'finished', outcome: { ...response.outcome, features: [] } });
    };
    workerRef.current = created;
    return created;
  }, []);

  // The last file, so a rejected import can be read again in another coordinate system.
  const lastRef = useRef<{ layerId: string; file: File; existingIds: string[] } | null>(null);

  const importFile = useCallback(
    async (layerId: string, file: File, existingIds: string[], sourceCrs?: CrsCode) => {
      lastRef.current = { layerId, file, existingIds };
      requestRef.current += 1;
      const requestId = requestRef.current;
      setState({ status: 'checking', fileName: file.name, layerId });
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        setState({ status: 'failed', fileName: file.name, message: (error as Error).message });
        return;
      }
      const request: ImportRequest = {
        requestId,
        bytes,
        fileName: file.name,
        layerId,
        existingIds,
        lang: langRef.current,
        ...(sourceCrs && { sourceCrs }),
      };
      worker().postMessage(request, [bytes]);
    },
    [worker],
  );

  const retryAs = useCallback(
    (sourceCrs: CrsCode) => {
      const last = lastRef.current;
      if (last) void importFile(last.layerId, last.file, last.existingIds, sourceCrs);
    },
    [importFile],
  );

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, importFile, retryAs, dismiss };
}
