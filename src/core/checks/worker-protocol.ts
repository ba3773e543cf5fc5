import type { CheckSpec } from './check-spec.ts';
import type { LayerData } from './resolve-input.ts';
import type { ResultTable } from './result-table.ts';
import type { CheckOutcome } from './run-check.ts';

/** Messages from the page to the checks worker. */
export type ToWorker =
  | { type: 'run'; jobId: number; spec: CheckSpec; layers: LayerData }
  | { type: 'cancel'; jobId: number };

/** Messages from the checks worker to the page. */
export type FromWorker =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'done'; jobId: number; outcome: CheckOutcome; table: ResultTable }
  | { type: 'cancelled'; jobId: number }
  | { type: 'error'; jobId: number; message: string };
