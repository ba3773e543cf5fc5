import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import UPNG from '@pdf-lib/upng';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { pngInfo } from '../../src/core/figure/png-dpi.ts';
import { readPdfPaint } from './support/pdfPaths.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'giapranh-render-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const VIEW =
  '?lang=vi&layers=boundaries,ring-road-5,industrial-zones,security-clusters#map=10.4/21.27/105.66';
// SwiftShader draws WebGL on the CPU of a shared two-core machine: a figure takes a while.
const SLOW = 400_000;

/** Runs `giapranh render` as a report writer would; resolves with its exit and its output. */
function render(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['bin/giapranh.js', 'render', ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** How many distinct colours a grid of samples over the map area holds (a blank page has 1–2). */
function mapColours(png: Uint8Array): number {
  const image = UPNG.decode(png.slice().buffer);
  const rgba = new Uint8Array(UPNG.toRGBA8(image)[0]!);
  const seen = new Set<number>();
  // Between the title band and the small print, left of the legend.
  for (let y = Math.round(image.height * 0.15); y < image.height * 0.85; y += 23) {
    for (let x = 10; x < image.width * 0.7; x += 29) {
      const at = (y * image.width + x) * 4;
      seen.add((rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!);
    }
  }
  return seen.size;
}

async function pdfWords(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: bytes.slice() }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  return content.items.flatMap((item) => ('str' in item ? [item.str.normalize('NFC')] : []));
}

describe('giapranh render', () => {
  it(
    'writes an A4 landscape PNG at 300 dpi of exactly 3508 × 2480 pixels that shows the map',
    async () => {
      const out = join(folder, 'a4.png');
      const run = await render(['--state', VIEW, '--out', out, '--dpi', '300']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${out}: 3508 × 2480 px\n`);
      const png = new Uint8Array(readFileSync(out));
      expect(pngInfo(png)).toEqual({ width: 3508, height: 2480, dotsPerInch: 300 });
      expect(mapColours(png)).toBeGreaterThan(60);
    },
    SLOW,
  );

  it(
    'writes a PDF whose page is A4 with the Vietnamese title as text, and the same state twice gives the same bytes',
    async () => {
      const statesFile = join(folder, 'states.jsonl');
      const title = 'Khu công nghiệp Mê Linh – Quang Minh';
      const line = (out: string) =>
        JSON.stringify({ state: VIEW, out: join(folder, out), title, figureNumber: '3' });
      writeFileSync(statesFile, `${line('one.pdf')}\n${line('two.pdf')}\n`);
      const run = await render([
        ...['--states', statesFile, '--out', join(folder, 'x.pdf'), '--dpi', '96'],
        ...['--orientation', 'portrait', '--date', '2026-12-04'],
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const one = new Uint8Array(readFileSync(join(folder, 'one.pdf')));
      const pdf = await PDFDocument.load(one);
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect([width, height].map((points) => Math.round(points * 100) / 100)).toEqual([
        595.28, 841.89,
      ]);
      const words = await pdfWords(one);
      expect(words).toContain(`Hình 3. ${title}`);
      expect(words.some((word) => word.includes('Ngày 2026-12-04'))).toBe(true);
      // The plan layers as vector paths unless told otherwise: the zones filled and outlined,
      // Ring Road 5 stroked.
      const paint = await readPdfPaint(one);
      expect(paint.formPaths).toContain('fill #a78bfa');
      expect(paint.formPaths).toContain('stroke #7c3aed');
      expect(paint.formPaths).toContain('stroke #991b1b');
      expect(Buffer.from(readFileSync(join(folder, 'two.pdf'))).equals(Buffer.from(one))).toBe(
        true,
      );
    },
    SLOW,
  );

  it('refuses a state naming an unknown layer, before starting a browser: exit 1, one line', async () => {
    const run = await render([
      '--state',
      '?layers=ring-road-5,no-such-layer',
      '--out',
      join(folder, 'x.png'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no-such-layer');
  });

  it('says in Vietnamese, under a Vietnamese locale, that a camera cannot be read', async () => {
    const run = await render(['--state', '#map=99/21/105', '--out', join(folder, 'x.png')], {
      LANG: 'vi_VN.UTF-8',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^giapranh render: --state: không vẽ được .*#map=99\/21\/105/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('fails with one line when no browser is found', async () => {
    const run = await render(['--out', join(folder, 'x.png')], {
      CHROME_PATH: join(folder, 'no-chromium'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('CHROME_PATH');
  });

  it(
    'fails with one line when the map does not finish loading in time',
    async () => {
      const run = await render(['--out', join(folder, 'x.png'), '--timeout', '0.2']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'giapranh render: --state: the map did not finish loading within 0.2 s (--timeout)\n',
      );
    },
    SLOW,
  );
});
