import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

describe('the order of the cold start', () => {
  // The map's label fonts (map/glyphWarmUp.ts) are fetched as its style loads. Left to MapLibre,
  // they were fetched once its worker first asked for a label's glyphs, after every tile program
  // had been linked: then decoded, rasterised and sent back on the way to the first idle. An
  // empty map links two programs (sky and background) before any tile is drawn.
  it('fetches the map’s label fonts before it draws its first tile', async () => {
    const app = await browser.open();
    await app.page.addInitScript(() => {
      const links = [] as number[];
      (window as unknown as { __links: number[] }).__links = links;
      const link = WebGL2RenderingContext.prototype.linkProgram;
      WebGL2RenderingContext.prototype.linkProgram = function (program: WebGLProgram) {
        links.push(performance.now());
        return link.call(this, program);
      };
    });
    await app.page.reload();
    await app.waitForIdle();
    const { fontFetches, links } = await app.page.evaluate(() => ({
      // MapLibre fetches its `font-faces` files; the page's CSS fetches its own (initiator css).
      fontFetches: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType === 'fetch' && entry.name.endsWith('.woff2'))
        .map((entry) => entry.startTime),
      links: (window as unknown as { __links: number[] }).__links,
    }));
    expect(fontFetches.length).toBeGreaterThan(0);
    const linkedBefore = links.filter((at) => at < Math.min(...fontFetches)).length;
    expect(linkedBefore).toBeLessThanOrEqual(2);
  });
});
