import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';
import { countLinkedPrograms, linkedPrograms } from './support/webglPrograms.ts';

const browser = setUpMapApp();

// Compiling a shader program took tens to hundreds of ms each under SwiftShader, the largest
// part of the cold start (`npm run bench:app`). The bare MapLibre page of the benchmark links 8
// (background, clipping mask, fill and its outline, line, circle, text and one more of
// MapLibre's own); the app adds the relief (raster) and dashed lines, and draws no fill outline
// (map/fillAntialias.ts). A fill coloured or a line dashed by the data would add programs of
// their own (tests/unit/style-shaders.test.ts).
const PROGRAMS_AT_FIRST_IDLE = 9;

// Code the opening map does not need, kept out of the app's entry (the scripts index.html loads
// and preloads, what `npm run bench:app` counts): the file validator and proj4 (an import's field
// check once pulled both in, +60 KB gzip; proj4 loads just after the first render), pdf-lib
// (figures), terra-draw (the editor), and the top bar's dialogs (the figure composer and its
// layout code once added 7 KB gzip: they load when their button is pressed). The import report and
// the landing (with the document's patch code) load when a first file is read: together they
// once took 8.6 KB gzip of the entry. So do the text readers of a paste (WKT), the PDF's vector
// packing, a moved file's value readers and the print sizing (3.6 KB together).
const NOT_IN_ENTRY = [
  'src/core/validate/validate.ts',
  'node_modules/proj4/',
  'node_modules/pdf-lib/',
  'node_modules/terra-draw/',
  'src/ui/figure/FigureDialog.tsx',
  'src/core/figure/layout.ts',
  'src/ui/share/EmbedCodeDialog.tsx',
  'src/ui/about/AboutDataDialog.tsx',
  'src/ui/import/ImportReport.tsx',
  'src/core/import/land-import.ts',
  'src/core/document/applyPatch.ts',
  'node_modules/betterknown/',
  'src/core/figure/vector-layers.ts',
  'src/core/import/coerce-text-values.ts',
  'src/map/printSize.ts',
];
const DIST = resolve(import.meta.dirname, '../../dist');

/** The sources, from their source maps, of the scripts dist/index.html loads and preloads. */
function entrySources(): string[] {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(1);
  return scripts.flatMap((script) => {
    const map = resolve(DIST, `${script}.map`);
    // The bundler's few-line runtime has no map; anything of size has one.
    if (!existsSync(map)) return [];
    return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
  });
}

describe('the cold start', () => {
  it(`links at most ${PROGRAMS_AT_FIRST_IDLE} WebGL programs before the first idle at the opening view`, async () => {
    const app = await browser.open();
    // Counted on a fresh load of the same page, from its first script on.
    await countLinkedPrograms(app.page);
    await app.page.reload();
    await app.waitForIdle();
    expect(await linkedPrograms(app.page)).toBeLessThanOrEqual(PROGRAMS_AT_FIRST_IDLE);
  });

  it('keeps the validator, proj4, pdf-lib, terra-draw and the dialogs out of the entry scripts', () => {
    const sources = entrySources();
    expect(sources.some((source) => source.includes('src/ui/App.tsx'))).toBe(true);
    for (const unwanted of NOT_IN_ENTRY)
      expect(sources.filter((source) => source.includes(unwanted))).toEqual([]);
  });
});
