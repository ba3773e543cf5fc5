import { describe, expect, it } from 'vitest';
import {
  basemapLayers,
  districtLabels,
  moveTo,
  provinceLabels,
  switchFrame,
} from './support/basemap.ts';
import { HOME, type MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('the 2019 / 2025 frame switch', () => {
  it('draws the 2019 units, then the 2025 ones, and a link reopens the 2025 frame', async () => {
    app = await browser.open();
    expect(await basemapLayers(app.page)).toContain('base:district-2019-line');
    expect(await basemapLayers(app.page)).toContain('base:province-2019-line');
    expect(await basemapLayers(app.page)).not.toContain('base:district-former-line');
    // Even in 2019 a district's name says it is gone.
    const labels2019 = await districtLabels(app.page);
    expect(labels2019.length).toBeGreaterThan(0);
    for (const label of labels2019)
      expect(label).toMatch(/^(Huyện|Thành phố|Thị xã) .+\n\(đến 30\/6\/2025\)$/);
    expect(await provinceLabels(app.page)).toContain('Vĩnh Phúc (nay thuộc Phú Thọ)');
    const notice = app.page.getByTestId('notice-2025').getByRole('heading');
    expect(await notice.textContent()).toBe('Địa giới năm 2019');

    await switchFrame(app.page, 'Địa giới 2025');
    // The notice speaks of the frame drawn: never "2019" over a 2025 map.
    expect(await notice.textContent()).toBe('Địa giới từ 1/7/2025');
    const drawn = await basemapLayers(app.page);
    for (const id of [
      'base:district-former-line',
      'base:province-2025-line',
      'base:province-former-line',
    ])
      expect(drawn, id).toContain(id);
    expect(drawn).not.toContain('base:district-2019-line');
    const labels2025 = await districtLabels(app.page);
    expect(labels2025.length).toBeGreaterThan(0);
    for (const label of labels2025) expect(label).toMatch(/^(Huyện|Thành phố|Thị xã) .+ cũ$/);
    expect(await provinceLabels(app.page)).toContain('Phú Thọ\n(tỉnh Vĩnh Phúc cũ)');
    expect(app.page.url()).toContain('frame=2025');

    // The link, opened in a fresh browser (nothing remembered), is the same map, in English.
    const link = new URL(app.page.url());
    app = await browser.open(HOME, { query: `${link.search.replace('lang=vi', 'lang=en')}` });
    expect(await basemapLayers(app.page)).toContain('base:district-former-line');
    const labelsEn = await districtLabels(app.page);
    expect(labelsEn.length).toBeGreaterThan(0);
    for (const label of labelsEn) expect(label).toMatch(/^Former .+ (District|City|Town)$/);
    expect(await provinceLabels(app.page)).toContain('Phú Thọ\n(former Vĩnh Phúc province)');
  });

  it('shows the 2025 communes with their names from the planning zoom, only in 2025', async () => {
    app = await browser.open({ zoom: 12.5, lon: 105.7, lat: 21.23 }, { query: '?frame=2025' });
    const drawn = await basemapLayers(app.page);
    expect(drawn).toContain('base:commune-line');
    expect(drawn).toContain('base:commune-label');
    await switchFrame(app.page, 'Địa giới 2019');
    await moveTo(app.page, { zoom: 12.4, lon: 105.7, lat: 21.23 });
    expect(await basemapLayers(app.page)).not.toContain('base:commune-line');
    expect(await basemapLayers(app.page)).not.toContain('base:commune-label');
  });
});
