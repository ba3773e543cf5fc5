import type { Browser, Page } from 'playwright-core';

export const ZONE_COUNT = 10_000;

/**
 * 10,000 small square zones on a 100 × 100 grid around the home view (about 300 m apart), with
 * the industrial-zones schema's properties, to stand in for that layer's bundled file.
 */
export function tenThousandZones(): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const statuses = ['operating', 'planned', 'under-construction'];
  for (let i = 0; i < ZONE_COUNT; i++) {
    const lon = 105.48 + (i % 100) * 0.003;
    const lat = 21.12 + Math.floor(i / 100) * 0.003;
    const d = 0.001;
    features.push({
      type: 'Feature',
      id: `bench-${i}`,
      properties: {
        name: `Khu ${(i * 7919) % ZONE_COUNT}`,
        name_en: `Zone ${i}`,
        source: 'bench',
        accuracy: 'indicative',
        accuracy_m: i % 1000,
        status: statuses[i % 3],
      },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon, lat],
            [lon + d, lat],
            [lon + d, lat + d],
            [lon, lat + d],
            [lon, lat],
          ],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Where the bench looks: the grid's middle at zoom 12 (some 600 zones in view). */
export const BENCH_HASH = '#map=12/21.27/105.63';

/**
 * Opens the production build with the industrial-zones file replaced by the 10,000 zones, in
 * English, and waits for the first idle with all layers drawn. `initScript` runs before the page.
 */
export async function openWithZones(
  browser: Browser,
  url: string,
  initScript?: () => void,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await routeTenThousandZones(page);
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${url}?lang=en${BENCH_HASH}`);
  await waitForIdle(page);
  return page;
}

/** Serves the 10,000 zones to `page` in place of the bundled industrial-zones file. */
export async function routeTenThousandZones(page: Page): Promise<void> {
  const body = JSON.stringify(tenThousandZones());
  await page.route('**/industrial-zones*.geojson', (route) =>
    route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
  );
}

/** Waits until the map reports idle with every layer's data drawn. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      const rows = document.querySelectorAll('.layer-row').length;
      return map?.dataset.idle === 'true' && rows > 0 && map.dataset.dataLayers === String(rows);
    },
    undefined,
    { timeout: 180_000, polling: 50 },
  );
}

/** Opens the Edit tab and picks the industrial-zones layer. */
export async function openEditor(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Edit' }).click();
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('[aria-label="Select"]')?.disabled,
    undefined,
    { timeout: 60_000 },
  );
  await page.getByLabel('Draw into layer').selectOption({ label: 'Industrial zones' });
}
