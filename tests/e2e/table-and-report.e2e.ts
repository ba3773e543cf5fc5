import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

const STATIONS = JSON.stringify({
  type: 'FeatureCollection',
  features: [105.6, 105.7].map((lon, i) => ({
    type: 'Feature',
    id: `st-${i + 1}`,
    properties: { name: `Trạm ${i + 1}` },
    geometry: { type: 'Point', coordinates: [lon, 21.25] },
  })),
});

/** Opens the Edit tab and the attribute table of the stations layer (English UI). */
async function openTable(app: MapApp): Promise<void> {
  await app.page.getByRole('tab', { name: 'Edit' }).click();
  await app.page.getByLabel('Draw into layer').selectOption({ label: 'Industrial zones' });
  await app.page.getByRole('button', { name: 'Attribute table', exact: true }).click();
  await app.page.getByRole('region', { name: /^Attribute table/ }).waitFor();
}

/**
 * The import report's buttons that something else covers: for each, what the page would hit
 * at its centre instead of it (an empty list when every one can be clicked).
 */
async function coveredReportButtons(app: MapApp): Promise<string[]> {
  return app.page.locator('[data-testid="import-report"] button').evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const box = button.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      // Scrolled out of the report's own view is not covered: bring it in first.
      button.scrollIntoView({ block: 'nearest' });
      const at = button.getBoundingClientRect();
      const hit = document.elementFromPoint(at.x + at.width / 2, at.y + at.height / 2);
      if (hit && button.contains(hit)) return [];
      const name = button.getAttribute('aria-label') ?? button.textContent;
      return [`${name} is under ${hit?.closest('[class]')?.className ?? hit?.tagName}`];
    }),
  );
}

describe('the attribute table and the import report', () => {
  for (const size of [
    { width: 1400, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`leave each other's buttons clickable at ${size.width} × ${size.height}`, async () => {
      const app = await browser.open(undefined, { query: '?lang=en', size });
      await app.importInto('monitoring-stations', 'stations.geojson', STATIONS);
      await openTable(app);
      const report = await app.page.getByTestId('import-report').boundingBox();
      expect(report?.height).toBeGreaterThan(40);
      expect(await coveredReportButtons(app)).toEqual([]);
      // The table's own close button is not under the report either.
      const close = app.page.getByRole('button', { name: 'Close the attribute table' });
      expect(
        await close.evaluate((button) => {
          const box = button.getBoundingClientRect();
          return button.contains(
            document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2),
          );
        }),
      ).toBe(true);
    });
  }
});
