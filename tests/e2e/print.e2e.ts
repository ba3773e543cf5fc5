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
});
