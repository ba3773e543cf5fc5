import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('embedding the map', () => {
  it('gives iframe code for the current view that opens an embed showing the same layers', async () => {
    app = await browser.open({ zoom: 10.5, lon: 105.66, lat: 21.26 });
    await app.setLayerVisible('Khu công nghiệp', false);
    await app.page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    const code = await app.page.getByLabel('Mã nhúng').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    if (!src) throw new Error(`no src in ${code}`);
    expect(src).toContain('embed.html?layers=');
    expect(src).not.toContain('industrial-zones');
    expect(src).toContain('#map=10.5/');
    await app.page.goto(src);
    const map = app.page.getByTestId('map');
    const rendered = async () => {
      const idle = (await map.getAttribute('data-idle')) === 'true';
      return idle ? ((await map.getAttribute('data-rendered-layers')) ?? '').split(' ').sort() : [];
    };
    await expect
      .poll(rendered, { timeout: 60_000 })
      .toEqual(['boundaries', 'context', 'me-linh-axis-roads', 'ring-road-5', 'security-clusters']);
  });
});
