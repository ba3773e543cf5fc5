import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import {
  type PlacedPicture,
  type RgbaImage,
  readPdfLayers,
  renderWithPoppler,
  withoutDrawing,
} from './support/pdfLayers.ts';
import { readPdfPaint } from './support/pdfPaths.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

// Ring Road 5 is drawn 4 CSS px wide in #991b1b at full opacity: in the picture, its middle
// pixels are exactly that colour; the zones are #a78bfa filled and #7c3aed outlined.
const RING_ROAD = '#991b1b';
// At 100 dpi a layout pixel (1/100 inch) is one dot of the map's pictures. Poppler prints the
// page at three times that: it smooths a picture it scales, and a letter's middle dot is then
// still a letter's where a dot of the picture becomes three by three on the page.
const DPI = 100;
const PRINT_DPI = 3 * DPI;

const rgbAt = (image: RgbaImage, x: number, y: number) => {
  const at = (y * image.width + x) * 4;
  return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!] as const;
};
const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Opaque, with its eight neighbours: a dot the page shows as it is (letter or halo). */
function opaqueAround(labels: PlacedPicture, x: number, y: number): boolean {
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++)
      if ((labels.data[((y + dy) * labels.width + x + dx) * 4 + 3] ?? 0) < 250) return false;
  return true;
}

/**
 * The letters' dots (dark and opaque in the labels' picture, not their white halos) that lie on
 * a path — where the page without labels differs from the page without labels and paths — with
 * the colour of the letter, of the path, and what poppler prints there on the whole page.
 */
function lettersOnPaths(
  labels: PlacedPicture,
  pageHeightPt: number,
  prints: { whole: RgbaImage; withoutLabels: RgbaImage; withoutLabelsOrPaths: RgbaImage },
) {
  const dotsPerPt = PRINT_DPI / 72;
  const left = labels.box.x * dotsPerPt;
  const top = (pageHeightPt - labels.box.y - labels.box.height) * dotsPerPt;
  const scale = (labels.box.width * dotsPerPt) / labels.width;
  const found: {
    letter: readonly number[];
    path: readonly number[];
    printed: readonly number[];
  }[] = [];
  for (let y = 1; y < labels.height - 1; y++) {
    for (let x = 1; x < labels.width - 1; x++) {
      const letter = rgbAt(labels, x, y);
      if (letter[0] + letter[1] + letter[2] > 3 * 150 || !opaqueAround(labels, x, y)) continue;
      const pageX = Math.floor(left + (x + 0.5) * scale);
      const pageY = Math.floor(top + (y + 0.5) * scale);
      const path = rgbAt(prints.withoutLabels, pageX, pageY);
      const ground = rgbAt(prints.withoutLabelsOrPaths, pageX, pageY);
      if (distance(path, ground) < 60 || distance(path, letter) < 60) continue;
      found.push({ letter, path, printed: rgbAt(prints.whole, pageX, pageY) });
    }
  }
  return found;
}

describe('plan layers as vector paths in the figure PDF', () => {
  it('draws the shown plan layers as paths by default, with the map labels over them', async () => {
    app = await browser.open(
      { zoom: 10.4, lon: 105.66, lat: 21.27 },
      { query: '?layers=boundaries,ring-road-5,industrial-zones,security-clusters' },
    );
    await app.switchLanguage('English');
    await app.page.getByRole('button', { name: 'Export figure' }).click();
    await app.page.getByLabel('Resolution (dpi)').fill(String(DPI));
    const vectorBox = app.page.getByLabel('Plan layers as vector paths in the PDF');
    await expect.poll(() => vectorBox.isChecked()).toBe(true);
    const bytes = new Uint8Array((await app.download('Download PDF')).bytes);

    // The picture, the paths, then the labels' picture (transparent but for the labels).
    const layers = await readPdfLayers(bytes);
    expect(layers.drawn).toHaveLength(3);
    expect(layers.drawn[1]).toMatch(/^PlanLayers/);
    const [under, labels] = layers.pictures;
    expect(labels?.name).toBe(layers.drawn[2]);
    expect([labels!.width, labels!.height]).toEqual([under!.width, under!.height]);

    // Where a road, a zone's or a boundary's path runs under a letter, poppler prints the letter.
    const withoutLabels = await withoutDrawing(bytes, labels!.name);
    const prints = {
      whole: renderWithPoppler(bytes, PRINT_DPI),
      withoutLabels: renderWithPoppler(withoutLabels, PRINT_DPI),
      withoutLabelsOrPaths: renderWithPoppler(
        await withoutDrawing(withoutLabels, layers.drawn[1]!),
        PRINT_DPI,
      ),
    };
    const letters = lettersOnPaths(labels!, layers.pageHeightPt, prints);
    expect(letters.length).toBeGreaterThan(30);
    const asLabel = letters.filter(
      ({ letter, path, printed }) => distance(printed, letter) < distance(printed, path),
    );
    expect(asLabel.length / letters.length).toBeGreaterThan(0.9);
  });

  it('leaves the plan layers in the picture, as in the PNG, when unticked', async () => {
    app = await browser.open(
      { zoom: 10.4, lon: 105.66, lat: 21.27 },
      { query: '?layers=ring-road-5,industrial-zones' },
    );
    await app.switchLanguage('English');
    await app.page.getByRole('button', { name: 'Export figure' }).click();
    await app.page.getByLabel('Resolution (dpi)').fill('96');
    const vectorBox = app.page.getByLabel('Plan layers as vector paths in the PDF');
    const vector = await readPdfPaint(new Uint8Array((await app.download('Download PDF')).bytes));
    expect(vector.formPaths).toContain('fill #a78bfa');
    expect(vector.formPaths).toContain('stroke #7c3aed');
    expect(vector.formPaths).toContain(`stroke ${RING_ROAD}`);
    const roadPixelsLeftOut = vector.pictureColours.get(RING_ROAD) ?? 0;

    await vectorBox.uncheck();
    const raster = await readPdfPaint(new Uint8Array((await app.download('Download PDF')).bytes));
    expect(raster.formPaths).toEqual([]);
    const roadPixels = raster.pictureColours.get(RING_ROAD) ?? 0;
    // The road is in the picture only when it is not drawn as paths.
    expect(roadPixels).toBeGreaterThan(200);
    expect(roadPixelsLeftOut).toBeLessThan(roadPixels / 20);
  });
});
