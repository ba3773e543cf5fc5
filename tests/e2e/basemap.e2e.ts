import { describe, expect, it } from 'vitest';
import { BASEMAP_MAX_ZOOM, BASEMAP_MIN_ZOOM } from '../../src/core/basemap/tileset.ts';
import {
  attributionText,
  basemapBytesBeforeFirstIdle,
  basemapLayers,
  moveTo,
  provinceLabels,
} from './support/basemap.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpEmbed, setUpMapApp } from './support/spec.ts';

/** The budget for the basemap's requests before the first idle at the default view. */
const FIRST_IDLE_BUDGET_BYTES = 300 * 1024;

const browser = setUpMapApp();
let app: MapApp;

describe('the basemap', () => {
  it('draws water, roads, rail, relief and labels at the default view, within 300 KB', async () => {
    app = await browser.open();
    const drawn = await basemapLayers(app.page);
    for (const id of [
      'base:land',
      'base:water',
      'base:road-national',
      'base:railway',
      'base:hillshade',
      'base:park',
      'base:place',
      'base:place-province',
    ]) {
      expect(drawn, id).toContain(id);
    }
    // The full network is for the planning zoom; the regional view stays quiet.
    expect(drawn).not.toContain('base:road');
    const bytes = await basemapBytesBeforeFirstIdle(app.page);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(FIRST_IDLE_BUDGET_BYTES);
  });

  it('names both provinces, Vĩnh Phúc as now part of Phú Thọ', async () => {
    app = await browser.open();
    expect((await provinceLabels(app.page)).sort()).toEqual([
      'Hà Nội',
      'Vĩnh Phúc (nay thuộc Phú Thọ)',
    ]);
  });

  it('shows the road network, contours and the 2025 communes from the planning zoom', async () => {
    app = await browser.open({ zoom: 12.5, lon: 105.7, lat: 21.23 }, { query: '?frame=2025' });
    const drawn = await basemapLayers(app.page);
    for (const id of ['base:road', 'base:commune-line', 'base:commune-label', 'base:waterway']) {
      expect(drawn, id).toContain(id);
    }
    await moveTo(app.page, { zoom: 13, lon: 105.62, lat: 21.45 });
    expect(await basemapLayers(app.page)).toContain('base:contour');
  });

  it('credits OpenStreetMap and the other sources on the map', async () => {
    app = await browser.open();
    const text = await attributionText(app.page);
    expect(text).toContain('© OpenStreetMap contributors');
    expect(text).toContain('sapnhap.bando.com.vn');
    expect(text).toContain('SRTM');
  });

  it('says where the data comes from and under which licence in "About the data"', async () => {
    app = await browser.open();
    await app.page.getByRole('button', { name: 'Về dữ liệu' }).click();
    const about = app.page.getByTestId('about-data');
    expect(await about.textContent()).toContain('ODbL');
    expect(await about.textContent()).toContain('SRTM');
    expect(await about.textContent()).toContain('không công bố giấy phép mở');
  });

  it('pans and zooms across the region at every zoom: land in every view, no error', async () => {
    // The extracts' box (105.30–106.00 E, 21.05–21.60 N): every point of it lies in one of the
    // 2025 provinces, so the land layer must draw in any view there; a missing or unreadable
    // tile leaves it blank or logs an error (which the hooks check).
    const views = [
      [105.31, 21.59],
      [105.65, 21.33],
      [105.99, 21.06],
    ] as const;
    app = await browser.open({ zoom: BASEMAP_MIN_ZOOM, lon: 105.5, lat: 21.3 });
    const blank: string[] = [];
    for (let zoom = BASEMAP_MIN_ZOOM; zoom <= BASEMAP_MAX_ZOOM + 1; zoom++) {
      for (const [lon, lat] of views) {
        await moveTo(app.page, { zoom: zoom + 0.5, lon, lat });
        if (!(await basemapLayers(app.page)).includes('base:land'))
          blank.push(`${zoom + 0.5}/${lat}/${lon}`);
      }
    }
    expect(blank, 'views with no land drawn').toEqual([]);
  });
});

const embed = setUpEmbed();

describe('the basemap in the embed', () => {
  it('credits OpenStreetMap', async () => {
    const page = await embed.open();
    const text = await attributionText(page.frame);
    expect(text).toContain('© OpenStreetMap contributors');
  });
});
