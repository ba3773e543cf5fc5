import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { TextEncoding } from '../../core/formats/types.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { FileImportOutcome } from '../../core/import/import-file.ts';
import type { ImportRequest, ImportResponse } from '../../core/import/import-protocol.ts';
import type { UserLayerDef } from '../../core/layers/userLayer.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'checking'; fileName: string; layerId: string }
  | { status: 'finished'; outcome: FileImportOutcome; earlier: FileImportOutcome[] }
  | { status: 'failed'; fileName: string; message: string };

/** How to read a file again after a refusal: the fixes the report offers. */
export interface RetryFix {
  sourceCrs?: CrsCode;
  swapAxes?: boolean;
  encoding?: TextEncoding;
}

interface Pending {
  layerId: string;
  file: File;
}

/**
 * Imports files into layers: read, parsed and validated in a worker, one file after another;
 * each accepted file's features are handed to `onAccepted`, and a rejected file changes
 * nothing. The report shows the last file in full and the earlier ones of the same choice or
 * drop in one line each.
 * Findings are worded in `lang`, the UI's language when the file is read.
 */
export function useImport(
  onAccepted: (layerId: string, features: GeoJSON.Feature[]) => void,
  lang: Lang = 'en',
  /** A planner's own layer by id (the worker is sent its definition). */
  userLayerOf: (layerId: string) => UserLayerDef | undefined = () => undefined,
) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const requestRef = useRef(0);
  // Replies are matched to their request, so files queued one after another never mix.
  const waitingRef = useRef(new Map<number, (response: ImportResponse) => void>());
  const acceptedRef = useRef(onAccepted);
  acceptedRef.current = onAccepted;
  const langRef = useRef(lang);
  langRef.current = lang;
  const userLayerRef = useRef(userLayerOf);
  userLayerRef.current = userLayerOf;

  useEffect(() => () => workerRef.current?.terminate(), []);

  const worker = useCallback(() => {
    if (workerRef.current) return workerRef.current;
    const created = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'giapranh-import',
    });
    created.onmessage = (event: MessageEvent<ImportResponse>) => {
      const resolve = waitingRef.current.get(event.data.requestId);
      waitingRef.current.delete(event.data.requestId);
      resolve?.(event.data);
    };
    workerRef.current = created;
    return created;
  }, []);

  // The last file, so a rejected import can be read again with a fix.
  const lastRef = useRef<{ pending: Pending; existingIds: string[] } | null>(null);
  // Files are read one after another: a choice of several files, or several drops, queue up.
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const queuedRef = useRef(0);
  const earlierRef = useRef<FileImportOutcome[]>([]);
  const addedIdsRef = useRef(new Set<string>());

  const request = useCallback(
    async (pending: Pending, ids: readonly string[], fix: RetryFix): Promise<ImportResponse> => {
      requestRef.current += 1;
      const requestId = requestRef.current;
      let bytes: ArrayBuffer;
      try {
        bytes = await pending.file.arrayBuffer();
      } catch (error) {
        return { requestId, failure: `${pending.file.name}: ${(error as Error).message}` };
      }
      const userLayer = userLayerRef.current(pending.layerId);
      const message: ImportRequest = {
        requestId,
        bytes,
        fileName: pending.file.name,
        layerId: pending.layerId,
        existingIds: [...ids],
        lang: langRef.current,
        ...(userLayer && { userLayer }),
        ...(fix.sourceCrs && { sourceCrs: fix.sourceCrs }),
        ...(fix.swapAxes && { swapAxes: true }),
        ...(fix.encoding && { encoding: fix.encoding }),
      };
      return new Promise<ImportResponse>((resolve) => {
        waitingRef.current.set(requestId, resolve);
        worker().postMessage(message, [bytes]);
      });
    },
    [worker],
  );

  const runOne = useCallback(
    async (pending: Pending, existingIds: readonly string[], fix: RetryFix) => {
      const ids = [...new Set([...existingIds, ...addedIdsRef.current])];
      lastRef.current = { pending, existingIds: ids };
      setState({ status: 'checking', fileName: pending.file.name, layerId: pending.layerId });
      const response = await request(pending, ids, fix);
      queuedRef.current -= 1;
      const more = queuedRef.current > 0;
      if ('failure' in response) {
        setState({ status: 'failed', fileName: pending.file.name, message: response.failure });
        return;
      }
      const { outcome } = response;
      if (outcome.accepted) {
        acceptedRef.current(outcome.layerId, outcome.features);
        for (const f of outcome.features)
          if (f.id !== undefined) addedIdsRef.current.add(String(f.id));
      }
      // The report keeps the findings, not the features (they now live in the layer).
      const reported = { ...outcome, features: [] };
      if (more) {
        earlierRef.current.push(reported);
        return;
      }
      setState({ status: 'finished', outcome: reported, earlier: earlierRef.current });
      earlierRef.current = [];
      addedIdsRef.current = new Set();
    },
    [request],
  );

  const enqueue = useCallback(
    (pending: Pending, existingIds: string[], fix: RetryFix = {}) => {
      queuedRef.current += 1;
      queueRef.current = queueRef.current.then(() => runOne(pending, existingIds, fix));
      return queueRef.current;
    },
    [runOne],
  );

  /** Imports a file into a layer; called for several files, they are read in turn. */
  const importFile = useCallback(
    (layerId: string, file: File, existingIds: string[], sourceCrs?: CrsCode) =>
      enqueue({ layerId, file }, existingIds, sourceCrs ? { sourceCrs } : {}),
    [enqueue],
  );

  const retryWith = useCallback(
    (fix: RetryFix) => {
      const last = lastRef.current;
      if (last) void enqueue(last.pending, last.existingIds, fix);
    },
    [enqueue],
  );

  const retryAs = useCallback((sourceCrs: CrsCode) => retryWith({ sourceCrs }), [retryWith]);

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, importFile, retryAs, retryWith, dismiss };
}
