import type { DocumentStore, Patch } from '../../core/document/index.ts';
import { appendPatches, openWorkspaceDb, readPatches, type WorkspaceDb } from './workspaceDb.ts';

/** How the workspace is kept, as the planner is told. */
export type WorkspaceStatus =
  | { kind: 'connecting' }
  /** This tab owns the workspace and saves every change as it happens. */
  | { kind: 'saving'; restored: number }
  /** Another tab owns it: this one follows its changes, read-only. */
  | { kind: 'following' }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'full' }
  | { kind: 'unreadable'; detail: string };

const LOCK = 'giapranh-workspace';
const CHANNEL = 'giapranh-workspace';

interface PatchMessage {
  seq: number;
  patch: Patch;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps the document in IndexedDB: restores the stored patch log onto the bundled data, then
 * appends every new patch as it is applied. One tab owns the workspace (a Web Lock); another
 * tab follows its changes over a BroadcastChannel, read-only, and takes over when the first
 * closes. Nothing stored is ever deleted here. Call once the bundled layers are loaded.
 */
export function connectWorkspace(
  store: DocumentStore,
  onStatus: (status: WorkspaceStatus) => void,
): () => void {
  let closed = false;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const cleanups: (() => void)[] = [];
  const status = (next: WorkspaceStatus) => {
    if (!closed) onStatus(next);
  };

  const start = async () => {
    let db: WorkspaceDb;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('indexedDB is not defined');
      db = await openWorkspaceDb();
    } catch (error) {
      return status({ kind: 'unavailable', detail: describe(error) });
    }
    cleanups.push(() => db.close());
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (channel) cleanups.push(() => channel.close());
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return lead(store, db, channel, status, cleanups);
    const owner = await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await lead(store, db, channel, status, cleanups);
      await held;
      return true;
    });
    if (owner !== false || closed) return;
    // Another tab owns the workspace: follow it until it closes, then take over.
    const lastSeq = await follow(store, db, channel, status, cleanups);
    if (lastSeq === undefined) return;
    await locks.request(LOCK, async () => {
      if (closed) return;
      await lead(store, db, channel, status, cleanups, true);
      await held;
    });
  };
  void start();

  return () => {
    closed = true;
    release();
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}

/** Replays stored patches; on a patch that cannot apply, returns the document to where it was. */
function replay(store: DocumentStore, stored: readonly { patch: Patch }[]): string | undefined {
  store.mark('workspace-restore');
  try {
    for (const { patch } of stored) store.apply(patch, { history: false });
    return undefined;
  } catch (error) {
    store.bailToMark('workspace-restore');
    return describe(error);
  }
}

async function lead(
  store: DocumentStore,
  db: WorkspaceDb,
  channel: BroadcastChannel | null,
  status: (next: WorkspaceStatus) => void,
  cleanups: (() => void)[],
  takingOver = false,
): Promise<void> {
  let restored = 0;
  if (!takingOver) {
    let stored: { seq: number; patch: Patch }[];
    try {
      stored = await readPatches(db);
    } catch (error) {
      return status({ kind: 'unreadable', detail: describe(error) });
    }
    const failure = replay(store, stored);
    // The stored log stays as it is (nothing is deleted without asking), and is not added to.
    if (failure) return status({ kind: 'unreadable', detail: failure });
    restored = stored.length;
  }
  let saved = store.patchLog.length;
  let full = false;
  status({ kind: 'saving', restored });
  const save = async () => {
    const fresh = store.patchLog.slice(saved);
    if (fresh.length === 0) return;
    saved = store.patchLog.length;
    try {
      const seqs = await appendPatches(db, fresh);
      for (const [i, patch] of fresh.entries()) {
        channel?.postMessage({ seq: seqs[i], patch } satisfies Partial<PatchMessage>);
      }
      if (full) status({ kind: 'saving', restored });
      full = false;
    } catch (error) {
      // Put back what failed, so the next change tries it again.
      saved -= fresh.length;
      full = true;
      status(
        (error as DOMException).name === 'QuotaExceededError'
          ? { kind: 'full' }
          : { kind: 'unavailable', detail: describe(error) },
      );
    }
  };
  // Writes go one after another, in the order the patches were applied.
  let queue = Promise.resolve();
  cleanups.push(store.subscribe(() => (queue = queue.then(save))));
}

async function follow(
  store: DocumentStore,
  db: WorkspaceDb,
  channel: BroadcastChannel | null,
  status: (next: WorkspaceStatus) => void,
  cleanups: (() => void)[],
): Promise<number | undefined> {
  const early: PatchMessage[] = [];
  let lastSeq = 0;
  let restoring = true;
  const onMessage = (event: MessageEvent<PatchMessage>) => {
    if (restoring) return void early.push(event.data);
    if (event.data.seq <= lastSeq) return;
    lastSeq = event.data.seq;
    store.apply(event.data.patch, { history: false });
  };
  channel?.addEventListener('message', onMessage);
  cleanups.push(() => channel?.removeEventListener('message', onMessage));
  let stored: { seq: number; patch: Patch }[];
  try {
    stored = await readPatches(db);
  } catch (error) {
    status({ kind: 'unreadable', detail: describe(error) });
    return undefined;
  }
  const all = [...stored, ...early.filter((m) => m.seq > (stored.at(-1)?.seq ?? 0))];
  const failure = replay(store, all);
  if (failure) {
    status({ kind: 'unreadable', detail: failure });
    return undefined;
  }
  lastSeq = all.at(-1)?.seq ?? 0;
  restoring = false;
  status({ kind: 'following' });
  return lastSeq;
}
