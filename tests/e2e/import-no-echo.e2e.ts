import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/**
 * Counts, in every worker the page makes from now on, the answers of MapLibre's workers and
 * those that carry a whole GeoJSON collection back to the page.
 */
const COUNT_ECHOES = `(() => {
  const NativeWorker = window.Worker;
  const seen = { answers: 0, collections: 0 };
  window.__workerAnswers = seen;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const message = event.data;
        if (message?.type !== '<response>') return;
        seen.answers++;
        if (message.data?.data?.type === 'FeatureCollection') seen.collections++;
      });
    }
  };
})();`;

describe('a new large layer from an import', () => {
  it('is read by the map’s workers, which do not send its features back to the page', async () => {
    const app = await browser.open();
    await app.page.context().addInitScript(COUNT_ECHOES);
    await app.page.reload();
    await app.waitForIdle();
    await app.switchLanguage('English');

    await app.dropFiles([{ name: 'squares.geojson', text: squaresText(3000, true) }]);
    expect(await app.confirmImport()).toContain('Imported 3000 features into the new layer');
    const row = app.page.locator('.layer-row', { hasText: 'squares' });
    await app.waitUntilRendered((await row.getAttribute('data-layer-id'))!, 60_000);

    const seen = await app.page.evaluate(
      () =>
        (window as unknown as { __workerAnswers: { answers: number; collections: number } })
          .__workerAnswers,
    );
    // The hook did see MapLibre's answers (tiles, data loaded), none with the layer's features.
    expect(seen.answers).toBeGreaterThan(16);
    expect(seen.collections).toBe(0);
  });
});
