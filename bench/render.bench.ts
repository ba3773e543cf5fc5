// `npm run bench:render`: what a figure costs. (1) `giapranh render` of one A4 figure at 300 dpi,
// and ten figures from one --states file in one browser session (per figure), each against the
// floor measured in the same run: starting Chromium and loading a blank page. (2) The longest
// main-thread task while the app makes A4 300 dpi figures in one page, a PNG, a second PNG and a
// PDF: the first creates the off-screen map, the others reuse it (target: none over 200 ms); then
// the same three with the industrial-zones file replaced by 10,000 zones all in view, as ratios
// to the bundled layers' figures of the same run. BENCH_RENDER_DPI sets the dpi of the ten
// (default 300); BENCH_RENDER_SKIP=cli|stall|zones skips a part.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/cli/browser/launch.ts';
import { type FigureStall, measureFigureStalls } from './render/figureStall.ts';

const ROOT = resolve(import.meta.dirname, '..');
const skip = process.env.BENCH_RENDER_SKIP ?? '';
const tenDpi = Number(process.env.BENCH_RENDER_DPI ?? 300);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function floorMs(): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.setContent('<!doctype html><p>blank</p>');
    times.push(performance.now() - started);
    await browser.close();
  }
  return median(times);
}

function renderMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['bin/giapranh.js', 'render', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`giapranh render failed: ${result.stderr}`);
  return performance.now() - started;
}

// Ten views over the region: the same area panned and zoomed, as a report's figures are.
const VIEWS = Array.from({ length: 10 }, (_, i) => {
  const zoom = 9.8 + (i % 4) * 0.4;
  return `?lang=vi#map=${zoom.toFixed(1)}/${(21.2 + (i % 3) * 0.04).toFixed(2)}/${(105.6 + (i % 5) * 0.05).toFixed(2)}`;
});

if (!skip.includes('cli')) {
  const folder = mkdtempSync(join(tmpdir(), 'giapranh-render-'));
  try {
    const floor = await floorMs();
    // The first run builds the CLI bundle if a source changed: not part of a figure's cost.
    spawnSync(process.execPath, ['bin/giapranh.js', '--version'], { cwd: ROOT });
    // A busy two-core machine draws a 300 dpi figure with SwiftShader in well over 120 s.
    const common = ['--date', '2026-12-04', '--paper', 'A4', '--orientation', 'landscape'];
    common.push('--timeout', '900');
    const one = renderMs(['--out', join(folder, 'one.png'), '--dpi', '300', ...common]);
    console.log('giapranh render (A4 landscape):');
    console.log(
      `  floor: Chromium start + blank page ${(floor / 1000).toFixed(2)} s (median of 3)`,
    );
    console.log(
      `  one figure, 300 dpi: ${(one / 1000).toFixed(1)} s = ${(one / floor).toFixed(1)}× the floor`,
    );
    writeFileSync(join(folder, 'states.txt'), `${VIEWS.join('\n')}\n`);
    const ten = renderMs([
      '--states',
      join(folder, 'states.txt'),
      '--out',
      join(folder, 'fig.png'),
      '--dpi',
      String(tenDpi),
      ...common,
    ]);
    console.log(
      `  ten figures in one session, ${tenDpi} dpi: ${(ten / 1000).toFixed(1)} s, ${(ten / 10000).toFixed(1)} s per figure = ${(ten / 10 / floor).toFixed(1)}× the floor`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const FIGURE_RUNS = [
  { label: 'first figure', format: 'png' },
  { label: 'second figure', format: 'png' },
  { label: 'third figure', format: 'pdf' },
] as const;

/** One line per figure: its time, longest task and steps. */
function printStalls(results: readonly FigureStall[]): void {
  for (const result of results) {
    const steps = Object.entries(result.steps)
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(', ');
    console.log(
      `  ${result.label}, ${result.format.toUpperCase()}: ${(result.elapsedMs / 1000).toFixed(1)} s in all; longest task ${result.longestTaskMs.toFixed(0)} ms at +${result.longestTaskAtMs.toFixed(0)} ms (${result.longTasks} tasks ≥ 50 ms); steps from the start: ${steps}`,
    );
  }
}

if (!skip.includes('stall')) {
  const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
  console.log(
    `Main thread while the app makes A4 300 dpi figures in turn (target: no task over 200 ms; ${load()}):`,
  );
  const bundled = await measureFigureStalls(FIGURE_RUNS);
  printStalls(bundled);
  if (!skip.includes('zones')) {
    console.log(`The same with 10,000 zones in view (${load()}):`);
    const zones = await measureFigureStalls(FIGURE_RUNS, { zones: true });
    printStalls(zones);
    console.log('  10,000 zones / bundled layers, figure by figure (time, longest task):');
    for (const [index, result] of zones.entries()) {
      const base = bundled[index]!;
      console.log(
        `    ${result.label}, ${result.format.toUpperCase()}: time ${(result.elapsedMs / base.elapsedMs).toFixed(2)}×, longest task ${(result.longestTaskMs / Math.max(base.longestTaskMs, 1)).toFixed(2)}×`,
      );
    }
  }
}
