import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { readPdfPaint } from './support/pdfPaths.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

// Ring Road 5 is drawn 4 CSS px wide in #991b1b at full opacity: in the picture, its middle
// pixels are exactly that colour; the zones are #a78bfa filled and #7c3aed outlined.
const RING_ROAD = '#991b1b';

describe('plan layers as vector paths in the figure PDF', () => {
  it('draws the shown plan layers as pixels by default, and as paths over a picture drawn without them when ticked', async () => {
    app = await browser.open(
      { zoom: 10.4, lon: 105.66, lat: 21.27 },
      { query: '?layers=ring-road-5,industrial-zones' },
    );
    await app.switchLanguage('English');
    await app.page.getByRole('button', { name: 'Export figure' }).click();
    await app.page.getByLabel('Resolution (dpi)').fill('96');
    const vectorBox = app.page.getByLabel('Plan layers as vector paths in the PDF');
    await expect.poll(() => vectorBox.isChecked()).toBe(false);
    const raster = await readPdfPaint(new Uint8Array((await app.download('Download PDF')).bytes));
    expect(raster.formPaths).toEqual([]);
    const roadPixels = raster.pictureColours.get(RING_ROAD) ?? 0;

    await vectorBox.check();
    const vector = await readPdfPaint(new Uint8Array((await app.download('Download PDF')).bytes));
    expect(vector.formPaths).toContain('fill #a78bfa');
    expect(vector.formPaths).toContain('stroke #7c3aed');
    expect(vector.formPaths).toContain(`stroke ${RING_ROAD}`);
    const roadPixelsLeftOut = vector.pictureColours.get(RING_ROAD) ?? 0;
    // The road is in the picture only when it is not drawn as paths.
    expect(roadPixels).toBeGreaterThan(200);
    expect(roadPixelsLeftOut).toBeLessThan(roadPixels / 20);
  });
});
