import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

describe('the inspector', () => {
  it('says which 2019 district and which 2025 commune and province a feature lies in', async () => {
    const zone = bundledPolygon('industrial-zones', 'iz-khai-quang');
    const { lon, lat } = middleOf(zone);
    const app = await browser.open({ zoom: 13, lon, lat });
    await app.clickAt(lon, lat);
    const inspector = app.page.getByTestId('inspector');
    await expect
      .poll(() => inspector.getByTestId('districts_2019').textContent())
      .toBe('Thành phố Vĩnh Yên');
    const communes = await inspector.getByTestId('communes_2025').textContent();
    expect(communes).toContain(zone.properties?.communes_2025[0]);
    expect(await inspector.getByTestId('provinces_2025').textContent()).toBe('Tỉnh Phú Thọ');
    expect(await inspector.textContent()).toContain('Xã, phường (từ 1/7/2025)');
  });

  it('says the same for a point the planner draws: its 2025 commune, from its geometry', async () => {
    // Inside xã Quang Minh (08974), formerly in Mê Linh district (GEOS representative_point).
    const at: [number, number] = [105.75308, 21.19871];
    const app = await browser.open({ zoom: 14, lon: at[0], lat: at[1] });
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Environmental monitoring stations');
    await editor.tool('Draw point').click();
    const { x, y } = await app.pixelOf(...at);
    await app.page.mouse.click(x, y);
    await editor.form().waitFor({ timeout: 10_000 });
    await editor.fillForm({ Name: 'Trạm thử', Source: 'browser test', Accuracy: 'schematic' });
    const inspector = app.page.getByTestId('inspector');
    await expect
      .poll(() => inspector.getByTestId('communes_2025').textContent(), { timeout: 15_000 })
      .toBe('Xã Quang Minh (08974)');
    expect(await inspector.getByTestId('districts_2019').textContent()).toBe('Huyện Mê Linh');
    expect(await inspector.getByTestId('provinces_2025').textContent()).toBe('Thành phố Hà Nội');
  });
});
