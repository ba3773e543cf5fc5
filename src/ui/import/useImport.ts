import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { TextEncoding } from '../../core/formats/types.ts';
import { landingFailedMessage, reasonOf } from '../../core/i18n/importFailureMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { FileShape } from '../../core/import/file-shape.ts';
import type { IdCollisionPolicy } from '../../core/import/id-collisions.ts';
import { idsWithout } from '../../core/import/ids-without.ts';
import type { FileImportOutcome } from '../../core/import/import-file.ts';
import type { Landing } from '../../core/import/import-patch.ts';
import type { ImportProgress, MapReadyLayer } from '../../core/import/import-protocol.ts';
import { type ImportTarget, NEW_LAYER_CHECK } from '../../core/import/import-target.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { queueAfter } from './importQueue.ts';
import { ImportWorkerClient } from './importWorkerClient.ts';

/** One earlier file of the same choice or drop, for its line in the report. */
export interface EarlierFile {
  outcome: FileImportOutcome;
  /** Where it landed (accepted and landed files). */
  landing?: Landing;
  /** Accepted, but the planner chose not to import it. */
  declined?: boolean;
  /** Its landing threw: the report's words for it (nothing of it landed). */
  failed?: string;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string; progress: ImportProgress; queued: number }
  /** Read and accepted, nothing landed: the planner chooses the layer (`confirm`) or not. */
  | {
      status: 'confirm';
      outcome: FileImportOutcome;
      earlier: EarlierFile[];
      shape: FileShape;
      queued: number;
      /** The features waiting (checked against the schema of an existing layer chosen). */
      features: readonly GeoJSON.Feature[];
    }
  | {
      status: 'finished';
      outcome: FileImportOutcome;
      earlier: EarlierFile[];
      target: ImportTarget;
      landing?: Landing;
      /** What the file holds (accepted files): which layers it may be moved to. */
      shape?: FileShape;
    }
  | {
      status: 'failed';
      fileName: string;
      message: string;
      /** The earlier files of the same choice or drop (a landing that threw). */
      earlier?: EarlierFile[];
    }
  | {
      status: 'cancelled';
      fileName: string;
      /** The planner declined this accepted file (rather than cancelling a read). */
      declined?: boolean;
      earlier?: EarlierFile[];
    };

/** How to read a file again after a refusal: the fixes the report offers, or another target. */
export interface RetryFix {
  sourceCrs?: CrsCode;
  swapAxes?: boolean;
  encoding?: TextEncoding;
  target?: ImportTarget;
  /** Ids already on the map: replace those features, or import copies with new ids. */
  idCollision?: IdCollisionPolicy;
}

interface Pending {
  target: ImportTarget;
  file: File;
  /** The landing this import replaces (a file moved to another layer). */
  replaces?: Landing;
  /** The planner chose what to do with ids already on the map (kept when the file is moved). */
  idCollision?: IdCollisionPolicy;
}

/** What the hook needs from the document. */
export interface ImportHost {
  /** The definition of a layer (registry or planner's) to check features against. */
  layerDef: (layerId: string) => LayerDef | undefined;
  /** Every top-level id on the map: an imported feature may not reuse one. */
  allIds: () => string[];
  /** The ids held by read-only layers: an import may not replace their features. */
  readOnlyIds?: () => string[];
  /** Puts accepted features where they go, as one patch; returns where they landed. */
  land: (
    target: ImportTarget,
    fileName: string,
    features: GeoJSON.Feature[],
    replaces?: Landing,
    /** The map's text of each new layer, made in the worker (imports into new layers). */
    mapData?: MapReadyLayer[],
    /** Whether the planner cancelled meanwhile: then nothing lands. */
    cancelled?: () => boolean,
    /** The features replace those with the same ids, wherever they are. */
    replacing?: boolean,
  ) => Promise<Landing | undefined>;
}

/**
 * A file's features checked for a new layer and sent to an existing one: its text values read
 * as that layer's numbers and booleans, as an import through the layer's own button does.
 */
async function convertedFor(
  into: ImportTarget,
  checkedFor: ImportTarget,
  outcome: FileImportOutcome,
  layerDef: ImportHost['layerDef'],
): Promise<GeoJSON.Feature[]> {
  if (into.kind !== 'layer' || checkedFor.kind !== 'new') return outcome.features;
  const layer = layerDef(into.layerId);
  if (!layer) return outcome.features;
  // The value readers load with the first file sent to an existing layer, not with the app.
  const { coerceTextValues } = await import('../../core/import/coerce-text-values.ts');
  return coerceTextValues(outcome.features, layer).features;
}

const STARTING: ImportProgress = { phase: 'read', done: 0, total: 0 };

/**
 * The planner's answer to an accepted file: a target, or not at all ("Do not import", the
 * report closed, or the file read again instead).
 */
type Answer = ImportTarget | 'discard' | 'dismiss' | 'quiet';

/** A file whose turn has come: what it is checked against, and how many wait behind it. */
interface Run {
  pending: Pending;
  /** The cancel generation it was queued in. */
  generation: number;
  queued: number;
  layer: LayerDef;
}

/** A file the worker read: its outcome, and what the report and the landing need of it. */
interface ReadResult {
  outcome: FileImportOutcome;
  /** The outcome without its features, for the report. */
  reported: FileImportOutcome;
  /** The map's text of each new layer, made in the worker. */
  mapData?: MapReadyLayer[];
  /** What an accepted file holds: which layers it may go to. */
  shape?: FileShape;
}

/** Parks the resolver where `answer` finds it, then shows the question. */
function waitForAnswer(
  slot: { current: ((answer: Answer) => void) | null },
  question: ImportState,
  show: (state: ImportState) => void,
): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    slot.current = resolve;
    show(question);
  });
}

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
  const earlierRef = useRef<EarlierFile[]>([]);
  // An accepted file waiting for the planner to choose its layer: nothing has landed yet.
  const answerRef = useRef<((answer: Answer) => void) | null>(null);
  const answer = useCallback((given: Answer) => {
    const resolve = answerRef.current;
    answerRef.current = null;
    resolve?.(given);
  }, []);

  /**
   * Takes a file off the queue and shows it being read: its layer to check against and the
   * files still waiting, or null when it was dropped by a cancel or has no layer (reported).
   */
  const begin = useCallback((pending: Pending, generation: number): Run | null => {
    if (generation !== generationRef.current) return null;
    const { file, target } = pending;
    const layer =
      target.kind === 'new' ? NEW_LAYER_CHECK : hostRef.current.layerDef(target.layerId);
    queuedRef.current -= 1;
    const queued = queuedRef.current;
    lastRef.current = { pending };
    if (!layer) {
      setState({ status: 'failed', fileName: file.name, message: `no layer to import into` });
      return null;
    }
    setState({ status: 'working', fileName: file.name, progress: STARTING, queued });
    return { pending, generation, queued, layer };
  }, []);

  /**
   * Reads, parses and checks the file in the worker, showing its progress: the outcome, or null
   * when the read was cancelled or failed (reported).
   */
  const read = useCallback(async (run: Run, fix: RetryFix): Promise<ReadResult | null> => {
    const { pending, generation, queued, layer } = run;
    const { file, target } = pending;
    clientRef.current ??= new ImportWorkerClient();
    const result = await clientRef.current.request(
      {
        file,
        fileName: file.name,
        layer,
        existingIds: idsWithout(hostRef.current.allIds(), pending.replaces),
        ...(hostRef.current.readOnlyIds && { readOnlyIds: hostRef.current.readOnlyIds() }),
        lang: langRef.current,
        ...(fix.sourceCrs && { sourceCrs: fix.sourceCrs }),
        ...(fix.swapAxes && { swapAxes: true }),
        ...(fix.encoding && { encoding: fix.encoding }),
        ...(pending.idCollision && { idCollision: pending.idCollision }),
        ...(target.kind === 'new' && { newLayerIdPrefix: 'user' }),
      },
      (progress) => {
        if (generation === generationRef.current)
          setState({ status: 'working', fileName: file.name, progress, queued });
      },
    );
    if (result.kind === 'cancelled') return null;
    if (result.kind === 'failure') {
      setState({ status: 'failed', fileName: file.name, message: result.message });
      return null;
    }
    const { outcome } = result;
    return {
      outcome,
      // The report keeps the findings, not the features (they now live in the layer).
      reported: { ...outcome, features: [] },
      ...(result.mapData && { mapData: result.mapData }),
      // Taken by the worker, where the features are: a pass here is a long task for a large file.
      ...(outcome.accepted && result.shape && { shape: result.shape }),
    };
  }, []);

  /**
   * Where the file goes: a drop or a paste waits for the planner's choice of layer; a file moved
   * or imported through a layer's own button has its layer already.
   */
  const chooseTarget = useCallback(
    (run: Run, result: ReadResult, earlier: EarlierFile[]): Promise<Answer> | Answer => {
      const { pending, queued } = run;
      const { reported: outcome, shape } = result;
      if (!shape || pending.target.kind !== 'new' || pending.replaces) return pending.target;
      return waitForAnswer(
        answerRef,
        { status: 'confirm', outcome, earlier, shape, queued, features: result.outcome.features },
        setState,
      );
    },
    [],
  );

  /**
   * Leaves out a file the planner declined, by its button or by closing the report: one line
   * among the others (the files after it still list it), or the report (not after a close).
   */
  const decline = useCallback(
    (fileName: string, result: ReadResult, earlier: EarlierFile[], closed: boolean) => {
      if (queuedRef.current > 0) {
        earlierRef.current.push({ outcome: result.reported, declined: true });
        return;
      }
      earlierRef.current = [];
      if (!closed) setState({ status: 'cancelled', fileName, declined: true, earlier });
    },
    [],
  );

  /**
   * Lands an accepted file in `into` (one patch) and reports it: in full when it is the last
   * file, else as one line of the report to come. A cancel while landing lands nothing.
   */
  const land = useCallback(async (run: Run, result: ReadResult, into: ImportTarget) => {
    const { pending, generation } = run;
    const { outcome, reported, shape } = result;
    // The worker's map text is made for new layers only.
    const mapData = into.kind === 'new' ? result.mapData : undefined;
    const landing = outcome.accepted
      ? await hostRef.current.land(
          into,
          pending.file.name,
          await convertedFor(into, pending.target, outcome, hostRef.current.layerDef),
          pending.replaces,
          mapData,
          () => generation !== generationRef.current,
          pending.idCollision === 'replace',
        )
      : undefined;
    // Cancelled while landing: nothing landed, and the report already says so.
    if (generation !== generationRef.current) return;
    lastRef.current = landing ? { pending: { ...pending, target: into }, landing } : { pending };
    if (queuedRef.current > 0) {
      earlierRef.current.push({ outcome: reported, ...(landing && { landing }) });
      return;
    }
    setState({
      status: 'finished',
      outcome: reported,
      earlier: earlierRef.current,
      target: into,
      ...(landing && { landing }),
      ...(shape && { shape }),
    });
    earlierRef.current = [];
  }, []);

  /** One file's turn: begin, read, choose its layer, then land it or leave it out. */
  const runOne = useCallback(
    async (pending: Pending, fix: RetryFix, generation: number) => {
      const run = begin(pending, generation);
      if (!run) return;
      const result = await read(run, fix);
      if (!result) return;
      const earlier = earlierRef.current;
      const given = await chooseTarget(run, result, earlier);
      if (given === 'quiet') return;
      if (given === 'discard' || given === 'dismiss')
        return decline(pending.file.name, result, earlier, given === 'dismiss');
      await land(run, result, given);
    },
    [begin, read, chooseTarget, decline, land],
  );

  /**
   * Reports a file whose turn threw (its landing's patch no longer applies, say): nothing of it
   * landed, the store changes nothing on a failed patch, and the files after it go on. One line
   * among the others when files wait, else the report; nothing after a cancel.
   */
  const fail = useCallback((pending: Pending, generation: number, error: unknown) => {
    if (generation !== generationRef.current) return;
    const fileName = pending.file.name;
    const message = landingFailedMessage(langRef.current, fileName, reasonOf(error));
    lastRef.current = { pending };
    if (queuedRef.current > 0) {
      const layerId = pending.target.kind === 'layer' ? pending.target.layerId : '';
      const outcome: FileImportOutcome = {
        fileName,
        layerId,
        accepted: false,
        features: [],
        featureCount: 0,
        errors: [],
        warnings: [],
        omittedCount: 0,
        sourceCrs: 'EPSG:4326',
      };
      earlierRef.current.push({ outcome, failed: message });
      return;
    }
    setState({ status: 'failed', fileName, message, earlier: earlierRef.current });
    earlierRef.current = [];
  }, []);

  const enqueue = useCallback(
    (pending: Pending, fix: RetryFix = {}) => {
      queuedRef.current += 1;
      const generation = generationRef.current;
      queueRef.current = queueAfter(
        queueRef.current,
        () => runOne(pending, fix, generation),
        (error) => fail(pending, generation, error),
      );
      return queueRef.current;
    },
    [runOne, fail],
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
      // A file waiting for its layer is read again instead (another encoding or system).
      answer('quiet');
      const target = fix.target ?? last.pending.target;
      const { file } = last.pending;
      const idCollision = fix.idCollision ?? last.pending.idCollision;
      const pending: Pending = {
        target,
        file,
        ...(last.landing && { replaces: last.landing }),
        ...(idCollision && { idCollision }),
      };
      void enqueue(pending, fix);
    },
    [enqueue, answer],
  );

  const retryAs = useCallback((sourceCrs: CrsCode) => retryWith({ sourceCrs }), [retryWith]);

  /** Stops the file being read and drops those waiting; the layers stay as they were. */
  const cancel = useCallback(() => {
    generationRef.current += 1;
    queuedRef.current = 0;
    const earlier = earlierRef.current;
    earlierRef.current = [];
    clientRef.current?.cancel();
    answer('quiet');
    setState((current) => {
      if (current.status === 'working') return { status: 'cancelled', fileName: current.fileName };
      // Cancelled while choosing its layer: declined, like "Do not import", the lines kept.
      if (current.status === 'confirm')
        return { status: 'cancelled', fileName: current.outcome.fileName, declined: true, earlier };
      return current;
    });
  }, [answer]);

  /** Lands the file waiting for its layer in the target chosen, or leaves it out. */
  const confirm = useCallback(
    (target: ImportTarget | null) => answer(target ?? 'discard'),
    [answer],
  );

  /** Reports something refused before any reading (pasted text that is no geometry). */
  const refuse = useCallback(
    (fileName: string, message: string) => setState({ status: 'failed', fileName, message }),
    [],
  );

  /**
   * Closes the report; a file still waiting for its layer does not land, and the files after
   * it list it as declined.
   */
  const dismiss = useCallback(() => {
    answer('dismiss');
    setState({ status: 'idle' });
  }, [answer]);
  return { state, importFiles, retryAs, retryWith, cancel, confirm, refuse, dismiss };
}
