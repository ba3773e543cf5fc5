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

  // The layers tab (three quarters of the page's elements) renders in the commit after the map's
  // (ui/hooks/useAfterFirstCommit.ts): the map starts without waiting for it, and it is there,
  // visible, by the first idle.
  it('starts the map before rendering the layer panel, which is visible at the first idle', async () => {
    const app = await browser.open();
    await app.page.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      const page = window as unknown as { __rowsAtContext?: number; __rowsAtIdle?: number };
      const patched = HTMLCanvasElement.prototype as unknown as { getContext: typeof get };
      patched.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof get>) {
        if (String(args[0]).startsWith('webgl') && page.__rowsAtContext === undefined)
          page.__rowsAtContext = document.querySelectorAll('.layer-row').length;
        return get.apply(this, args);
      } as typeof get;
      // The rows shown on screen when the map marks its first idle (MapController.reportIdle).
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'giapranh:idle' && page.__rowsAtIdle === undefined)
          page.__rowsAtIdle = [...document.querySelectorAll('.layer-row')].filter((row) =>
            row.checkVisibility(),
          ).length;
        return mark(name, options);
      };
    });
    await app.page.reload();
    await app.waitForIdle();
    const seen = await app.page.evaluate(() => {
      const page = window as unknown as { __rowsAtContext?: number; __rowsAtIdle?: number };
      return { atContext: page.__rowsAtContext, atIdle: page.__rowsAtIdle };
    });
    expect(seen.atContext).toBe(0);
    expect(seen.atIdle).toBe(await app.page.locator('.layer-row').count());
    expect(seen.atIdle).toBeGreaterThan(5);
  });
});
