import type { Page } from 'playwright-core';

/**
 * From the page's next load on, counts the WebGL programs it links (MapLibre compiles one per
 * layer type and per set of paint properties read from the data). Call before navigating.
 */
export async function countLinkedPrograms(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { __linkedPrograms: number };
    counted.__linkedPrograms = 0;
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const link = context.prototype.linkProgram;
      context.prototype.linkProgram = function (program: WebGLProgram) {
        counted.__linkedPrograms++;
        return link.call(this, program);
      };
    }
  });
}

/** The programs linked since the page loaded (see `countLinkedPrograms`). */
export function linkedPrograms(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __linkedPrograms: number }).__linkedPrograms);
}
