import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';

/** Straight RGBA pixels, row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A picture the page draws, and where: its box in points from the page's bottom left. */
export interface PlacedPicture extends RgbaImage {
  name: string;
  box: { x: number; y: number; width: number; height: number };
}

/** What a figure PDF draws on its page, in the order it draws it. */
export interface PdfPageLayers {
  pageHeightPt: number;
  /** XObject names in drawing order (`PlanLayers` is the plan layers' paths). */
  drawn: string[];
  pictures: PlacedPicture[];
}

const decoded = (stream: PDFRawStream) =>
  stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')
    ? new Uint8Array(inflateSync(stream.contents))
    : stream.contents;

/** The page's content: every content stream decoded and joined. */
function pageContent(pdf: PDFDocument): string {
  const page = pdf.getPage(0).node;
  const contents = page.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => pdf.context.lookup(ref as PDFRef))
      : [contents];
  return streams
    .map((stream) => Buffer.from(decoded(stream as PDFRawStream)).toString('latin1'))
    .join('\n');
}

/** An image XObject as pdf-lib writes a PNG: 8-bit RGB, its alpha (if any) as an SMask. */
function readImage(pdf: PDFDocument, stream: PDFRawStream): RgbaImage {
  const width = stream.dict.lookup(PDFName.of('Width'), PDFNumber).asNumber();
  const height = stream.dict.lookup(PDFName.of('Height'), PDFNumber).asNumber();
  const rgb = decoded(stream);
  const maskRef = stream.dict.get(PDFName.of('SMask'));
  const alpha = maskRef ? decoded(pdf.context.lookup(maskRef) as PDFRawStream) : null;
  const data = new Uint8Array(width * height * 4);
  for (let at = 0; at < width * height; at++) {
    data.set(rgb.subarray(at * 3, at * 3 + 3), at * 4);
    data[at * 4 + 3] = alpha ? alpha[at]! : 255;
  }
  return { width, height, data };
}

/** Reads what a figure PDF draws: the XObjects in order, and each picture with its box. */
export async function readPdfLayers(bytes: Uint8Array): Promise<PdfPageLayers> {
  const pdf = await PDFDocument.load(bytes);
  const page = pdf.getPage(0);
  const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'));

  const content = pageContent(pdf);
  const drawn: string[] = [];
  const pictures: PlacedPicture[] = [];
  // The current transformation, through `q`, `Q` and `cm` (pdf-lib writes one operator a line).
  type Matrix = [number, number, number, number, number, number];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  for (const line of content.split('\n')) {
    const operator = line.trim();
    if (operator === 'q') saved.push(matrix);
    else if (operator === 'Q') matrix = saved.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (operator.endsWith(' cm')) {
      const [a, b, c, d, e, f] = operator.split(' ').slice(0, 6).map(Number) as Matrix;
      const [A, B, C, D, E, F] = matrix;
      matrix = [
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
      ];
    } else {
      const name = /^\/([\w.-]+) Do$/.exec(operator)?.[1];
      if (!name) continue;
      drawn.push(name);
      const stream = xObjects instanceof PDFDict ? xObjects.lookup(PDFName.of(name)) : null;
      if (!(stream instanceof PDFRawStream)) continue;
      if (stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      // The unit square drawn through the matrix (no rotation in a figure).
      const [a, , , d, e, f] = matrix;
      const box = { x: e, y: f, width: a, height: d };
      pictures.push({ name, box, ...readImage(pdf, stream) });
    }
  }
  return { pageHeightPt: page.getHeight(), drawn, pictures };
}

/** The same PDF with one XObject no longer drawn (its `Do` taken out of the page's content). */
export async function withoutDrawing(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes);
  const content = pageContent(pdf).replaceAll(`/${name} Do`, '');
  const stream = pdf.context.flateStream(content);
  pdf.getPage(0).node.set(PDFName.of('Contents'), pdf.context.register(stream));
  return pdf.save();
}

/** Poppler's rendering of the page at `dpi`, as straight RGBA (opaque). */
export function renderWithPoppler(bytes: Uint8Array, dpi: number): RgbaImage {
  const folder = mkdtempSync(join(tmpdir(), 'giapranh-poppler-'));
  try {
    writeFileSync(join(folder, 'page.pdf'), bytes);
    const run = spawnSync('pdftoppm', [
      ...['-r', String(dpi), '-singlefile'],
      join(folder, 'page.pdf'),
      join(folder, 'page'),
    ]);
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr?.toString()}`);
    const file = readFileSync(join(folder, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(file.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PPM');
    const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
    const rgb = file.subarray(whole.length);
    const data = new Uint8Array(width * height * 4);
    for (let at = 0; at < width * height; at++) {
      data.set(rgb.subarray(at * 3, at * 3 + 3), at * 4);
      data[at * 4 + 3] = 255;
    }
    return { width, height, data };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
