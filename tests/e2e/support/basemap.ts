import type { Frame, Page } from 'playwright-core';
import type { Camera } from './mapApp.ts';

/** What the basemap drew in view, as the map reports it when idle (MapController.reportIdle). */
export async function basemapLayers(page: Page): Promise<string[]> {
  const value = await page.getByTestId('map').getAttribute('data-basemap-layers');
  return (value ?? '').split(' ').filter(Boolean);
}

/** The province names the basemap labels in view. */
export async function provinceLabels(page: Page): Promise<string[]> {
  const value = await page.getByTestId('map').getAttribute('data-province-labels');
  return (value ?? '').split('|').filter(Boolean);
}

/** The map's attribution text (MapLibre's control, expanded or not). */
export async function attributionText(page: Page | Frame): Promise<string> {
  return (await page.locator('.maplibregl-ctrl-attrib-inner').first().textContent()) ?? '';
}

/**
 * Bytes on the wire for the basemap (vector tiles, archive directory and relief image) fetched
 * before the map's first idle, from the page's Resource Timing entries.
 */
export async function basemapBytesBeforeFirstIdle(page: Page): Promise<number> {
  return page.evaluate(() => {
    const idle = performance.getEntriesByName('giapranh:idle')[0];
    if (!idle) throw new Error('the map never reported idle');
    return performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/(basemap|hillshade)-[^/]*\.(pmtiles|webp)$/.test(entry.name))
      .filter((entry) => entry.startTime <= idle.startTime)
      .reduce((total, entry) => total + (entry as PerformanceResourceTiming).transferSize, 0);
  });
}

/**
 * Moves the map through its URL hash (as a shared link would) and waits until it is idle again
 * with the new view drawn.
 */
export async function moveTo(page: Page, camera: Camera): Promise<void> {
  const map = page.getByTestId('map');
  await page.evaluate((hash) => {
    const element = document.querySelector<HTMLElement>('[data-testid="map"]');
    if (element) element.dataset.idle = 'false';
    window.location.hash = hash;
  }, `map=${camera.zoom}/${camera.lat}/${camera.lon}`);
  await map
    .page()
    .waitForFunction(
      () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true',
      undefined,
      { timeout: 60_000, polling: 100 },
    );
}

/** The 2019 district labels the basemap draws in view, as drawn (frame and language decide). */
export async function districtLabels(page: Page): Promise<string[]> {
  const value = await page.getByTestId('map').getAttribute('data-district-labels');
  return (value ?? '').split('|').filter(Boolean);
}

/** Presses one of the frame switch's buttons and waits until the map is idle with it drawn. */
export async function switchFrame(page: Page, buttonName: string): Promise<void> {
  await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-testid="map"]');
    if (element) element.dataset.idle = 'false';
  });
  await page.getByTestId('frame-switch').getByRole('button', { name: buttonName }).click();
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true',
    undefined,
    { timeout: 60_000, polling: 100 },
  );
}
