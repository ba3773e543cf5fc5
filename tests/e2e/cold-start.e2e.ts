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

describe('the cold start', () => {
  it(`links at most ${PROGRAMS_AT_FIRST_IDLE} WebGL programs before the first idle at the opening view`, async () => {
    const app = await browser.open();
    // Counted on a fresh load of the same page, from its first script on.
    await countLinkedPrograms(app.page);
    await app.page.reload();
    await app.waitForIdle();
    expect(await linkedPrograms(app.page)).toBeLessThanOrEqual(PROGRAMS_AT_FIRST_IDLE);
  });
});
