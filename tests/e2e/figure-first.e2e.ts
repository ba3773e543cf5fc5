import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** What the page's WebGL did while the first figure created its off-screen map. */
interface FigureMapCreation {
  /** The drawing buffer (canvas pixels) each figure-map context was created with. */
  contextSizes: [number, number][];
  /** Shader programs linked in each task that linked any. */
  linksPerTask: number[];
}

/**
 * Watches, from now on, WebGL contexts created for a canvas in the figure map's container and
 * programs linked by any context, counted per task (a task ends before the timer it set runs).
 */
async function watchWebGl(app: MapApp): Promise<void> {
  await app.page.evaluate(() => {
    const seen: FigureMapCreation = { contextSizes: [], linksPerTask: [] };
    (window as unknown as { figureMapCreation: FigureMapCreation }).figureMapCreation = seen;
    const withContext = new WeakSet<HTMLCanvasElement>();
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      ...args: unknown[]
    ) {
      if (args[0] === 'webgl2' && this.closest('[data-figure-map]') && !withContext.has(this)) {
        withContext.add(this);
        seen.contextSizes.push([this.width, this.height]);
      }
      return (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
    } as typeof getContext;
    let linksThisTask = 0;
    const linkProgram = WebGL2RenderingContext.prototype.linkProgram;
    WebGL2RenderingContext.prototype.linkProgram = function (program) {
      if (linksThisTask === 0) {
        setTimeout(() => {
          seen.linksPerTask.push(linksThisTask);
          linksThisTask = 0;
        }, 0);
      }
      linksThisTask++;
      linkProgram.call(this, program);
    };
  });
}

describe('the first figure of a session', () => {
  it('creates its off-screen map with a small drawing buffer and links its shaders a few per task', async () => {
    const app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
      timeout: 120_000,
    });
    await watchWebGl(app);
    const file = await app.page.evaluate(() =>
      window.giapranh!.figure({
        format: 'png',
        paper: 'A4',
        orientation: 'landscape',
        dotsPerInch: 96,
        columnCm: 16,
        date: '2026-12-04',
      }),
    );
    // The figure itself is whole: 16 cm at 96 dpi.
    expect(file.widthPx).toBe(605);
    const seen = await app.page.evaluate(
      () => (window as unknown as { figureMapCreation: FigureMapCreation }).figureMapCreation,
    );
    // One context, created at 64 × 64 pixels (the figure's 605 × 347 came afterwards): the
    // context's set-up and the full drawing buffer are not one task.
    expect(seen.contextSizes).toEqual([[64, 64]]);
    // Created with the whole style, the map linked four or five programs in its first frame
    // with data; given its layers' paint back kind by kind, it links two at most.
    expect(seen.linksPerTask.length).toBeGreaterThan(4);
    expect(Math.max(...seen.linksPerTask)).toBeLessThanOrEqual(2);
  }, 400_000);

  it('stops while its map is being created when Cancel is pressed: the map goes, nothing is logged, the next figure is made', async () => {
    const app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
      timeout: 120_000,
    });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    await app.page.getByRole('button', { name: 'Tải hình PNG' }).click();
    // The map exists: it is loading its tiles and linking its shaders (seconds under SwiftShader).
    await app.page.locator('[data-figure-map]').waitFor({ state: 'attached', timeout: 120_000 });
    await app.page.getByRole('button', { name: 'Hủy' }).click();
    await app.page.getByText('Đã hủy.').waitFor({ timeout: 120_000 });
    // Removed half made (the requests it cut short are not console errors: see the spec's hooks).
    await expect.poll(() => app.page.locator('[data-figure-map]').count()).toBe(0);
    const next = await app.page.evaluate(() =>
      window.giapranh!.figure({
        format: 'png',
        paper: 'A4',
        orientation: 'landscape',
        dotsPerInch: 96,
        columnCm: 10,
        date: '2026-12-04',
      }),
    );
    expect(next.widthPx).toBe(378);
    expect(await app.page.locator('[data-figure-map]').count()).toBe(1);
  }, 400_000);
});
