import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { bundledPolygon } from './support/bundled.ts';
import { dropMadeInPage } from './support/dropFile.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
/** A wide screen, where the map is wider than in the other specs. */
const SIZE = { width: 1400, height: 900 };

describe('a click on the map at 1,400 px', () => {
  it('selects the bundled zone under the pointer, each of two side by side', async () => {
    const east = bundledPolygon('industrial-zones', 'iz-quang-minh');
    const west = bundledPolygon('industrial-zones', 'iz-quang-minh-2');
    const app = await browser.open({ zoom: 13, lon: 105.772, lat: 21.1874 }, { size: SIZE });
    // Inside Quang Minh, 0.002° (23 px) east of its border with Quang Minh II.
    await app.clickAt(105.7713, 21.1874);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(east.properties?.name);
    await app.clickAt(105.7629, 21.1874);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(west.properties?.name);
  }, 120_000);

  it('selects the imported square under the pointer, in a layer drawn in chunks', async () => {
    const app = await browser.open({ zoom: 11, lon: 105.45, lat: 21.006 }, { size: SIZE });
    await app.switchLanguage('English');
    // 3,000 squares 0.001° on a side, 0.002° apart (3 px wide, 6 px apart at zoom 11), each
    // labelled "Ô n": more than the chunking threshold, so the layer is drawn from several sources.
    await dropMadeInPage(app.page, 'parcels.geojson', squaresText, 3000, true, { idPrefix: 'p' });
    await app.confirmImport();
    const row = app.page.locator('.layer-row', { hasText: 'parcels' });
    const layerId = (await row.getAttribute('data-layer-id'))!;
    await app.waitUntilRendered(layerId, 120_000);
    // The centres of squares in row 5, west of the map's middle (the inspector opens east).
    for (const column of [75, 10, 40, 62]) {
      await app.clickAt(105.3 + column * 0.002 + 0.0005, 21.0 + 5 * 0.0015 + 0.0005);
      await expect.poll(() => app.inspectorTitle().textContent()).toBe(`Ô ${2000 + column}`);
    }
  }, 240_000);
});
