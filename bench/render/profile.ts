// `tsx bench/render/profile.ts [--figures 2] [--zones] [--format pdf]`: records a Chromium trace
// (with the V8 sampling profiler) while the app makes A4 300 dpi figures (PNG unless `--format
// pdf`, a vector PDF) one after another in one page, `--zones` with the industrial-zones file
// replaced by 10,000 zones all in view (bench/edit/tenThousandZones.ts), and lists
// each figure's long tasks (≥ 50 ms on the renderer's main thread) with the trace events inside
// and the functions sampled most. Build without minifying first so the names read:
// `npx vite build --minify false`. TOP=n sets how many functions are listed per task; SAMPLES=0
// leaves the sampling profiler out (it lengthens tasks).
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';
import { routeTenThousandZones } from '../edit/tenThousandZones.ts';
import { recordTrace, reportLongTasks, traceCategories } from '../shared/trace.ts';

const CATEGORIES = traceCategories(process.env.SAMPLES !== '0', ['gpu']);
const FIGURES_AT = process.argv.indexOf('--figures');
const FIGURES = FIGURES_AT >= 0 ? Number(process.argv[FIGURES_AT + 1]) : 1;
const TOP = Number(process.env.TOP ?? 10);
const ZONES = process.argv.includes('--zones');
const FORMAT_AT = process.argv.indexOf('--format');
const FORMAT: 'png' | 'pdf' =
  FORMAT_AT >= 0 && process.argv[FORMAT_AT + 1] === 'pdf' ? 'pdf' : 'png';
// With the zones: the 100 × 100 grid whole in the frame.
const CAMERA = ZONES ? '#map=10.4/21.27/105.63' : '#map=10.4/21.27/105.66';

const server = await startPreviewServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (ZONES) {
    await routeTenThousandZones(page);
  }
  await page.goto(`${server.url}?lang=vi${CAMERA}`);
  await page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
    timeout: 120_000,
    polling: 200,
  });
  const cdp = await page.context().newCDPSession(page);
  for (let figure = 1; figure <= FIGURES; figure++) {
    console.log(`figure ${figure}:`);
    const events = await recordTrace(cdp, CATEGORIES, async () => {
      await page.evaluate(
        (format) =>
          window.giapranh!.figure({
            format,
            paper: 'A4',
            orientation: 'landscape',
            dotsPerInch: 300,
            date: '2026-12-04',
          }),
        FORMAT,
      );
      await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    });
    reportLongTasks(events, TOP);
  }
} finally {
  await browser.close();
  await server.close();
}
