import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  AnalysisInputError,
  measureFeature,
  readAnalysisInput,
  serializeMeasures,
} from '../../src/core/analysis/index.ts';
import { validateObject } from '../../src/core/validate/validate.ts';

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);
const valid = (() => {
  const collection = JSON.parse(readFileSync(new URL('validity.geojson', FIXTURES), 'utf8'));
  collection.features = collection.features.filter((f: Feature) =>
    String(f.id).startsWith('valid-'),
  );
  return collection as { type: string; features: Feature[] };
})();

/** A value that breaks things: extreme numbers, wrong types, deep nesting. */
const hostileValue = fc.oneof(
  fc.constantFrom(1e308, -1e308, 1e-320, 0, -0, 181, -91, 1e9, null, true, '', '105.6', [], {}),
  fc.double(),
  fc.string(),
  fc.integer({ min: 1, max: 1000 }).map((depth) => {
    let value: unknown = 105.6;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  }),
);

/** Every [container, key] in a JSON value, so a mutation can land anywhere. */
function slots(root: unknown): [Record<string, unknown>, string][] {
  const found: [Record<string, unknown>, string][] = [];
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      found.push([value as Record<string, unknown>, key]);
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return found;
}

/** Mutations of the valid collection: replace, delete, or duplicate a member; cut the text. */
const mutatedText = fc
  .record({
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('replace', 'delete', 'copy'),
        value: hostileValue,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    cut: fc.option(fc.nat(), { freq: 5 }),
  })
  .map(({ edits, cut }) => {
    const document = structuredClone(valid);
    for (const edit of edits) {
      const all = slots(document);
      if (all.length === 0) break;
      const [owner, key] = all[edit.at % all.length] as [Record<string, unknown>, string];
      if (edit.kind === 'replace') owner[key] = edit.value;
      else if (edit.kind === 'delete' && !Array.isArray(owner)) delete owner[key];
      else if (Array.isArray(owner)) owner.push(structuredClone(owner[Number(key)]));
    }
    const text = JSON.stringify(document);
    return cut === null ? text : text.slice(0, cut % text.length);
  });

describe('analysis input under mutation (property)', () => {
  it('ends with an input error or with only valid features measured to finite numbers', () => {
    fc.assert(
      fc.property(mutatedText, (text) => {
        let input: ReturnType<typeof readAnalysisInput>;
        try {
          input = readAnalysisInput(text, { requirement: 'any' });
        } catch (error) {
          expect(error).toBeInstanceOf(AnalysisInputError);
          return;
        }
        input.features.forEach((feature, index) => {
          if (input.skippedIndices.has(index)) return;
          const alone = validateObject(feature, { fileName: 'x', layer: null, region: 'none' });
          expect(
            alone.findings.filter((f) => f.severity === 'error' && f.code !== 'duplicate-id'),
          ).toEqual([]);
          const measure = measureFeature(feature);
          expect(Number.isFinite(measure.lengthMeters) && measure.lengthMeters >= 0).toBe(true);
          expect(Number.isFinite(measure.areaSquareMeters) && measure.areaSquareMeters >= 0).toBe(
            true,
          );
        });
        const rows = input.features
          .map((feature, index) => ({ feature, index, ...measureFeature(feature) }))
          .filter((row) => !input.skippedIndices.has(row.index));
        expect(() => serializeMeasures(rows, 'geojson')).not.toThrow();
      }),
      { numRuns: 300, seed: 61204 },
    );
  });
});
