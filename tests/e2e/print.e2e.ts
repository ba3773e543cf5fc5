import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('printing the map (Ctrl+P)', () => {
  it('gives a clean page: the map with its title and scale, no panels or buttons', async () => {
    app = await browser.open();
    await app.page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => app.page.locator(selector).first().isVisible();
    expect(await visible('.sidebar')).toBe(false);
    expect(await visible('.topbar-tools')).toBe(false);
    expect(await visible('.maplibregl-ctrl-top-right')).toBe(false);
    expect(await visible('.topbar h1')).toBe(true);
    expect(await visible('.maplibregl-ctrl-scale')).toBe(true);
    const map = await app.page.getByTestId('map').boundingBox();
    expect(map?.width).toBeGreaterThan(1000);
  });

  it('carries the legend of the shown layers on paper, and not on screen', async () => {
    app = await browser.open(undefined, { query: '?lang=en&layers=ring-road-5,industrial-zones' });
    const legend = app.page.getByRole('region', { name: 'Legend' });
    expect(await legend.isVisible()).toBe(false);
    await app.page.emulateMedia({ media: 'print' });
    expect(await legend.isVisible()).toBe(true);
    const entries = await legend.getByRole('listitem').allTextContents();
    expect(entries).toEqual(['Ring Road 5 (Capital Region)', 'Industrial zones']);
  });

  it('lists a drawn analysis result in the printed legend, after the layers', async () => {
    app = await browser.open(undefined, {
      query: '?lang=en&layers=ring-road-5,industrial-zones&check=preset-zones-rr5-500m',
    });
    await app.waitUntilRendered('analysis');
    await app.page.emulateMedia({ media: 'print' });
    const legend = app.page.getByRole('region', { name: 'Legend' });
    const entries = await legend.getByRole('listitem').allTextContents();
    expect(entries.at(-1)).toBe('Industrial zones within 500 m of Ring Road 5');
  });
});
