import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/** What Ctrl+P makes of the page: its printed PDF (the page's own @page size). */
async function printed(): Promise<PDFDocument> {
  const bytes = await app.page.pdf({ printBackground: true, preferCSSPageSize: true });
  return PDFDocument.load(bytes);
}

describe('the printed page (Ctrl+P) from a tablet-wide window', () => {
  it('is one A4 landscape sheet with the whole title, the credits, and no search or menu', async () => {
    app = await browser.open(undefined, {
      query: '?lang=en&check=preset-zones-rr5-500m',
      size: { width: 1000, height: 700 },
    });
    await app.waitUntilRendered('analysis');
    const pdf = await printed();
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);

    await app.page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => app.page.locator(selector).first().isVisible();
    expect(await shown('.search-box')).toBe(false);
    expect(await shown('.menu-toggle')).toBe(false);
    expect(await shown('.coords-readout')).toBe(false);
    expect(await shown('.topbar h1 .title-rest')).toBe(true);
    expect(await shown('.maplibregl-ctrl-attrib-inner')).toBe(true);
    expect(await app.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain(
      'OpenStreetMap',
    );
  });
});
