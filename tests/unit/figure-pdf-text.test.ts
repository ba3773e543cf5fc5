import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { DrawOp, FontWeight } from '../../src/core/figure/draw-ops.ts';
import { figurePdf } from '../../src/core/figure/pdf.ts';
import { hasPdftotext } from '../support/pdfWordBoxes.ts';
import { FIGURE_FONTS, ONE_PIXEL_PNG } from './support/figureFonts.ts';

// Text copied from a figure PDF read "Khụ công nghiệp", "Ngụồn", "Đia giới": the glyphs were
// drawn right, but the ToUnicode map sent every plain "u" back as "ụ" and lost tone marks, because
// the shaping decomposed "ụ" into "u" + a combining dot and the "u" glyph kept the code point "ụ".

/** The twelve Vietnamese vowels, each with its six tones (none, ` ´ ̉ ˜ ̣), in NFC. */
function vowelLines(): string[] {
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const lower = vowels.map((vowel) =>
    tones.map((tone) => `${vowel}${tone}`.normalize('NFC')).join(' '),
  );
  return [...lower, ...lower.map((line) => line.toUpperCase()), 'd đ D Đ'];
}

/**
 * What a figure writes: title, legend and sources, then every vowel and tone, then the same lines
 * backwards, so a glyph shared by two letters ("u" in "u" and "ụ") is last met in both orders.
 */
const LINES = [
  'Hình 3. Khu công nghiệp Mê Linh – Quang Minh',
  'Địa giới hành chính',
  'Nguồn: Giáp Ranh · © OpenStreetMap contributors',
  ...vowelLines(),
  ...vowelLines().map((line) => [...line].reverse().join('')),
];

const LINE_PX = 40;
const WIDTH_PX = 900;
const HEIGHT_PX = (LINES.length + 2) * LINE_PX;

function textPdf(weight: FontWeight) {
  const ops: DrawOp[] = LINES.map((text, index) => ({
    kind: 'text',
    text,
    x: 20,
    y: (index + 1) * LINE_PX,
    sizePx: 20,
    weight,
    color: '#000000',
    align: 'left',
  }));
  return figurePdf({
    mapPng: ONE_PIXEL_PNG,
    ops,
    layout: { widthPx: WIDTH_PX, heightPx: HEIGHT_PX },
    size: { widthMm: (WIDTH_PX / 100) * 25.4, heightMm: (HEIGHT_PX / 100) * 25.4 },
    fonts: FIGURE_FONTS,
    meta: { title: LINES[0]!, date: new Date('2026-12-04T00:00:00Z') },
  });
}

if (!hasPdftotext)
  console.warn('pdftotext not found (apt install poppler-utils): poppler text test skipped');

const work = mkdtempSync(join(tmpdir(), 'giapranh-pdf-text-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Poppler's text of the page (what Evince and Okular search and copy), one line per line. */
function popplerLines(bytes: Uint8Array, name: string): string[] {
  const pdfPath = join(work, `${name}.pdf`);
  writeFileSync(pdfPath, bytes);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
  return run.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.replace(/\f/g, '').trimEnd())
    .filter((line) => line !== '');
}

/** pdf.js's text of the page (what Firefox searches and copies), one item per drawn line. */
async function pdfJsLines(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  await document.destroy();
  return content.items.flatMap((item) => ('str' in item && item.str ? [item.str] : []));
}

function withoutSpaces(line: string): string {
  return line.replace(/ /g, '');
}

describe.skipIf(!hasPdftotext)('Vietnamese text copied from a figure PDF by poppler', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`gives back every tone mark and letter exactly, in the ${weight} Noto Sans`, async () => {
      const lines = popplerLines(await textPdf(weight), weight);
      // Poppler finds words by the gaps between glyphs and joins single letters ("a à á" comes
      // back as "aàá"): the sentences keep their spaces, the letter lines are read without them.
      expect(lines.slice(0, 3)).toEqual(LINES.slice(0, 3));
      expect(lines.map(withoutSpaces)).toEqual(LINES.map(withoutSpaces));
    });
  }
});

describe('Vietnamese text copied from a figure PDF by pdf.js', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`gives back every tone mark and letter exactly, in the ${weight} Noto Sans`, async () => {
      expect(await pdfJsLines(await textPdf(weight))).toEqual(LINES);
    });
  }
});
