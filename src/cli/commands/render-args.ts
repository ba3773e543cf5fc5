import type { Orientation, Paper } from '../../core/figure/paper.ts';
import { MAX_DPI, MIN_DPI } from '../../core/figure/paper.ts';

export const RENDER_HELP = `giapranh render [--state LINK] --out FILE.png|FILE.pdf [options]
giapranh render --states FILE --out PREFIX.png|PREFIX.pdf [options]
    Render a report figure of the map, as the app's "Xuất hình / Export figure" makes it, in
    headless Chromium (CHROME_PATH, else the system's chromium) from the production build
    (dist/: build it with \`npm run build\`). LINK is the app's link ("Sao chép liên kết / Copy
    link") or its query and hash, e.g. "?lang=vi&layers=ring-road-5#map=11/21.2/105.7";
    without it, the default map.
  --paper A4|A3                  default A4
  --orientation landscape|portrait   default landscape
  --dpi N                        ${MIN_DPI}–${MAX_DPI}, default 300
  --column-cm N                  one column of a Word page N cm wide instead of the whole page
  --title TEXT  --subtitle TEXT  --figure-number N
  --layers-as vector|raster      a PDF's plan layers: vector paths over the map's picture, under
                                 its labels (default), or pixels of the picture as in the PNG
  --date YYYY-MM-DD              printed on the figure, default today (same state and date,
                                 same bytes)
  --states FILE                  many figures in one browser session: one link a line, or JSON
                                 lines {"state": "…", "out": "…", "title": "…", "subtitle": "…",
                                 "figureNumber": "…"}; a line without "out" is written to
                                 PREFIX-N.png (N its line number)
  --timeout SECONDS              for the map to finish loading, and again for each figure to be
                                 drawn (default 120)
  --dist DIR                     the production build to serve (default dist)
Exit 0 written, 1 a state that cannot be rendered as given, 2 usage, no browser, no build, a
timeout or an I/O error, 3 internal error.
`;

/** Fields that may differ from one figure to the next. */
export interface FigureFields {
  title?: string;
  subtitle?: string;
  figureNumber?: string;
}

export interface RenderOptions extends FigureFields {
  state: string;
  statesFile: string | null;
  out: string;
  format: 'png' | 'pdf';
  paper: Paper;
  orientation: Orientation;
  dotsPerInch: number;
  columnCm: number | null;
  /** A PDF's plan layers as vector paths (the default) or as pixels of the map's picture. */
  layersAs: 'vector' | 'raster';
  date: string;
  timeoutSeconds: number;
  dist: string;
}

const VALUE_FLAGS = new Set([
  '--state',
  '--states',
  '--out',
  '--paper',
  '--orientation',
  '--dpi',
  '--column-cm',
  '--title',
  '--subtitle',
  '--figure-number',
  '--date',
  '--layers-as',
  '--timeout',
  '--dist',
]);

/** The command line of `giapranh render`, or the one thing wrong with it. */
export function parseRenderArgs(argv: readonly string[], today: string): RenderOptions | string {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index]!;
    const value = argv[index + 1];
    if (!VALUE_FLAGS.has(flag)) return `unknown option "${flag}"`;
    if (value === undefined) return `${flag} needs a value`;
    values.set(flag, value);
  }
  const out = values.get('--out');
  if (!out) return '--out FILE.png or FILE.pdf is required';
  const format = /\.pdf$/i.test(out) ? 'pdf' : /\.png$/i.test(out) ? 'png' : null;
  if (!format) return `--out must end in .png or .pdf, got "${out}"`;
  const paper = values.get('--paper') ?? 'A4';
  if (paper !== 'A4' && paper !== 'A3') return `--paper must be A4 or A3, got "${paper}"`;
  const orientation = values.get('--orientation') ?? 'landscape';
  if (orientation !== 'landscape' && orientation !== 'portrait')
    return `--orientation must be landscape or portrait, got "${orientation}"`;
  const dotsPerInch = Number(values.get('--dpi') ?? 300);
  if (!Number.isInteger(dotsPerInch) || dotsPerInch < MIN_DPI || dotsPerInch > MAX_DPI)
    return `--dpi must be a whole number from ${MIN_DPI} to ${MAX_DPI}, got "${values.get('--dpi')}"`;
  const columnText = values.get('--column-cm');
  const columnCm = columnText === undefined ? null : Number(columnText);
  if (columnCm !== null && !Number.isFinite(columnCm))
    return `--column-cm must be a number, got "${columnText}"`;
  // "pixels" was the opt-out's first name, and still works.
  const layersText = values.get('--layers-as') ?? 'vector';
  const layersAs = layersText === 'pixels' ? 'raster' : layersText;
  if (layersAs !== 'vector' && layersAs !== 'raster')
    return `--layers-as must be vector or raster, got "${layersText}"`;
  const date = values.get('--date') ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date must be YYYY-MM-DD, got "${date}"`;
  const timeoutSeconds = Number(values.get('--timeout') ?? 120);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    return `--timeout must be a number of seconds, got "${values.get('--timeout')}"`;
  if (values.has('--state') && values.has('--states')) return 'give --state or --states, not both';
  const options: RenderOptions = {
    state: values.get('--state') ?? '',
    statesFile: values.get('--states') ?? null,
    out,
    format,
    paper,
    orientation,
    dotsPerInch,
    columnCm,
    layersAs,
    date,
    timeoutSeconds,
    dist: values.get('--dist') ?? 'dist',
  };
  for (const [flag, key] of [
    ['--title', 'title'],
    ['--subtitle', 'subtitle'],
    ['--figure-number', 'figureNumber'],
  ] as const) {
    const value = values.get(flag);
    if (value !== undefined) options[key] = value;
  }
  return options;
}

/** One figure to render: its state, its file and its own fields. */
export interface FigureJob extends FigureFields {
  state: string;
  out: string;
  /** Where it came from, for messages: `--state` or `states.txt:3`. */
  origin: string;
}

/**
 * The figures a `--states` file asks for: one link a line, or JSON lines. Blank lines and
 * lines starting with `#` are skipped; a line without "out" goes to PREFIX-N.ext.
 */
export function parseStatesFile(
  text: string,
  fileName: string,
  out: string,
  format: 'png' | 'pdf',
): FigureJob[] | string {
  const jobs: FigureJob[] = [];
  const prefix = out.replace(/\.(png|pdf)$/i, '');
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const origin = `${fileName}:${index + 1}`;
    const fallbackOut = `${prefix}-${index + 1}.${format}`;
    if (!line.startsWith('{')) {
      jobs.push({ state: line, out: fallbackOut, origin });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return `${origin}: not JSON (${(error as Error).message})`;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${origin}: a JSON line must be an object`;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!['state', 'out', 'title', 'subtitle', 'figureNumber'].includes(key))
        return `${origin}: unknown member "${key}"`;
      if (typeof record[key] !== 'string') return `${origin}: "${key}" must be a string`;
    }
    const job: FigureJob = {
      state: (record.state as string | undefined) ?? '',
      out: (record.out as string | undefined) ?? fallbackOut,
      origin,
    };
    if (!/\.(png|pdf)$/i.test(job.out)) return `${origin}: "out" must end in .png or .pdf`;
    for (const key of ['title', 'subtitle', 'figureNumber'] as const)
      if (typeof record[key] === 'string') job[key] = record[key] as string;
    jobs.push(job);
  }
  if (jobs.length === 0) return `${fileName}: no states in the file`;
  return jobs;
}
