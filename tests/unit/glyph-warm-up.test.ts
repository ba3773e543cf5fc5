import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { bundledFontFaces, FONT_REGULAR } from '../../src/map/fonts.ts';
import { WARM_UP_GLYPHS, warmUpGlyphs } from '../../src/map/glyphWarmUp.ts';

/** A map whose glyph manager records what it is asked for (MapLibre's own is not under test). */
function mapAskedFor(answer: Promise<unknown> = Promise.resolve({})) {
  const asked: unknown[] = [];
  const map = {
    style: {
      glyphManager: {
        getGlyphs: (requests: unknown) => {
          asked.push(requests);
          return answer;
        },
      },
    },
  } as unknown as MapLibreMap;
  return { map, asked };
}

/** The style's font file whose unicode-range covers a character, by its position in the stack. */
function fileCovering(stack: string, character: string): number {
  const faces = bundledFontFaces('http://localhost/')[stack];
  const code = character.codePointAt(0)!;
  return (Array.isArray(faces) ? faces : []).findIndex((face) =>
    (typeof face === 'string' ? [] : (face['unicode-range'] ?? [])).some((range) => {
      const [start, end = start] = range
        .replace(/^U\+/i, '')
        .split('-')
        .map((hex) => parseInt(hex, 16));
      return code >= start! && code <= end!;
    }),
  );
}

describe('warming up the label glyphs', () => {
  it('asks the glyph manager for one letter of the Latin and one of the Vietnamese font file', async () => {
    const { map, asked } = mapAskedFor();
    await warmUpGlyphs(map);
    expect(asked).toEqual([{ [FONT_REGULAR]: { default: ['a', 'ạ'] } }]);
  });

  it('draws from two different files of the regular stack, neither the Latin Extended one', () => {
    const files = WARM_UP_GLYPHS[FONT_REGULAR]!.map((glyph) => fileCovering(FONT_REGULAR, glyph));
    expect(new Set(files).size).toBe(2);
    expect(files.every((file) => file >= 0)).toBe(true);
    expect(fileCovering(FONT_REGULAR, 'Ā')).not.toBe(-1);
    expect(files).not.toContain(fileCovering(FONT_REGULAR, 'Ā'));
  });

  it('resolves even when the fonts fail to load (they then load on first use)', async () => {
    const { map } = mapAskedFor(Promise.reject(new Error('offline')));
    await expect(warmUpGlyphs(map)).resolves.toBeUndefined();
  });
});
