// `tsx bench/render/figureFile.ts <out.png|out.pdf> [--dist <folder>] [--zones] [--hash <#map=…>]`:
// makes one A4 landscape 300 dpi figure in the app's page served from a production build (dist/
// by default, or another build's folder, e.g. main's copied aside) and writes the file, to compare
// two builds' figures byte for byte (`cmp`) or pixel for pixel. `--zones` replaces the
// industrial-zones file by 10,000 zones (bench/edit/tenThousandZones.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { routeTenThousandZones } from '../edit/tenThousandZones.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const out = process.argv[2];
if (!out) throw new Error('usage: figureFile.ts <out.png|out.pdf> [--dist folder] [--zones]');
const format: 'png' | 'pdf' = out.endsWith('.pdf') ? 'pdf' : 'png';
const zones = process.argv.includes('--zones');
const hash = arg('--hash') ?? (zones ? '#map=10.4/21.27/105.63' : '#map=10.4/21.27/105.66');

const server = await preview({
  configFile: resolve(ROOT, 'vite.config.ts'),
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: resolve(arg('--dist') ?? resolve(ROOT, 'dist')) },
  preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (zones) {
    await routeTenThousandZones(page);
  }
  await page.goto(`http://127.0.0.1:${address.port}/?lang=vi${hash}`);
  await page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
    timeout: 180_000,
    polling: 200,
  });
  const file = await page.evaluate(
    (format) =>
      window.giapranh!.figure({
        format,
        paper: 'A4',
        orientation: 'landscape',
        dotsPerInch: 300,
        date: '2026-12-04',
      }),
    format,
  );
  writeFileSync(out, Buffer.from(file.base64, 'base64'));
  const leftOut = (file as { labelsLeftOut?: number }).labelsLeftOut;
  console.log(`${out}: ${file.widthPx} × ${file.heightPx}, labels left out: ${leftOut ?? 'n/a'}`);
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(() => done(undefined)));
}
