import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
// The map, the worker and the frame answer in their own time on a loaded machine.
const SLOW = { timeout: 30_000 };

describe('the inspector places an edited or drawn feature from its geometry', () => {
  it('shows a bundled zone’s new communes once its corner is moved, not the stored ones', async () => {
    // Quang Minh industrial park: stored as in xã Phúc Thịnh and xã Quang Minh. Its south-east
    // corner dragged east into xã Nội Bài (adminFrame on the moved ring, in Node, says so).
    const app = await browser.open({ zoom: 13, lon: 105.7783, lat: 21.1874 });
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.tool('Select').click();
    await app.clickAt(105.7783, 21.1874);
    const communes = app.page.getByTestId('inspector').getByTestId('communes_2025');
    await expect.poll(() => communes.textContent(), SLOW).toContain('Xã Quang Minh');
    expect(await communes.textContent()).not.toContain('Xã Nội Bài');
    await editor.drag([105.787222, 21.179045], [105.81, 21.175]);
    await expect.poll(() => communes.textContent(), SLOW).toContain('Xã Nội Bài');
  });

  it('says "Computing…" while a worker places a region-sized polygon, then its frame', async () => {
    const app = await browser.open({ zoom: 10, lon: 105.64, lat: 21.26 });
    // The units reach the worker only when the test lets them: "Computing…" is seen for sure.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await app.page.context().route('**/communes-*.geojson', async (route) => {
      await released;
      await route.fallback();
    });
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Industrial zones');
    // About 40 × 22 km, clear of the notice in the map's lower left.
    await editor.drawPolygon([
      [105.45, 21.2],
      [105.85, 21.2],
      [105.85, 21.4],
      [105.45, 21.4],
    ]);
    await editor.fillForm({ Name: 'Vùng thử', Source: 'browser test', Accuracy: 'schematic' });
    const inspector = app.page.getByTestId('inspector');
    await expect
      .poll(() => inspector.getByTestId('communes_2025').textContent(), SLOW)
      .toBe('Computing…');
    expect(await inspector.getByTestId('provinces_2025').textContent()).toBe('Computing…');
    expect(app.page.workers().map((worker) => worker.url())).toContainEqual(
      expect.stringMatching(/adminFrame\.worker/),
    );
    release();
    await expect
      .poll(() => inspector.getByTestId('provinces_2025').textContent(), { timeout: 90_000 })
      .toContain('Tỉnh Phú Thọ');
    expect(await inspector.getByTestId('provinces_2025').textContent()).toContain(
      'Thành phố Hà Nội',
    );
    expect(await inspector.getByTestId('districts_2019').textContent()).toContain('Huyện Mê Linh');
  });
});
