import { buildChangeset, type DocumentStore } from '../../core/document/index.ts';

/**
 * Where "Save to project" posts the changeset under `npm run dev`; the dev server's endpoint
 * (vite plugin, editor-core) validates it and writes `data/geojson/`.
 */
export const SAVE_ENDPOINT = '/__giapranh/save-changeset';

/** The changeset's file name: when it was made, so several downloads sort in order. */
export function changesetFileName(created: Date): string {
  const stamp = created.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `giapranh-changes-${stamp}.json`;
}

/** The document's edits against the bundled data, as changeset text (pretty, for review). */
export function changesetText(store: DocumentStore, created = new Date()): string {
  const { changeset } = buildChangeset(store.getSnapshot(), store.getBase(), created);
  return `${JSON.stringify(changeset, null, 2)}\n`;
}

/** Saves the changeset as a file through the browser's download. */
export function downloadChangeset(store: DocumentStore): void {
  const created = new Date();
  const blob = new Blob([changesetText(store, created)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = changesetFileName(created);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The outcome of "Save to project". */
export type SaveOutcome =
  | { ok: true }
  | { ok: false; reason: 'not-dev' | 'failed'; detail?: string };

/**
 * Posts the changeset to the dev server, which writes the changed layers into `data/geojson/`.
 * Only under `npm run dev`: a production build has no server to write with.
 */
export async function saveToProject(store: DocumentStore): Promise<SaveOutcome> {
  if (!import.meta.env.DEV) return { ok: false, reason: 'not-dev' };
  try {
    const response = await fetch(SAVE_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: changesetText(store),
    });
    if (response.ok) return { ok: true };
    return { ok: false, reason: 'failed', detail: await response.text() };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: (error as Error).message };
  }
}
