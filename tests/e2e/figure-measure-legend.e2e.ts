import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

async function pdfWords(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: bytes.slice() }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  return content.items.flatMap((item) => ('str' in item ? [item.str.normalize('NFC')] : []));
}

describe("a figure's legend", () => {
  it('names the measured line drawn on the map', async () => {
    app = await browser.open({ zoom: 11, lon: 105.65, lat: 21.25 });
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.measureLine([105.6, 21.22], [105.7, 21.28]);
    await app.waitUntilRendered('measure');
    const file = await app.page.evaluate(() =>
      window.giapranh!.figure({
        format: 'pdf',
        paper: 'A4',
        orientation: 'landscape',
        dotsPerInch: 96,
        columnCm: 12,
        date: '2026-12-04',
      }),
    );
    const words = await pdfWords(new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(words).toContain('Measured distance');
    expect(words).not.toContain('Measured area');
  }, 300_000);
});
