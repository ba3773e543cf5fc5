import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether poppler's `pdftotext` is installed (apt install poppler-utils): else skip. */
export const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** One word on a PDF page as a viewer places it: its left and right edges in points. */
export interface WordBox {
  xMin: number;
  xMax: number;
  word: string;
}

/**
 * A PDF's first page width and every word's box (points), read back with poppler's
 * `pdftotext -bbox`: where a PDF viewer puts the text, not where the layout meant it.
 */
export function pdfWordBoxes(bytes: Uint8Array): { pageWidth: number; words: WordBox[] } {
  const work = mkdtempSync(join(tmpdir(), 'giapranh-pdf-words-'));
  try {
    const pdf = join(work, 'figure.pdf');
    const html = join(work, 'figure.html');
    writeFileSync(pdf, bytes);
    const run = spawnSync('pdftotext', ['-bbox', pdf, html], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    const xhtml = readFileSync(html, 'utf8');
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(xhtml)?.[1]);
    const boxes = xhtml.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g);
    const words = [...boxes].map((match) => ({
      xMin: Number(match[1]),
      xMax: Number(match[2]),
      word: match[3] ?? '',
    }));
    return { pageWidth, words };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The words whose right edge passes the page's right margin (half a point of slack). */
export function wordsPastRightMargin(
  { pageWidth, words }: { pageWidth: number; words: readonly WordBox[] },
  marginPt: number,
): WordBox[] {
  return words.filter((box) => box.xMax > pageWidth - marginPt + 0.5);
}
