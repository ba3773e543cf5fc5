import type { Changeset, ChangesetLayer } from './changeset.ts';

/** A changeset read from JSON, or what is wrong with it and where. */
export type ParsedChangeset = { ok: true; changeset: Changeset } | { ok: false; message: string };

/**
 * Checks the shape of a changeset parsed from JSON (not its features' GeoJSON: the validator
 * checks the layer files they produce). Messages name the member, e.g. `layers.dykes.put[2]`.
 */
export function parseChangeset(value: unknown): ParsedChangeset {
  const fail = (message: string): ParsedChangeset => ({ ok: false, message });
  if (!isRecord(value)) return fail('a changeset must be a JSON object');
  if (value.format !== 'giapranh-changeset') {
    return fail(`"format" must be "giapranh-changeset", found ${JSON.stringify(value.format)}`);
  }
  if (value.version !== 1) {
    return fail(`"version" ${JSON.stringify(value.version)} is not supported (this tool reads 1)`);
  }
  if (typeof value.created !== 'string') return fail('"created" must be an ISO date string');
  if (!isRecord(value.layers)) return fail('"layers" must be an object of layer ids');
  for (const [id, layer] of Object.entries(value.layers)) {
    const problem = layerProblem(layer);
    if (problem) return fail(`layers.${id}${problem}`);
  }
  return { ok: true, changeset: value as unknown as Changeset };
}

/** What is wrong with one layer entry, as a path suffix and a message; undefined when fine. */
function layerProblem(layer: unknown): string | undefined {
  if (!isRecord(layer)) return ' must be an object';
  if (typeof layer.baseHash !== 'string') return '.baseHash must be a string';
  if (!Array.isArray(layer.put)) return '.put must be an array of features';
  const notFeature = layer.put.findIndex(
    (feature) => !isRecord(feature) || feature.type !== 'Feature',
  );
  if (notFeature >= 0) return `.put[${notFeature}] must be a GeoJSON Feature`;
  if (!Array.isArray(layer.delete) || !layer.delete.every((key) => typeof key === 'string')) {
    return '.delete must be an array of feature ids (strings)';
  }
  if (!isRecord(layer.baseFeatures)) return '.baseFeatures must be an object';
  const entry = layer as unknown as ChangesetLayer;
  for (const [key, hash] of Object.entries(entry.baseFeatures)) {
    if (hash !== null && typeof hash !== 'string')
      return `.baseFeatures.${key} must be a string or null`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
