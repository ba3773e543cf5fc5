import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { tenThousandZones } from '../../bench/edit/tenThousandZones.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** The PDF's text, item by item, joined with spaces. */
async function pdfText(base64: string): Promise<string> {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  const document = await getDocument({ data: bytes }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  return content.items
    .flatMap((item) => ('str' in item ? [item.str.normalize('NFC')] : []))
    .join(' ');
}

/** A figure made through the page's entry, a 16 cm column at 96 dpi. */
function figure(app: MapApp, format: 'png' | 'pdf', tilePx?: number) {
  return app.page.evaluate(
    ({ format, tilePx }) =>
      window.giapranh!.figure({
        format,
        paper: 'A4',
        orientation: 'landscape',
        dotsPerInch: 96,
        columnCm: 16,
        date: '2026-12-04',
        ...(tilePx === undefined ? {} : { tilePx }),
      }),
    { format, tilePx },
  );
}

async function openReady(app: Promise<MapApp>): Promise<MapApp> {
  const opened = await app;
  await opened.page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
    timeout: 180_000,
    polling: 200,
  });
  return opened;
}

describe('figures of dense layers', () => {
  it("leave out the labels of zones too small at the figure's scale, and say how many", async () => {
    const body = JSON.stringify(tenThousandZones());
    // The 100 × 100 grid of 100 m zones whole in view: each is 2 px across, too small to label.
    const app = await openReady(
      browser.open(
        { zoom: 10.4, lon: 105.63, lat: 21.27 },
        {
          beforeLoad: (page) =>
            page.route('**/industrial-zones*.geojson', (route) =>
              route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
            ),
        },
      ),
    );
    const file = await figure(app, 'pdf');
    expect(file.labelsLeftOut).toBe(10_000);
    expect(await pdfText(file.base64)).toContain('Không ghi nhãn 10.000 khu quá nhỏ ở tỷ lệ này');
  }, 400_000);

  it('leave every label of the bundled layers, and say nothing of it', async () => {
    const app = await openReady(browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 }));
    const file = await figure(app, 'pdf');
    expect(file.labelsLeftOut).toBe(0);
    expect(await pdfText(file.base64)).not.toContain('Không ghi nhãn');
  }, 400_000);

  it('place the labels once for a picture, not again for each of its tiles', async () => {
    const app = await openReady(browser.open({ zoom: 11, lon: 105.72, lat: 21.2 }));
    // The first figure creates the off-screen map; the second, of the same view, only draws.
    await figure(app, 'png', 64);
    // Frames in which the figure map's WebGL context updated a buffer: a placement writes every
    // label layer's opacities (bufferSubData); drawing a tile with the same labels writes none.
    await app.page.evaluate(() => {
      const seen = new Set<number>();
      (window as unknown as { framesWriting: Set<number> }).framesWriting = seen;
      let frame = 0;
      const tick = () => {
        frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const bufferSubData = WebGL2RenderingContext.prototype.bufferSubData;
      WebGL2RenderingContext.prototype.bufferSubData = function (
        this: WebGL2RenderingContext,
        ...args: unknown[]
      ) {
        if ((this.canvas as HTMLCanvasElement).closest?.('[data-figure-map]')) seen.add(frame);
        return (bufferSubData as (...a: unknown[]) => void).apply(this, args);
      } as typeof bufferSubData;
    });
    const file = await figure(app, 'png', 64);
    const framesWriting = await app.page.evaluate(
      () => (window as unknown as { framesWriting: Set<number> }).framesWriting.size,
    );
    // 605 × 432 pixels in 64-pixel tiles: 70 tiles, one frame each.
    expect(file.widthPx).toBe(605);
    expect(framesWriting).toBeGreaterThan(0);
    expect(framesWriting).toBeLessThan(10);
  }, 400_000);
});
