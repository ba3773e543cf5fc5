import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { EditorDriver } from './support/editorDriver.ts';
import type { Camera, MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

// Khai Quang industrial zone, where a click opens the inspector.
const ZONE: Camera = { zoom: 13, lon: 105.6285, lat: 21.3065 };

async function dialogViolations(button: string): Promise<string[]> {
  await app.page.getByRole('button', { name: button, exact: true }).click();
  await app.page.getByRole('dialog').waitFor();
  const found = await seriousViolations(app.page);
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('dialog').waitFor({ state: 'detached' });
  return found;
}

describe('axe-core finds no serious or critical violation', () => {
  it('on the map with its panels open, the inspector, and the figure, embed and About dialogs', async () => {
    app = await browser.open(ZONE);
    await app.openLayerActions('industrial-zones');
    await app.page.locator('[data-layer-id="industrial-zones"] summary').click();
    expect(await seriousViolations(app.page), 'map and panels').toEqual([]);
    await app.clickAt(ZONE.lon, ZONE.lat);
    await app.page.getByTestId('inspector').waitFor();
    expect(await seriousViolations(app.page), 'inspector').toEqual([]);
    expect(await dialogViolations('Xuất hình'), 'figure dialog').toEqual([]);
    expect(await dialogViolations('Nhúng bản đồ'), 'embed dialog').toEqual([]);
    expect(await dialogViolations('Về dữ liệu'), 'About the data').toEqual([]);
  });

  it('on the analysis tab with results', async () => {
    app = await browser.open();
    await app.openAnalysis();
    await app.runPreset('Khoảng cách từ mỗi KCN tới Vành đai 5');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('in the editor with a drawing started', async () => {
    app = await browser.open(ZONE);
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.tool('Draw polygon').click();
    const { x, y } = await app.pixelOf(ZONE.lon + 0.01, ZONE.lat + 0.01);
    await app.page.mouse.click(x, y);
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('on a phone, with the tools menu and the layers sheet open', async () => {
    app = await browser.open(ZONE, { size: { width: 390, height: 844 } });
    await app.page.getByRole('tab', { name: 'Lớp bản đồ' }).click();
    await app.page.getByRole('button', { name: 'Công cụ' }).click();
    await app.page.getByRole('button', { name: 'Về dữ liệu', exact: true }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('on the embed page', async () => {
    app = await browser.open();
    await app.page.goto(
      new URL('embed.html?layers=industrial-zones,ring-road-5', app.page.url()).href,
    );
    await app.page.getByTestId('map').waitFor();
    await app.page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true',
    );
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
