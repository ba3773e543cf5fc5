import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PRESET_CHECKS } from '../../core/checks/presets.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { LAYERS } from '../../core/layers/registry.ts';
import { ignoredNote } from '../../core/url/ignored-note.ts';
import { parseStateArgument, type StateArgument } from '../../core/url/state-argument.ts';
import { NoBrowserError } from '../browser/findChromium.ts';
import { launchChromium } from '../browser/launch.ts';
import { serveFolder } from '../browser/static-server.ts';
import { EXIT } from '../exit-codes.ts';
import { localeLang } from '../locale.ts';
import {
  type FigureJob,
  parseRenderArgs,
  parseStatesFile,
  RENDER_HELP,
  type RenderOptions,
} from './render-args.ts';
import { RENDER_MESSAGES as M, say } from './render-messages.ts';

/** A failure with its exit code and one line to print. */
class RenderFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

// The planner's window the link's camera is read against (as the browser tests open the app).
const VIEWPORT = { width: 1280, height: 800 };
const LINK_CONTEXT = { layers: LAYERS, checkIds: PRESET_CHECKS.map((check) => check.id) };

/** `giapranh render`: exit 0 and one line per written figure, or a code and one line why. */
export async function runRender(argv: readonly string[]): Promise<number> {
  const lang = localeLang();
  if (argv.includes('--help')) {
    process.stdout.write(RENDER_HELP);
    return EXIT.ok;
  }
  const options = parseRenderArgs(argv, new Date().toISOString().slice(0, 10));
  if (typeof options === 'string') {
    process.stderr.write(`giapranh render: ${options}\n`);
    return EXIT.usage;
  }
  try {
    const jobs = readJobs(options, lang);
    const states = jobs.map((job) => checkState(job, lang));
    if (!existsSync(join(options.dist, 'index.html')))
      throw new RenderFailure(EXIT.usage, say(lang, M.noBuild(options.dist)));
    await renderAll(options, jobs, states, lang);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof RenderFailure)) throw error;
    process.stderr.write(`giapranh render: ${error.message}\n`);
    return error.exitCode;
  }
}

function readJobs(options: RenderOptions, lang: Lang): FigureJob[] {
  const fields = {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
    ...(options.figureNumber === undefined ? {} : { figureNumber: options.figureNumber }),
  };
  if (options.statesFile === null)
    return [{ state: options.state, out: options.out, origin: '--state', ...fields }];
  let text: string;
  try {
    text = readFileSync(options.statesFile, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RenderFailure(EXIT.usage, say(lang, M.readFailed(options.statesFile, detail)));
  }
  const jobs = parseStatesFile(text, options.statesFile, options.out, options.format);
  if (typeof jobs === 'string') throw new RenderFailure(EXIT.invalid, jobs);
  // The command line's title and subtitle are the default of every line.
  return jobs.map((job) => ({ ...fields, ...job }));
}

function checkState(job: FigureJob, lang: Lang): StateArgument {
  const parsed = parseStateArgument(job.state, LINK_CONTEXT);
  if ('search' in parsed) return parsed;
  const detail =
    parsed.kind === 'camera'
      ? say(lang, M.badCamera(parsed.value))
      : ignoredNote(lang, parsed.parts).replace(/\.$/, '');
  throw new RenderFailure(EXIT.invalid, say(lang, M.badState(job.origin, detail)));
}

/** Every figure in one browser session; each in a fresh context, as a new reader's browser. */
async function renderAll(
  options: RenderOptions,
  jobs: readonly FigureJob[],
  states: readonly StateArgument[],
  lang: Lang,
): Promise<void> {
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0] ?? '';
    throw new RenderFailure(
      EXIT.usage,
      error instanceof NoBrowserError ? say(lang, M.noBrowser(detail)) : detail,
    );
  }
  const server = await serveFolder(options.dist);
  try {
    for (const [index, job] of jobs.entries()) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        // Nothing leaves the machine: the app needs no network, and a link must not make it.
        const origin = new URL(server.url).origin;
        await context.route('**/*', (route) => {
          const url = route.request().url();
          return url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')
            ? route.continue()
            : route.abort();
        });
        const state = states[index]!;
        await page.goto(`${server.url}${state.search}${state.hash}`);
        const file = await renderOne(page, job, options, lang);
        writeFigure(job.out, file.bytes, lang);
        process.stdout.write(`${say(lang, M.written(job.out, file.widthPx, file.heightPx))}\n`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function renderOne(page: Page, job: FigureJob, options: RenderOptions, lang: Lang) {
  const timeoutMs = options.timeoutSeconds * 1000;
  try {
    await waitUntilReady(page, Date.now() + timeoutMs);
  } catch {
    throw new RenderFailure(
      EXIT.usage,
      say(lang, M.timeout(job.origin, options.timeoutSeconds, 'load')),
    );
  }
  const status = await page.evaluate(() => window.giapranh!.status());
  if (status.checkFailure)
    throw new RenderFailure(
      EXIT.usage,
      say(lang, M.checkFailed(job.origin, status.checkFailure.split('\n')[0] ?? '')),
    );
  if (status.failedLayers.length > 0)
    throw new RenderFailure(
      EXIT.usage,
      say(lang, M.badState(job.origin, say(lang, M.failedLayers(status.failedLayers.join(', '))))),
    );
  if (status.ignored)
    throw new RenderFailure(EXIT.invalid, say(lang, M.badState(job.origin, status.ignored)));
  const request = {
    // Each figure's file type follows its own name (a --states line may name a .pdf).
    format: /\.pdf$/i.test(job.out) ? ('pdf' as const) : ('png' as const),
    paper: options.paper,
    orientation: options.orientation,
    dotsPerInch: options.dotsPerInch,
    ...(options.columnCm === null ? {} : { columnCm: options.columnCm }),
    vectorLayers: options.layersAs === 'vector',
    ...(job.title === undefined ? {} : { title: job.title }),
    ...(job.subtitle === undefined ? {} : { subtitle: job.subtitle }),
    ...(job.figureNumber === undefined ? {} : { figureNumber: job.figureNumber }),
    date: options.date,
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RenderFailure(
            EXIT.usage,
            say(lang, M.timeout(job.origin, options.timeoutSeconds, 'draw')),
          ),
        ),
      timeoutMs,
    );
  });
  try {
    const file = await Promise.race([
      page.evaluate((figure) => window.giapranh!.figure(figure), request),
      timeout,
    ]);
    return { ...file, bytes: Buffer.from(file.base64, 'base64') };
  } catch (error) {
    if (error instanceof RenderFailure) throw error;
    const detail = (error as Error).message
      .replace(/^page\.evaluate: (Error: )?/, '')
      .split('\n')[0];
    throw new RenderFailure(EXIT.usage, say(lang, M.figureFailed(job.origin, detail ?? '')));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for the page to report itself ready twice, 300 ms apart: a result that reaches the page
 * a render before it reaches the map could otherwise be read as drawn. A linked check that
 * failed ends the wait at once: its result will never come.
 */
async function waitUntilReady(page: Page, deadline: number): Promise<void> {
  const settled = () => {
    const status = window.giapranh?.status();
    return status !== undefined && (status.ready || status.checkFailure !== '');
  };
  for (;;) {
    await page.waitForFunction(settled, undefined, {
      timeout: Math.max(1, deadline - Date.now()),
      polling: 250,
    });
    if (await page.evaluate(() => window.giapranh?.status().checkFailure !== '')) return;
    await page.waitForTimeout(300);
    if (await page.evaluate(settled)) return;
    if (Date.now() > deadline) throw new Error('timeout');
  }
}

function writeFigure(file: string, bytes: Uint8Array, lang: Lang): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RenderFailure(EXIT.usage, say(lang, M.writeFailed(file, detail)));
  }
}
