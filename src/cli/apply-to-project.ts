import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChangesetLayer } from '../core/document/changeset.ts';
import { parseChangeset } from '../core/document/parseChangeset.ts';
import { serializeLayerFile } from '../core/document/serializeLayerFile.ts';
import { layerEditability } from '../core/layers/editability.ts';
import { getLayer } from '../core/layers/registry.ts';
import { withCrossFileDuplicateIds } from '../core/validate/cross-file-ids.ts';
import { findingLine } from '../core/validate/report.ts';
import type { ValidationResult } from '../core/validate/types.ts';
import { validateText } from '../core/validate/validate.ts';

/** One layer file a changeset rewrote. */
export interface WrittenLayer {
  layer: string;
  file: string;
  added: number;
  modified: number;
  deleted: number;
}

/**
 * What applying a changeset did: every layer written, or nothing written and why. `conflict`:
 * made against another version of a file; `invalid`: the result would not pass `giapranh
 * validate`; `refused`: the changeset itself is wrong (unknown or read-only layer, bad shape) or
 * a file cannot be read.
 */
export type ApplyOutcome =
  | { ok: true; written: WrittenLayer[] }
  | { ok: false; reason: 'conflict' | 'invalid' | 'refused'; message: string };

/** Findings listed in a refusal before "and N more". */
const MAX_LISTED = 20;

/**
 * Writes a changeset into the project's layer files in `dataDir`: the one path behind
 * `giapranh apply` and the dev server's "Save to project". All or nothing: every layer is
 * checked (registry, editable, base version, then the validator over the whole directory with
 * the new texts) before any file is written; files are named by the registry, never by the
 * changeset, and written with `serializeLayerFile` (temp file, then rename).
 */
export function applyToProject(value: unknown, dataDir: string): ApplyOutcome {
  const parsed = parseChangeset(value);
  if (!parsed.ok) return { ok: false, reason: 'refused', message: parsed.message };
  const texts = new Map<string, string>();
  const written: WrittenLayer[] = [];
  for (const [id, entry] of Object.entries(parsed.changeset.layers)) {
    const layer = getLayer(id);
    if (layer?.source.kind !== 'geojson') {
      return refused(`the changeset edits "${id}", which is not a bundled layer of the project`);
    }
    const editability = layerEditability(layer);
    if (!editability.editable) {
      return refused(`the layer "${id}" is read-only: ${editability.reason.en}`);
    }
    const file = layer.source.file;
    const onDisk = readCollection(join(dataDir, file));
    if (typeof onDisk === 'string') return refused(`${file}: ${onDisk}`);
    const result = applyChangesetLayer(onDisk, entry);
    if (!result.ok) return conflict(file, result.conflicts);
    texts.set(file, serializeLayerFile(result.collection));
    const { added, modified, deleted } = result;
    written.push({ layer: id, file, added, modified, deleted });
  }
  const problems = validationProblems(dataDir, texts);
  if (problems) return { ok: false, reason: 'invalid', message: problems };
  for (const [file, text] of texts) writeFileSync(join(dataDir, `.${file}.tmp`), text);
  for (const file of texts.keys()) renameSync(join(dataDir, `.${file}.tmp`), join(dataDir, file));
  return { ok: true, written };
}

function refused(message: string): ApplyOutcome {
  return { ok: false, reason: 'refused', message };
}

function conflict(
  file: string,
  conflicts: readonly { key: string; onDisk: string }[],
): ApplyOutcome {
  const named = conflicts.map(
    ({ key, onDisk }) => `  ${key}: ${onDisk} on disk since the changeset was made`,
  );
  const detail =
    named.length > 0
      ? `features edited both in the changeset and on disk:\n${named.join('\n')}`
      : 'none of its features changed there, but others did: export the changes again from the current data';
  return {
    ok: false,
    reason: 'conflict',
    message: `${file} is not the version the changeset was made against; ${detail}`,
  };
}

/** The file's FeatureCollection, or why it cannot be read. */
function readCollection(path: string): GeoJSON.FeatureCollection | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
  }
  try {
    const value = JSON.parse(text) as GeoJSON.FeatureCollection;
    if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
      return 'not a GeoJSON FeatureCollection';
    }
    return value;
  } catch {
    return 'not valid JSON (run giapranh validate on it)';
  }
}

/**
 * Validates every layer file in the directory as it would be after the write, the way `giapranh
 * validate` does (ids unique across files too). A file the changeset writes must pass; another
 * file is blamed only when the changeset adds errors to it (a clash of ids).
 */
function validationProblems(
  dataDir: string,
  texts: ReadonlyMap<string, string>,
): string | undefined {
  const files = readdirSync(dataDir)
    .filter((name) => /\.geojson$/i.test(name) && !name.startsWith('.'))
    .sort();
  for (const file of texts.keys()) if (!files.includes(file)) files.push(file);
  const validate = (replace: boolean): ValidationResult[] =>
    withCrossFileDuplicateIds(
      files.map((file) => {
        const text = (replace && texts.get(file)) || readFileSync(join(dataDir, file), 'utf8');
        return validateText(text, { fileName: file });
      }),
    );
  const before = validate(false);
  const after = validate(true);
  const failing = after.filter(
    (result, index) =>
      !result.ok && (texts.has(result.file) || result.errorCount > before[index]!.errorCount),
  );
  if (failing.length === 0) return undefined;
  const lines = failing.flatMap((result) =>
    result.findings.filter((finding) => finding.severity === 'error').map(findingLine),
  );
  const more = lines.length > MAX_LISTED ? [`  … and ${lines.length - MAX_LISTED} more`] : [];
  return [
    'the edited layers would not pass giapranh validate, so nothing was written:',
    ...lines.slice(0, MAX_LISTED).map((line) => `  ${line}`),
    ...more,
  ].join('\n');
}
