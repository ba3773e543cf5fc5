import { buildChangeset, type DocumentStore, SAVE_ENDPOINT } from '../../core/document/index.ts';

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
 * Posts the changeset to the dev server, which validates it and writes the changed layers into
 * `data/geojson/`; the written layers then become the base the Changes view compares against.
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
    const answer = (await response.json()) as
      | { ok: true; written: { layer: string }[] }
      | { ok: false; message: string };
    if (!answer.ok) return { ok: false, reason: 'failed', detail: answer.message };
    store.rebase(answer.written.map((written) => written.layer));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: (error as Error).message };
  }
}
