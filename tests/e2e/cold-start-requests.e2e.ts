import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** How many times each requested URL whose path matches `pattern` was requested. */
function requestCounts(requests: readonly string[], pattern: RegExp): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const url of requests) {
    const path = new URL(url).pathname;
    if (pattern.test(path)) counts[path] = (counts[path] ?? 0) + 1;
  }
  return counts;
}

describe('the cold start’s requests', () => {
  // The empty layers share one hashed asset URL (same content): each layer once fetched it.
  it('fetches each bundled layer file once', async () => {
    const app = await browser.open();
    const counts = requestCounts(app.log.localRequests, /\.geojson$/);
    expect(Object.keys(counts).length).toBeGreaterThan(3);
    for (const [path, count] of Object.entries(counts))
      expect({ path, count }).toEqual({ path, count: 1 });
  });

  // The page reads the archive's header as it starts (map/warmUp.ts), into the cache the map's
  // pmtiles:// protocol reads: had the two not shared it, the page would read it twice. MapLibre's
  // worker reads it once more when its script is in before the first tile is asked for (a race:
  // otherwise the page serves the tiles), so one or two reads, never three.
  it('reads the basemap archive’s header once in the page, at most once more in the worker', async () => {
    const app = await browser.open();
    const headerReads: string[] = [];
    app.page.on('request', (request) => {
      const range = request.headers().range ?? '';
      if (/basemap-[^/]*\.pmtiles$/.test(request.url()) && range.startsWith('bytes=0-'))
        headerReads.push(range);
    });
    await app.page.reload();
    await app.waitForIdle();
    expect(headerReads.length).toBeGreaterThanOrEqual(1);
    expect(headerReads.length).toBeLessThanOrEqual(2);
  });

  it('starts reading the basemap archive before the map makes its WebGL context', async () => {
    const app = await browser.open();
    await app.page.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      const marked = HTMLCanvasElement.prototype as unknown as { getContext: typeof get };
      marked.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof get>) {
        if (String(args[0]).startsWith('webgl')) performance.mark('test:webgl-context');
        return get.apply(this, args);
      } as typeof get;
    });
    await app.page.reload();
    await app.waitForIdle();
    const { archiveReadAt, contextAt } = await app.page.evaluate(() => ({
      archiveReadAt: performance
        .getEntriesByType('resource')
        .filter((entry) => /basemap-[^/]*\.pmtiles$/.test(entry.name))
        .map((entry) => entry.startTime)[0],
      contextAt: performance.getEntriesByName('test:webgl-context')[0]?.startTime,
    }));
    expect(archiveReadAt).toBeDefined();
    expect(contextAt).toBeDefined();
    expect(archiveReadAt!).toBeLessThan(contextAt!);
  });

  it('starts the search worker on first use of the search, which then finds a feature', async () => {
    const app = await browser.open();
    expect(requestCounts(app.log.localRequests, /search\.worker/)).toEqual({});
    const input = app.page.getByTestId('search-input');
    await input.click();
    await input.fill('Quang Minh');
    await expect
      .poll(() => app.page.getByTestId('search-option').allTextContents(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Khu công nghiệp Quang Minh')]));
    expect(Object.keys(requestCounts(app.log.localRequests, /search\.worker/))).toHaveLength(1);
  });

  // The drawn-features record queries every drawn feature at each idle: a test instrument that
  // planners' pages (and the cold-start bench) do not pay for.
  it('records what the map draws only on a page that asks for it', async () => {
    const plain = await browser.open(undefined, { idleReport: false });
    const map = plain.page.getByTestId('map');
    expect(await map.getAttribute('data-idle')).toBe('true');
    expect(await map.getAttribute('data-rendered-layers')).toBeNull();
    expect(await map.getAttribute('data-basemap-layers')).toBeNull();
    const asked = await browser.open();
    expect(await asked.renderedLayers()).toContain('industrial-zones');
  });
});
