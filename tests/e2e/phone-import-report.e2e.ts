import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const PHONE = { width: 390, height: 844 };

/** Five wells with a property no layer knows: a report with warnings, taller than the screen's half. */
const WELLS = JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: 5 }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Trạm ${i + 1}`, odd: i },
    geometry: { type: 'Point', coordinates: [105.6 + i * 0.01, 21.25] },
  })),
});

/**
 * Whether a tap at the middle of each of the map's controls (zoom in, zoom out, the 2019/2025
 * chip) and at the map's middle reaches it, not the import report over it.
 */
async function reachable(app: MapApp): Promise<Record<string, boolean>> {
  return app.page.evaluate(() => {
    const hits = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && element.contains(hit);
    };
    return {
      zoomIn: hits('.maplibregl-ctrl-zoom-in'),
      zoomOut: hits('.maplibregl-ctrl-zoom-out'),
      chip: hits('.notice-chip'),
      map: hits('.maplibregl-canvas'),
    };
  });
}

const ALL_REACHABLE = { zoomIn: true, zoomOut: true, chip: true, map: true };

describe('an import report on a phone', () => {
  it('folds to its summary line, leaving the zoom buttons, the chip and the map to the thumb', async () => {
    const app = await browser.open(undefined, { size: PHONE, query: '?lang=en' });
    await app.dropFiles([{ name: 'wells.geojson', text: WELLS }]);
    expect(await app.confirmImport()).toContain('5');
    const report = app.page.getByTestId('import-report');
    const fold = app.page.getByTestId('import-fold');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await app.page.getByTestId('import-summary').isVisible()).toBe(true);
    expect(await reachable(app)).toEqual(ALL_REACHABLE);

    // Unfolded on demand, the whole report; folded again, the map is back.
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await report.getByText('Warnings', { exact: true }).isVisible()).toBe(true);
    await fold.click();
    expect(await reachable(app)).toEqual(ALL_REACHABLE);
    await report.getByRole('button', { name: 'Close' }).click();
    expect(await report.count()).toBe(0);
  });

  it('opens whole while it waits for the planner to choose a layer', async () => {
    const app = await browser.open(undefined, { size: PHONE, query: '?lang=en' });
    await app.dropFiles([{ name: 'wells.geojson', text: WELLS }]);
    await app.page.getByTestId('import-confirm-button').waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('import-fold').getAttribute('aria-expanded')).toBe('true');
  });
});
