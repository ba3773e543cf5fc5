import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckSpec } from '../../core/checks/check-spec.ts';
import type { LayerData } from '../../core/checks/resolve-input.ts';
import type { ResultTable } from '../../core/checks/result-table.ts';
import type { CheckOutcome } from '../../core/checks/run-check.ts';
import type { FromWorker, ToWorker } from '../../core/checks/worker-protocol.ts';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; title: string; done: number; total: number }
  | { status: 'done'; title: string; spec: CheckSpec; outcome: CheckOutcome; table: ResultTable }
  | { status: 'cancelled'; title: string }
  | { status: 'error'; title: string; message: string };

/**
 * Runs checks in a Web Worker, one at a time, with progress and cancel. The worker starts on
 * the first run, so opening the app costs nothing.
 */
export function useCheckRunner() {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const jobRef = useRef(0);
  const specRef = useRef<{ spec: CheckSpec; title: string } | null>(null);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const worker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current;
    const created = new Worker(new URL('../../workers/checks.worker.ts', import.meta.url), {
      type: 'module',
      name: 'giapranh-checks',
    });
    created.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const current = specRef.current;
      if (message.jobId !== jobRef.current || !current) return;
      setState(nextState(message, current));
    };
    workerRef.current = created;
    return created;
  }, []);

  const run = useCallback(
    (spec: CheckSpec, title: string, layers: LayerData) => {
      jobRef.current += 1;
      specRef.current = { spec, title };
      setState({ status: 'running', title, done: 0, total: 0 });
      const message: ToWorker = { type: 'run', jobId: jobRef.current, spec, layers };
      worker().postMessage(message);
    },
    [worker],
  );

  const cancel = useCallback(() => {
    const message: ToWorker = { type: 'cancel', jobId: jobRef.current };
    workerRef.current?.postMessage(message);
  }, []);

  const clear = useCallback(() => {
    jobRef.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, run, cancel, clear };
}

function nextState(message: FromWorker, job: { spec: CheckSpec; title: string }): RunState {
  switch (message.type) {
    case 'progress':
      return { status: 'running', title: job.title, done: message.done, total: message.total };
    case 'done':
      return {
        status: 'done',
        title: job.title,
        spec: job.spec,
        outcome: message.outcome,
        table: message.table,
      };
    case 'cancelled':
      return { status: 'cancelled', title: job.title };
    case 'error':
      return { status: 'error', title: job.title, message: message.message };
  }
}
