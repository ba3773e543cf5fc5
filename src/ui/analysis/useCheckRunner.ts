import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckSpec } from '../../core/checks/check-spec.ts';
import type { LayerData } from '../../core/checks/resolve-input.ts';
import type { ResultTable } from '../../core/checks/result-table.ts';
import { type ExportableOutcome, ResultAssembler } from '../../core/checks/transfer.ts';
import { type FromWorker, specLayerIds, type ToWorker } from '../../core/checks/worker-protocol.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { shipLayer } from './shipLayer.ts';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; title: string; done: number; total: number }
  | {
      status: 'done';
      title: string;
      spec: CheckSpec;
      outcome: ExportableOutcome;
      table: ResultTable;
      /** A blob URL of the result's GeoJSON, for the map (see the worker protocol). */
      overlayUrl: string;
      /** The collections the check read, by layer id: an edit since makes a new one. */
      inputs: CheckInputs;
    }
  | { status: 'cancelled'; title: string }
  | { status: 'error'; title: string; message: string };

/** The collections a check read, by layer id (undefined: the layer was not loaded). */
export type CheckInputs = Readonly<Record<string, GeoJSON.FeatureCollection | undefined>>;

/** Whether a layer a finished check read has changed since (an edit, an import, a filter). */
export function inputsChanged(inputs: CheckInputs, layers: LayerData): boolean {
  return Object.entries(inputs).some(([layerId, collection]) => layers[layerId] !== collection);
}

interface Job {
  id: number;
  spec: CheckSpec;
  title: string;
  assembler: ResultAssembler;
  overlayJson: string;
  inputs: CheckInputs;
}

// Each collection object gets a version the first time it is shipped; an edited layer is a new
// object, so it ships again.
const versions = new WeakMap<object, number>();
let nextVersion = 1;
function versionOf(collection: GeoJSON.FeatureCollection): number {
  let version = versions.get(collection);
  if (version === undefined) {
    version = nextVersion++;
    versions.set(collection, version);
  }
  return version;
}

const EMPTY_JSON = '{"type":"FeatureCollection","features":[]}';

// The one live overlay blob URL; replacing it frees the previous result's text.
let liveOverlayUrl: string | null = null;
function replaceOverlayUrl(json: string | null): string {
  if (liveOverlayUrl) URL.revokeObjectURL(liveOverlayUrl);
  liveOverlayUrl =
    json === null ? null : URL.createObjectURL(new Blob([json], { type: 'application/geo+json' }));
  return liveOverlayUrl ?? '';
}

/**
 * Runs checks in a Web Worker, one at a time, with progress and cancel. The worker starts on
 * the first run; layers cross to it once per change; results come back in slices.
 */
export function useCheckRunner() {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const jobRef = useRef<Job | null>(null);
  const shippedRef = useRef(new Map<string, number>());

  useEffect(() => () => workerRef.current?.terminate(), []);

  const onMessage = useCallback((message: FromWorker) => {
    const job = jobRef.current;
    if (!job || message.jobId !== job.id) return;
    switch (message.type) {
      case 'progress':
        setState({ status: 'running', title: job.title, done: message.done, total: message.total });
        return;
      case 'chunk':
        job.assembler.add(message.chunk);
        return;
      case 'overlay':
        job.overlayJson = message.json;
        return;
      case 'done': {
        const overlayUrl = replaceOverlayUrl(job.overlayJson);
        const { title, spec, inputs } = job;
        setState({ status: 'done', title, spec, overlayUrl, inputs, ...job.assembler.result() });
        return;
      }
      case 'cancelled':
        setState({ status: 'cancelled', title: job.title });
        return;
      case 'error':
        setState({ status: 'error', title: job.title, message: message.message });
        return;
    }
  }, []);

  const worker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current;
    const created = new Worker(new URL('../../workers/checks.worker.ts', import.meta.url), {
      type: 'module',
      name: 'giapranh-checks',
    });
    created.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
    // A worker that fails to load or throws outside a job sends no 'error' message: without
    // this the run would stay 'running' for ever (and `giapranh render` would wait for it).
    created.onerror = (event) => {
      const job = jobRef.current;
      if (!job) return;
      const message = event.message || 'the checks worker stopped';
      onMessage({ type: 'error', jobId: job.id, message });
    };
    workerRef.current = created;
    return created;
  }, [onMessage]);

  const run = useCallback(
    async (spec: CheckSpec, title: string, layers: LayerData, lang?: Lang) => {
      const id = (jobRef.current?.id ?? 0) + 1;
      jobRef.current = {
        id,
        spec,
        title,
        assembler: new ResultAssembler(),
        overlayJson: EMPTY_JSON,
        inputs: Object.fromEntries(specLayerIds(spec).map((layerId) => [layerId, layers[layerId]])),
      };
      setState({ status: 'running', title, done: 0, total: 0 });
      const target = worker();
      const versions: Record<string, number> = {};
      for (const layerId of specLayerIds(spec)) {
        const collection = layers[layerId];
        if (!collection) continue;
        versions[layerId] = versionOf(collection);
        if (shippedRef.current.get(layerId) === versions[layerId]) continue;
        await shipLayer(target, layerId, versions[layerId], collection);
        shippedRef.current.set(layerId, versions[layerId]);
      }
      const message: ToWorker = { type: 'run', jobId: id, spec, versions, ...(lang && { lang }) };
      target.postMessage(message);
    },
    [worker],
  );

  const cancel = useCallback(() => {
    const job = jobRef.current;
    if (!job) return;
    const message: ToWorker = { type: 'cancel', jobId: job.id };
    workerRef.current?.postMessage(message);
  }, []);

  const clear = useCallback(() => {
    jobRef.current = null;
    replaceOverlayUrl(null);
    setState({ status: 'idle' });
  }, []);

  return { state, run, cancel, clear };
}
