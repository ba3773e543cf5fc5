import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const FILTER = 'industrial-zones:area_ha_declared:200~,industrial-zones:status:operating';

/** Distinct features of a layer drawn in view on the idle map (queryRenderedFeatures). */
async function drawnFeatures(layerId: string): Promise<number> {
  const map = app.page.getByTestId('map');
  if ((await map.getAttribute('data-idle')) !== 'true') return -1;
  const text = (await map.getAttribute('data-rendered-features')) ?? '';
  const entry = text.split(' ').find((part) => part.startsWith(`${layerId}:`));
  return entry ? Number(entry.slice(layerId.length + 1)) : 0;
}

describe('a filtered map embedded', () => {
  it('carries the filters into the iframe code, and the embed hides what they hide', async () => {
    app = await browser.open(undefined, { query: `?filter=${FILTER}` });
    await expect.poll(() => app.featureCount('industrial-zones')).toBe('6/10');
    await app.page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    const code = await app.page.getByLabel('Mã nhúng').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    if (!src) throw new Error(`no src in ${code}`);
    expect(src).toContain(`&filter=${FILTER}`);

    await app.page.goto(src);
    await expect.poll(() => drawnFeatures('industrial-zones'), { timeout: 60_000 }).toBe(6);
  });
});
