import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** From now on, records every URL the page's own thread fetches (MapLibre's workers not). */
async function recordPageFetches(app: MapApp): Promise<void> {
  await app.page.evaluate(() => {
    const fetched: string[] = [];
    (window as unknown as { __pageFetches: string[] }).__pageFetches = fetched;
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return pageFetch.call(window, input, init);
    };
  });
}

describe('a new layer from an import', () => {
  it('is read and parsed by the map’s workers, not on the page', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await recordPageFetches(app);

    await app.dropFiles([{ name: 'squares.geojson', text: squaresText(3000, true) }]);
    expect(await app.confirmImport()).toContain('Imported 3000 features into the new layer');
    const row = app.page.locator('.layer-row', { hasText: 'squares' });
    await app.waitUntilRendered((await row.getAttribute('data-layer-id'))!, 60_000);

    // The worker wrote the layer's text as blobs, one per chunk; MapLibre's workers fetch them.
    // Had a worker handed a blob URL to the page, the page would have fetched and parsed it.
    const fetched = await app.page.evaluate(
      () => (window as unknown as { __pageFetches: string[] }).__pageFetches,
    );
    expect(fetched.filter((url) => url.startsWith('blob:'))).toEqual([]);
  });
});

describe('a check’s result on the map', () => {
  it('is read and parsed by the map’s workers, not on the page', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await recordPageFetches(app);

    await app.openAnalysis();
    await app.runPreset('Security-cluster coverage of industrial zones');
    await app.waitUntilRendered('analysis');

    // The checks worker wrote the result's drawing as text; MapLibre's workers fetch it.
    const fetched = await app.page.evaluate(
      () => (window as unknown as { __pageFetches: string[] }).__pageFetches,
    );
    expect(fetched.filter((url) => url.startsWith('blob:'))).toEqual([]);
  });
});
