import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PinnedChip } from '../../src/embed/PinnedChip.tsx';
import type { PinnedData } from '../../src/embed/pinnedLayers.ts';
import { FIGURE_FONTS } from './support/figureFonts.ts';

// The embed's only text font is the bundled Noto Sans (src/ui/base.css): a character outside the
// ranges its faces declare, or without a glyph in it, falls to a system font, and where none has
// it (an emoji on an office PC, headless Chromium) the reader sees an empty box.

/** The code point ranges of the page's "Noto Sans" faces, read from their `unicode-range`. */
function bundledRanges(): [number, number][] {
  const css = readFileSync(new URL('../../src/ui/base.css', import.meta.url), 'utf8');
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  const ranges = faces
    .filter((face) => face.includes('"Noto Sans"'))
    .flatMap((face) => /unicode-range:([^;]+);/.exec(face)?.[1]?.split(',') ?? [])
    .map((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from ?? '', 16), Number.parseInt(to ?? '', 16)] as [number, number];
    });
  expect(ranges.length).toBeGreaterThan(0);
  return ranges;
}

const notoSans = fontkit.create(Buffer.from(FIGURE_FONTS.regular));

/** The characters of a text that the bundled font does not draw. */
function missingFromBundledFont(text: string): string[] {
  const ranges = bundledRanges();
  return [...new Set(text)].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    const declared = ranges.some(([from, to]) => code >= from && code <= to);
    return !declared || !notoSans.hasGlyphForCodePoint(code);
  });
}

/** The chip's text as a reader sees it (markup and the icon's drawing removed). */
function chipText(lang: 'vi' | 'en', data: PinnedData): string {
  const html = renderToStaticMarkup(createElement(PinnedChip, { lang, data }));
  return html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pinned embed’s chip', () => {
  const ready: PinnedData = { status: 'ready', date: '2026-12-04', loads: {} };
  for (const lang of ['vi', 'en'] as const) {
    it(`has only characters the bundled Noto Sans draws (${lang})`, () => {
      vi.stubGlobal('window', { location: { href: 'https://example.org/embed.html?pin=abc' } });
      const pinned = chipText(lang, ready);
      const missing = chipText(lang, { status: 'missing' });
      expect(pinned).toContain(lang === 'vi' ? '04/12/2026' : '2026-12-04');
      expect(missingFromBundledFont(pinned + missing)).toEqual([]);
    });
  }
});
