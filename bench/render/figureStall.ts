// `npm run bench:render` (second part): the longest main-thread task while the app makes A4
// figures at 300 dpi one after another in one page, measured with a PerformanceObserver('longtask').
// Target: no task over 200 ms. The first figure creates the off-screen map (its WebGL context and
// shaders); the later ones reuse it. The page is the production build, as a planner gets it.
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';
import { routeTenThousandZones } from '../edit/tenThousandZones.ts';

/** One figure to make: its format, and how the bench names it. */
export interface FigureRun {
  label: string;
  format: 'png' | 'pdf';
}

/** What one figure cost the page. */
export interface FigureStall {
  label: string;
  format: 'png' | 'pdf';
  elapsedMs: number;
  longestTaskMs: number;
  /** When the longest task started, in ms from the figure's start (to read against `steps`). */
  longestTaskAtMs: number;
  longTasks: number;
  /** Milliseconds from the start to the end of each step (composeFigure's measures). */
  steps: Record<string, number>;
}

const CAMERA = '#map=10.4/21.27/105.66';
/** The 100 × 100 grid of bench/edit/tenThousandZones.ts whole in the frame. */
const ZONES_CAMERA = '#map=10.4/21.27/105.63';

/**
 * Makes the figures in turn in one page opened at a fixed view, and reads the long tasks. With
 * `zones`, the industrial-zones file is replaced by 10,000 small zones, all in view.
 */
export async function measureFigureStalls(
  runs: readonly FigureRun[],
  options: { zones?: boolean } = {},
): Promise<FigureStall[]> {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (options.zones) {
      await routeTenThousandZones(page);
    }
    await page.goto(`${server.url}?lang=vi${options.zones ? ZONES_CAMERA : CAMERA}`);
    await page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
      timeout: 120_000,
      polling: 200,
    });
    const results: FigureStall[] = [];
    for (const { label, format } of runs) {
      const stall = await page.evaluate(async (format) => {
        const tasks: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((list) => {
          tasks.push(...list.getEntries());
        });
        observer.observe({ type: 'longtask' });
        const started = performance.now();
        await window.giapranh!.figure({
          format,
          paper: 'A4',
          orientation: 'landscape',
          dotsPerInch: 300,
          date: '2026-12-04',
        });
        const elapsedMs = performance.now() - started;
        // Long tasks are reported after they end: let the last one arrive.
        await new Promise((resolve) => setTimeout(resolve, 100));
        tasks.push(...observer.takeRecords());
        observer.disconnect();
        const longest = tasks.reduce<PerformanceEntry | null>(
          (most, task) => (most && most.duration >= task.duration ? most : task),
          null,
        );
        const steps = Object.fromEntries(
          performance
            .getEntriesByType('measure')
            .filter((entry) => entry.name.startsWith('giapranh:figure:'))
            .map((entry) => [entry.name.slice(16), Math.round(entry.duration)]),
        );
        performance.clearMeasures();
        return {
          steps,
          format,
          elapsedMs,
          longestTaskMs: longest?.duration ?? 0,
          longestTaskAtMs: longest ? longest.startTime - started : 0,
          longTasks: tasks.length,
        };
      }, format);
      results.push({ label, ...stall });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
