import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF reader (pdf.js) paints on a figure's page, read back from the file. */
export interface PdfPaint {
  /**
   * The paths drawn inside form XObjects (where the plan layers are), each as "fill #rrggbb",
   * "stroke #rrggbb" or "disc #rrggbb", with the colour set last before it.
   */
  formPaths: string[];
  /** How many of the map picture's pixels are exactly each `#rrggbb`. */
  pictureColours: Map<string, number>;
}

const hex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** Reads the plan layers' paths and the map picture's colours from a figure PDF. */
export async function readPdfPaint(bytes: Uint8Array): Promise<PdfPaint> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const page = await document.getPage(1);
  const list = await page.getOperatorList();
  const formPaths: string[] = [];
  const pictureColours = new Map<string, number>();
  let depth = 0;
  let fill = '';
  let stroke = '';
  for (const [i, fn] of list.fnArray.entries()) {
    const args = list.argsArray[i];
    if (fn === OPS.paintFormXObjectBegin) depth++;
    else if (fn === OPS.paintFormXObjectEnd) depth--;
    else if (fn === OPS.setFillRGBColor) fill = args[0];
    else if (fn === OPS.setStrokeRGBColor) stroke = args[0];
    else if (fn === OPS.constructPath && depth > 0) {
      if (args[0] === OPS.eoFill || args[0] === OPS.fill) formPaths.push(`fill ${fill}`);
      if (args[0] === OPS.stroke) formPaths.push(`stroke ${stroke}`);
      if (args[0] === OPS.fillStroke) formPaths.push(`disc ${fill}`);
    } else if (fn === OPS.paintImageXObject) {
      // Decoded in the reader's worker: asked for with a callback, called once it is there.
      const image = await new Promise<{ data: Uint8ClampedArray; width: number; height: number }>(
        (resolve) => page.objs.get(args[0], resolve),
      );
      const channels = image.data.length / (image.width * image.height);
      for (let at = 0; at < image.data.length; at += channels) {
        const colour = hex(image.data[at]!, image.data[at + 1]!, image.data[at + 2]!);
        pictureColours.set(colour, (pictureColours.get(colour) ?? 0) + 1);
      }
    }
  }
  return { formPaths, pictureColours };
}
