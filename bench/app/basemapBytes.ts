import type { Browser, Request } from 'playwright-core';

/** What the basemap fetched before the app's first idle at the default view. */
export interface BasemapBytes {
  requests: number;
  /** Bytes on the wire (the tiles are gzip inside the archive, the relief is WebP). */
  transferBytes: number;
}

const BASEMAP_ASSET = /\/assets\/(basemap|hillshade)-[^/]*\.(pmtiles|webp)$/;

/**
 * The basemap's requests (vector-tile archive ranges and the relief image) made before the app
 * reported its first idle, in a fresh context (cold cache). Counted from the browser's network
 * events, not the page's Resource Timing: MapLibre's worker reads the archive's tiles itself,
 * and a worker's requests are not in the page's timeline.
 */
export async function basemapBytesBeforeIdle(
  browser: Browser,
  url: string,
  readySelector: string,
): Promise<BasemapBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const started: Request[] = [];
    let idle = false;
    context.on('request', (request) => {
      if (!idle && BASEMAP_ASSET.test(request.url())) started.push(request);
    });
    await page.goto(url);
    await page.waitForSelector(readySelector, { timeout: 120_000 });
    idle = true;
    let transferBytes = 0;
    for (const request of started) {
      await request.response();
      const sizes = await request.sizes();
      transferBytes += sizes.responseHeadersSize + sizes.responseBodySize;
    }
    return { requests: started.length, transferBytes };
  } finally {
    await context.close();
  }
}
