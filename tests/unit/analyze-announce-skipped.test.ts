import type { Feature } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisSource } from '../../src/cli/io/analysis-source.ts';
import { announcingSkipped } from '../../src/cli/io/announce-skipped.ts';
import type { SkippedFeature } from '../../src/core/analysis/index.ts';

const feature = (id: string) =>
  ({ type: 'Feature', id, properties: {}, geometry: null }) as unknown as Feature;
const leftOut = (index: number): SkippedFeature => ({
  index,
  id: `f${index}`,
  reason: 'invalid',
  problems: [{ code: 'ring-not-closed', path: 'geometry', message: 'not closed' }] as never,
});

/** A source of four features, 1 and 2 left out: known as read (`streamed`) or before (`whole`). */
function source(readAs: 'streamed' | 'whole'): AnalysisSource {
  const skipped: SkippedFeature[] = readAs === 'whole' ? [leftOut(1), leftOut(2)] : [];
  return {
    path: 'in.geojson',
    readAs,
    skipped,
    skippedIndices: new Set([1, 2]),
    async *features() {
      for (let i = 0; i < 4; i++) {
        if (readAs === 'streamed' && (i === 1 || i === 2)) skipped.push(leftOut(i));
        yield feature(`f${i}`);
      }
    },
  };
}

describe('announcingSkipped', () => {
  let stderr = '';
  beforeEach(() => {
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string) => {
      stderr += chunk;
      return true;
    }) as typeof process.stderr.write);
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(['streamed', 'whole'] as const)(
    'names a left-out feature on stderr as the reading reaches it (%s)',
    async (readAs) => {
      const seen: string[] = [];
      for await (const item of announcingSkipped(source(readAs)).features()) {
        seen.push(`${String(item.id)}: ${stderr.split('\n').length - 1} lines`);
      }
      expect(seen).toEqual(['f0: 0 lines', 'f1: 1 lines', 'f2: 2 lines', 'f3: 2 lines']);
      expect(stderr).toBe(
        'giapranh analyze: in.geojson: left out: features[1] (id "f1"): geometry: not closed [ring-not-closed]\n' +
          'giapranh analyze: in.geojson: left out: features[2] (id "f2"): geometry: not closed [ring-not-closed]\n',
      );
    },
  );
});
