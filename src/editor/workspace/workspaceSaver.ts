import {
  type DocumentStore,
  emptySaveCache,
  planSave,
  planSaveInSteps,
  RECORD_PREFIX,
  type SaveCache,
  type SavePlan,
} from '../../core/document/index.ts';
import { nextBatchSize } from '../../core/scheduling/batchSize.ts';
import { type WorkspaceDb, writeMeta, writeRecords } from './workspaceDb.ts';

/**
 * About this many positions go into one transaction: a structured clone of this size stays well
 * under 50 ms, so a big save (an import) is many short tasks rather than one long one.
 */
const POSITIONS_PER_TRANSACTION = 10_000;
/**
 * The puts of one transaction (their structured clones, made on the page) should take about
 * this long: on a busy machine 10,000 positions took 50–140 ms, so the next transactions get
 * fewer (never under `MIN_POSITIONS_PER_TRANSACTION`).
 */
const TRANSACTION_PUTS_MS = 16;
const MIN_POSITIONS_PER_TRANSACTION = 1_000;
/** A plan computed in the background runs this long at most before it gives the page a turn. */
const PLAN_SLICE_MS = 12;
/** The longest a change waits for an idle moment before it is saved. */
const IDLE_TIMEOUT_MS = 300;

/** What the saver tells its owner. */
export interface SaverEvents {
  /** A save is stored whole (the meta naming it is committed). */
  saved(): void;
  failed(error: unknown): void;
}

/**
 * Saves the document and its history incrementally: after a change, at the next idle moment,
 * only the changed layers' buckets and the new history steps are written, in transactions of
 * bounded size that each yield to the page, then the meta that names them. `flush` (on
 * `pagehide`, a hidden tab) writes whatever is pending in one transaction at once, so a reload
 * loses at most the gesture in progress.
 */
export class WorkspaceSaver {
  private cache: SaveCache = emptySaveCache();
  private dirty = false;
  private running = false;
  private disposed = false;
  /** Bumped by `flush`: a save in slices started before it stops where it is. */
  private generation = 0;
  private cancelIdle: (() => void) | null = null;
  private readonly prefix =
    `${RECORD_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
  private next = 0;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly store: DocumentStore,
    private readonly events: SaverEvents,
  ) {}

  /** Notes a change; the save runs at the next idle moment (subscribe it to the store). */
  schedule = (): void => {
    this.dirty = true;
    if (this.running || this.cancelIdle || this.disposed) return;
    this.cancelIdle = whenIdle(() => {
      this.cancelIdle = null;
      void this.run();
    });
  };

  /** Writes what is pending now, in one transaction, without waiting for the page. */
  flush = (): void => {
    if (this.disposed || (!this.dirty && !this.running)) return;
    this.cancelIdle?.();
    this.cancelIdle = null;
    this.generation++;
    this.dirty = false;
    const plan = this.plan();
    writeMeta(this.db, plan, true).then(
      () => this.stored(plan),
      (error: unknown) => this.events.failed(error),
    );
  };

  /** Stops saving (pending changes are flushed first). */
  dispose = (): void => {
    this.flush();
    this.disposed = true;
    this.cancelIdle?.();
  };

  private async run(): Promise<void> {
    this.running = true;
    while (this.dirty && !this.disposed) {
      this.dirty = false;
      const generation = this.generation;
      const stopped = () => this.generation !== generation || this.disposed;
      try {
        const plan = await this.planInSlices(stopped);
        if (plan && (await this.writeInSlices(plan, stopped))) this.stored(plan);
      } catch (error) {
        this.events.failed(error);
      }
    }
    this.running = false;
  }

  private plan(): SavePlan {
    return planSave(this.source(), this.cache, this.newKey);
  }

  /** The plan, computed in slices of `PLAN_SLICE_MS`; undefined when `stopped` cut it short. */
  private async planInSlices(stopped: () => boolean): Promise<SavePlan | undefined> {
    const steps = planSaveInSteps(this.source(), this.cache, this.newKey);
    let until = performance.now() + PLAN_SLICE_MS;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() < until) continue;
      await new Promise((resume) => setTimeout(resume, 0));
      if (stopped()) return undefined;
      until = performance.now() + PLAN_SLICE_MS;
    }
  }

  private source() {
    const { store } = this;
    return { base: store.getBase(), doc: store.getSnapshot(), ...store.historySteps() };
  }

  private readonly newKey = () => `${this.prefix}${this.next++}`;

  /** Records in bounded transactions, then the meta; false when `stopped` cut it short. */
  private async writeInSlices(plan: SavePlan, stopped: () => boolean): Promise<boolean> {
    const total = plan.writes.reduce((sum, write) => sum + write.weight, 0);
    if (total <= POSITIONS_PER_TRANSACTION) {
      await writeMeta(this.db, plan, true);
      return true;
    }
    let slice: SavePlan['writes'] = [];
    let weight = 0;
    let budget = POSITIONS_PER_TRANSACTION;
    for (const write of plan.writes) {
      if (slice.length > 0 && weight + write.weight > budget) {
        if (stopped()) return false;
        budget = await this.writeTimed(slice, weight);
        slice = [];
        weight = 0;
      }
      slice.push(write);
      weight += write.weight;
    }
    if (stopped()) return false;
    await writeRecords(this.db, slice);
    if (stopped()) return false;
    await writeMeta(this.db, plan);
    return true;
  }

  /**
   * Writes one transaction; resolves with the positions the next one should hold, from how long
   * this one's puts took (they are cloned before `writeRecords` first awaits).
   */
  private async writeTimed(slice: SavePlan['writes'], weight: number): Promise<number> {
    const started = performance.now();
    const written = writeRecords(this.db, slice);
    const spentMs = performance.now() - started;
    await written;
    return nextBatchSize(weight, spentMs, TRANSACTION_PUTS_MS, {
      min: MIN_POSITIONS_PER_TRANSACTION,
      max: POSITIONS_PER_TRANSACTION,
    });
  }

  private stored(plan: SavePlan): void {
    this.cache = plan.next;
    if (!this.disposed) this.events.saved();
  }
}

/** Runs `callback` when the page is idle (at most `IDLE_TIMEOUT_MS` later); returns a cancel. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
}
