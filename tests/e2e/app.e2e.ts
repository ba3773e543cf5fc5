import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf, NON_EMPTY_PLAN_LAYERS } from './support/bundled.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('the planning map', () => {
  it('becomes idle with every bundled layer rendered', async () => {
    app = await browser.open();
    expect((await app.renderedLayers()).sort()).toEqual([...NON_EMPTY_PLAN_LAYERS].sort());
  });

  it('draws Vietnamese labels with the bundled fonts, and asks nothing of the network', async () => {
    app = await browser.open({ zoom: 11, lon: 105.7, lat: 21.2 });
    const fonts = app.log.localRequests.filter((url) => url.includes('noto-sans-vietnamese'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(app.log.foreignRequests).toEqual([]);
  });

  it('hides a layer on the map when its checkbox is unticked, and shows it again', async () => {
    app = await browser.open();
    await app.setLayerVisible('Khu công nghiệp', false);
    expect(await app.renderedLayers()).not.toContain('industrial-zones');
    expect(await app.renderedLayers()).toContain('ring-road-5');
    await app.setLayerVisible('Khu công nghiệp', true);
    expect(await app.renderedLayers()).toContain('industrial-zones');
  });

  it('shows the name of a clicked feature in the inspector, with its geodesic area', async () => {
    const zone = bundledPolygon('industrial-zones', 'iz-khai-quang');
    const { lon, lat } = middleOf(zone);
    app = await browser.open({ zoom: 13, lon, lat });
    await app.clickAt(lon, lat);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(zone.properties?.name);
    const area = app.page.getByTestId('inspector').getByTestId('area');
    await expect.poll(() => area.textContent()).toMatch(/ha/);
  });

  it('says that boundaries are as of 2019 and what changed on 1 July 2025', async () => {
    app = await browser.open();
    const notice = app.page.getByTestId('notice-2025');
    expect(await notice.textContent()).toContain('1/7/2025');
    expect(await notice.textContent()).toContain('Phú Thọ');
  });

  it('switches to English and keeps the choice after a reload', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    expect(
      await app.page.getByRole('checkbox', { name: 'Industrial zones', exact: true }).count(),
    ).toBe(1);
    await app.page.reload();
    await app.waitForIdle();
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'border-region planning map',
    );
    await app.switchLanguage('Tiếng Việt');
  });

  it('opens a shared link with the layers and language it names', async () => {
    app = await browser.open(undefined, { query: '?layers=ring-road-5,boundaries&lang=en' });
    await expect
      .poll(async () => (await app.renderedLayers()).sort())
      .toEqual(['boundaries', 'ring-road-5']);
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'border-region planning map',
    );
    expect(
      await app.page.getByRole('checkbox', { name: 'Industrial zones', exact: true }).isChecked(),
    ).toBe(false);
  });
});
