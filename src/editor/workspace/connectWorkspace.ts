import { revertPatch } from '../../core/document/revertPatch.ts';
import { workspaceFromStorage } from '../../core/document/sessionToWorkspace.ts';
import type { DocumentStore } from '../../core/document/store.ts';
import { openWorkspaceDb, readSession, sweepRecords, type WorkspaceDb } from './workspaceDb.ts';
import { WorkspaceSaver } from './workspaceSaver.ts';

/** How the workspace is kept, as the planner is told. */
export type WorkspaceStatus =
  | { kind: 'connecting' }
  /** This tab owns the workspace and saves every change as it happens. */
  | { kind: 'saving'; restored: boolean }
  /** Another tab owns it: this one follows its changes, read-only. */
  | { kind: 'following' }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'full' }
  | { kind: 'unreadable'; detail: string };

const LOCK = 'giapranh-workspace';
const CHANNEL = 'giapranh-workspace';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Report = (status: WorkspaceStatus) => void;

/**
 * Keeps the session (edits and undo/redo history, `DocumentStore.toWorkspace`) in IndexedDB:
 * restores it onto the bundled data, then saves each change incrementally (`WorkspaceSaver`),
 * flushing what is pending when the page is hidden or goes away. One tab owns the workspace
 * (a Web Lock); a second tab follows the first's saves over a BroadcastChannel, read-only, and
 * takes over when the first closes. A stored session that cannot be read is left untouched:
 * nothing stored is deleted or overwritten here. Call once the bundled layers are in the store.
 */
export function connectWorkspace(store: DocumentStore, onStatus: Report): () => void {
  let closed = false;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const cleanups: (() => void)[] = [];
  const report: Report = (status) => {
    if (!closed) onStatus(status);
  };

  const start = async () => {
    let db: WorkspaceDb;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('indexedDB is not defined');
      db = await openWorkspaceDb();
    } catch (error) {
      return report({ kind: 'unavailable', detail: describe(error) });
    }
    cleanups.push(() => db.close());
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (channel) cleanups.push(() => channel.close());
    const context = { store, db, channel, report, cleanups };
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return void (await lead(context, true));
    const owner = await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      if (await lead(context, true)) await held;
      return true;
    });
    if (owner || closed) return;
    // Another tab owns the workspace: follow it until it closes, then take over.
    const stopFollowing = await follow(context);
    if (!stopFollowing) return;
    await locks.request(LOCK, async () => {
      stopFollowing();
      if (!closed && (await lead(context, false))) await held;
    });
  };
  void start();

  return () => {
    closed = true;
    release();
    // Last in, first out: the saver flushes before the database closes.
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };
}

interface Context {
  store: DocumentStore;
  db: WorkspaceDb;
  channel: BroadcastChannel | null;
  report: Report;
  cleanups: (() => void)[];
}

/** Puts the stored session on the document; the reason when it cannot. */
async function restore({
  store,
  db,
}: Context): Promise<{ restored: boolean } | { failure: string }> {
  try {
    const { current, records } = await readSession(db);
    const stored = workspaceFromStorage(store.getBase(), current, records);
    if (!stored) return { restored: false };
    // A follower catching up first returns to the bundled data, then takes the stored edits.
    const back = revertPatch(store.getSnapshot(), store.getBase());
    store.apply(back, { history: false });
    store.restoreWorkspace(stored);
    return { restored: true };
  } catch (error) {
    return { failure: describe(error) };
  }
}

/** Owns the workspace: restores it (unless already in step) and saves every change. */
async function lead(context: Context, restoreFirst: boolean): Promise<boolean> {
  const { store, db, channel, report, cleanups } = context;
  let restored = false;
  if (restoreFirst) {
    const outcome = await restore(context);
    // The stored copy stays as it is, and is not written over.
    if ('failure' in outcome) {
      report({ kind: 'unreadable', detail: outcome.failure });
      return false;
    }
    restored = outcome.restored;
  }
  report({ kind: 'saving', restored });
  // Records a save cut short left behind (a closed tab) go; failing that, they wait.
  await sweepRecords(db).catch(() => {});
  let failed = false;
  const saver = new WorkspaceSaver(db, store, {
    saved() {
      channel?.postMessage('saved');
      if (failed) report({ kind: 'saving', restored });
      failed = false;
    },
    failed(error) {
      failed = true;
      const full = (error as DOMException).name === 'QuotaExceededError';
      report(full ? { kind: 'full' } : { kind: 'unavailable', detail: describe(error) });
    },
  });
  const hidden = () => {
    if (document.visibilityState === 'hidden') saver.flush();
  };
  addEventListener('pagehide', saver.flush);
  document.addEventListener('visibilitychange', hidden);
  cleanups.push(store.subscribe(saver.schedule), () => {
    removeEventListener('pagehide', saver.flush);
    document.removeEventListener('visibilitychange', hidden);
    saver.dispose();
  });
  return true;
}

/** Shows the owner's session and each save it makes; returns how to stop, or undefined. */
async function follow(context: Context): Promise<(() => void) | undefined> {
  const { channel, report, cleanups } = context;
  let queue = Promise.resolve();
  const catchUp = () => {
    queue = queue.then(async () => {
      const outcome = await restore(context);
      if ('failure' in outcome) report({ kind: 'unreadable', detail: outcome.failure });
    });
  };
  channel?.addEventListener('message', catchUp);
  const stop = () => channel?.removeEventListener('message', catchUp);
  cleanups.push(stop);
  const outcome = await restore(context);
  if ('failure' in outcome) {
    report({ kind: 'unreadable', detail: outcome.failure });
    return undefined;
  }
  report({ kind: 'following' });
  return stop;
}
