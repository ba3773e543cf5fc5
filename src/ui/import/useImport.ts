import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { TextEncoding } from '../../core/formats/types.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { FileImportOutcome } from '../../core/import/import-file.ts';
import type { Landing } from '../../core/import/import-patch.ts';
import type { ImportProgress } from '../../core/import/import-protocol.ts';
import { type ImportTarget, NEW_LAYER_CHECK } from '../../core/import/import-target.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { ImportWorkerClient } from './importWorkerClient.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string; progress: ImportProgress; queued: number }
  | {
      status: 'finished';
      outcome: FileImportOutcome;
      earlier: FileImportOutcome[];
      target: ImportTarget;
      landing?: Landing;
    }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string };

/** How to read a file again after a refusal: the fixes the report offers, or another target. */
export interface RetryFix {
  sourceCrs?: CrsCode;
  swapAxes?: boolean;
  encoding?: TextEncoding;
  target?: ImportTarget;
}

interface Pending {
  target: ImportTarget;
  file: File;
  /** The landing this import replaces (a file moved to another layer). */
  replaces?: Landing;
}

/** What the hook needs from the document. */
export interface ImportHost {
  /** The definition of a layer (registry or planner's) to check features against. */
  layerDef: (layerId: string) => LayerDef | undefined;
  /** Every top-level id on the map: an imported feature may not reuse one. */
  allIds: () => string[];
  /** Puts accepted features where they go, as one patch; returns where they landed. */
  land: (
    target: ImportTarget,
    fileName: string,
    features: GeoJSON.Feature[],
    replaces?: Landing,
    /** The map's text of each new layer, made in the worker (imports into new layers). */
    mapData?: Blob[][],
    /** Whether the planner cancelled meanwhile: then nothing lands. */
    cancelled?: () => boolean,
  ) => Promise<Landing | undefined>;
}

/** The ids on the map, but for those of a landing being replaced (they leave in the same patch). */
function idsOutside(ids: string[], replaces: Landing | undefined): string[] {
  if (!replaces) return ids;
  const leaving = new Set(replaces.layers.flatMap((layer) => layer.keys));
  return ids.filter((id) => !leaving.has(id));
}

const STARTING: ImportProgress = { phase: 'read', done: 0, total: 0 };

/**
 * Imports files into layers: read (in chunks, with progress), parsed and validated in a
 * worker, one file after another; each accepted file lands through `host.land` (one patch),
 * and a rejected or cancelled file changes nothing. `cancel` stops the file being read and
 * drops the files waiting. The report shows the last file in full and the earlier ones of the
 * same choice or drop in one line each. Findings are worded in `lang`.
 */
export function useImport(host: ImportHost, lang: Lang = 'en') {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const clientRef = useRef<ImportWorkerClient | null>(null);
  const hostRef = useRef(host);
  hostRef.current = host;
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => () => clientRef.current?.dispose(), []);

  // The last file, so a rejected import can be read again with a fix, or moved.
  const lastRef = useRef<{ pending: Pending; landing?: Landing } | null>(null);
  // Files are read one after another: a choice of several files, or several drops, queue up.
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const queuedRef = useRef(0);
  // Bumped by cancel: files queued before it are dropped when their turn comes.
  const generationRef = useRef(0);
  const earlierRef = useRef<FileImportOutcome[]>([]);

  const runOne = useCallback(async (pending: Pending, fix: RetryFix, generation: number) => {
    if (generation !== generationRef.current) return;
    const { file, target } = pending;
    const layer =
      target.kind === 'new' ? NEW_LAYER_CHECK : hostRef.current.layerDef(target.layerId);
    queuedRef.current -= 1;
    const queued = queuedRef.current;
    lastRef.current = { pending };
    if (!layer) {
      setState({ status: 'failed', fileName: file.name, message: `no layer to import into` });
      return;
    }
    setState({ status: 'working', fileName: file.name, progress: STARTING, queued });
    clientRef.current ??= new ImportWorkerClient();
    const result = await clientRef.current.request(
      {
        file,
        fileName: file.name,
        layer,
        existingIds: idsOutside(hostRef.current.allIds(), pending.replaces),
        lang: langRef.current,
        ...(fix.sourceCrs && { sourceCrs: fix.sourceCrs }),
        ...(fix.swapAxes && { swapAxes: true }),
        ...(fix.encoding && { encoding: fix.encoding }),
        ...(target.kind === 'new' && { newLayerIdPrefix: 'user' }),
      },
      (progress) => {
        if (generation === generationRef.current)
          setState({ status: 'working', fileName: file.name, progress, queued });
      },
    );
    if (result.kind === 'cancelled') return;
    if (result.kind === 'failure') {
      setState({ status: 'failed', fileName: file.name, message: result.message });
      return;
    }
    const { outcome } = result;
    const landing = outcome.accepted
      ? await hostRef.current.land(
          target,
          file.name,
          outcome.features,
          pending.replaces,
          result.mapData,
          () => generation !== generationRef.current,
        )
      : undefined;
    // Cancelled while landing: nothing landed, and the report already says so.
    if (generation !== generationRef.current) return;
    lastRef.current = landing ? { pending, landing } : { pending };
    // The report keeps the findings, not the features (they now live in the layer).
    const reported = { ...outcome, features: [] };
    if (queuedRef.current > 0) {
      earlierRef.current.push(reported);
      return;
    }
    setState({
      status: 'finished',
      outcome: reported,
      earlier: earlierRef.current,
      target,
      ...(landing && { landing }),
    });
    earlierRef.current = [];
  }, []);

  const enqueue = useCallback(
    (pending: Pending, fix: RetryFix = {}) => {
      queuedRef.current += 1;
      const generation = generationRef.current;
      queueRef.current = queueRef.current.then(() => runOne(pending, fix, generation));
      return queueRef.current;
    },
    [runOne],
  );

  /** Imports files into a target; each is read in turn, each new layer its own. */
  const importFiles = useCallback(
    (files: readonly File[], target: ImportTarget, sourceCrs?: CrsCode) => {
      for (const file of files) void enqueue({ target, file }, sourceCrs ? { sourceCrs } : {});
    },
    [enqueue],
  );

  /** Reads the last file again with a fix; with a target, moves it there (one patch). */
  const retryWith = useCallback(
    (fix: RetryFix) => {
      const last = lastRef.current;
      if (!last) return;
      const target = fix.target ?? last.pending.target;
      const { file } = last.pending;
      const pending: Pending = last.landing
        ? { target, file, replaces: last.landing }
        : { target, file };
      void enqueue(pending, fix);
    },
    [enqueue],
  );

  const retryAs = useCallback((sourceCrs: CrsCode) => retryWith({ sourceCrs }), [retryWith]);

  /** Stops the file being read and drops those waiting; the layers stay as they were. */
  const cancel = useCallback(() => {
    generationRef.current += 1;
    queuedRef.current = 0;
    earlierRef.current = [];
    clientRef.current?.cancel();
    setState((current) =>
      current.status === 'working' ? { status: 'cancelled', fileName: current.fileName } : current,
    );
  }, []);

  /** Reports something refused before any reading (pasted text that is no geometry). */
  const refuse = useCallback(
    (fileName: string, message: string) => setState({ status: 'failed', fileName, message }),
    [],
  );

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, importFiles, retryAs, retryWith, cancel, refuse, dismiss };
}
