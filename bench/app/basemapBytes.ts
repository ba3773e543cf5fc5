import type { Browser } from 'playwright-core';

/** What the basemap fetched before the app's first idle at the default view. */
export interface BasemapBytes {
  requests: number;
  /** Bytes on the wire (the tiles are gzip inside the archive, the relief is WebP). */
  transferBytes: number;
}

/**
 * The basemap's requests (vector-tile archive ranges and the relief image) that started before
 * the first `giapranh:idle` mark, in a fresh context (cold cache), from Resource Timing.
 */
export async function basemapBytesBeforeIdle(
  browser: Browser,
  url: string,
  readySelector: string,
): Promise<BasemapBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(readySelector, { timeout: 120_000 });
    return await page.evaluate(() => {
      const idle = performance.getEntriesByName('giapranh:idle')[0]!;
      const entries = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/(basemap|hillshade)-[^/]*\.(pmtiles|webp)$/.test(entry.name))
        .filter((entry) => entry.startTime <= idle.startTime) as PerformanceResourceTiming[];
      return {
        requests: entries.length,
        transferBytes: entries.reduce((total, entry) => total + entry.transferSize, 0),
      };
    });
  } finally {
    await context.close();
  }
}
