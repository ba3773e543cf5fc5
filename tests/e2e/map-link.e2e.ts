import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import type { Camera, MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const zone = bundledPolygon('industrial-zones', 'iz-khai-quang');
const ZONE_AT: Camera = { zoom: 13, ...middleOf(zone) };

const browser = setUpMapApp();
let app: MapApp;

const checked = (title: string) => app.page.getByRole('checkbox', { name: title, exact: true });
const opacitySlider = (label: string) => app.page.getByRole('slider', { name: label });
const linkNote = () => app.page.getByTestId('link-note');
const historyLength = () => app.page.evaluate(() => window.history.length);

/** Splits a link into what MapApp.open takes: the query, and the camera of its `#map=`. */
function opening(link: string): { camera: Camera; query: string } {
  const url = new URL(link);
  const [zoom, lat, lon] = url.hash.replace('#map=', '').split('/').map(Number);
  return { camera: { zoom: zoom ?? 0, lat: lat ?? 0, lon: lon ?? 0 }, query: url.search };
}

describe('the map state in the link', () => {
  it('opens the same map in a fresh browser: layers, opacity, selection, language, check', async () => {
    app = await browser.open(ZONE_AT);
    await app.setLayerVisible('Bối cảnh', false);
    await app.openLayerActions('ring-road-5');
    await opacitySlider('Độ mờ đục: Đường Vành đai 5 Vùng Thủ đô').focus();
    for (let step = 0; step < 6; step++) await app.page.keyboard.press('ArrowLeft');
    await app.clickAt(ZONE_AT.lon, ZONE_AT.lat);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(zone.properties?.name);
    await app.switchLanguage('English');
    await expect.poll(() => app.page.url()).toContain('lang=en');
    await app.openAnalysis();
    await app.runPreset('Distance from each industrial zone to Ring Road 5');
    const rows = await app.resultRows();
    const link = app.page.url();
    expect(link).toContain('check=preset-zones-nearest-rr5');
    expect(link).toContain('sel=industrial-zones:iz-khai-quang');
    expect(link).toContain('opacity=ring-road-5:0.7');
    await app.close();

    const { camera, query } = opening(link);
    app = await browser.open(camera, { query });
    // The link's check runs again, in the analysis tab it opens.
    await app.page.getByTestId('results-count').waitFor({ timeout: 60_000 });
    expect(await app.resultRows()).toEqual(rows);
    await app.page.getByRole('tab', { name: 'Layers' }).click();
    expect(await checked('Context').isChecked()).toBe(false);
    expect(await checked('Industrial zones').isChecked()).toBe(true);
    await app.openLayerActions('ring-road-5');
    expect(await opacitySlider('Opacity: Ring Road 5 (Capital Region)').inputValue()).toBe('0.7');
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(zone.properties?.name_en);
    expect(await app.renderedLayers()).not.toContain('context');
    expect(await app.cameraFromUrl()).toEqual([camera.zoom, camera.lat, camera.lon]);
    expect(app.page.url()).toBe(link);
    await expect(linkNote().count()).resolves.toBe(0);
  });

  it('steps Back and Forward through layer changes, not through camera moves', async () => {
    app = await browser.open();
    const start = await historyLength();
    await app.setLayerVisible('Khu công nghiệp', false);
    await app.setLayerVisible('Bối cảnh', false);
    expect(await historyLength()).toBe(start + 2);
    await app.page.mouse.move(640, 400);
    await app.page.mouse.wheel(0, -300);
    await app.waitForIdle();
    expect(await historyLength()).toBe(start + 2);

    await app.page.goBack();
    await expect.poll(() => checked('Bối cảnh').isChecked()).toBe(true);
    expect(await checked('Khu công nghiệp').isChecked()).toBe(false);
    await app.page.goBack();
    await expect.poll(() => checked('Khu công nghiệp').isChecked()).toBe(true);
    await app.waitForIdle();
    expect(await app.renderedLayers()).toContain('industrial-zones');
    await app.page.goForward();
    await expect.poll(() => checked('Khu công nghiệp').isChecked()).toBe(false);
  });

  it('opens a malformed link with what it could use and a short note of what it ignored', async () => {
    app = await browser.open(undefined, {
      query:
        '?layers=boundaries,industrial-zones,nope&opacity=ring-road-5:7&sel=industrial-zones:no-such-zone&check=zzz&lang=fr',
    });
    expect(await checked('Khu công nghiệp').isChecked()).toBe(true);
    expect(await checked('Bối cảnh').isChecked()).toBe(false);
    await expect.poll(() => linkNote().textContent()).toContain('đối tượng không có');
    const note = (await linkNote().textContent()) ?? '';
    expect(note).toContain('lớp không có “nope”');
    expect(note).toContain('“ring-road-5:7”');
    expect(note).toContain('“fr”');
    expect(await app.page.getByTestId('inspector').count()).toBe(0);
  });

  it('shows markup from a link as text, and its policy runs no inline script or javascript: link', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    app = await browser.open(undefined, {
      query: `?layers=${encodeURIComponent(markup)}&sel=${encodeURIComponent('<b>x</b>:<script>window.__pwned=2</script>')}`,
    });
    await expect.poll(() => linkNote().textContent()).toContain(markup);
    expect(await app.page.locator('img[src="x"], b').count()).toBe(0);

    // Were anything ever to write markup into the page, the Content-Security-Policy stops it.
    await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 3';
      document.body.append(script);
      const link = document.createElement('a');
      link.href = 'javascript:window.__pwned = 4';
      link.textContent = 'link';
      document.body.append(link);
      link.click();
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__pwned = 5');
      image.src = 'x';
      document.body.append(image);
    });
    await app.page.waitForTimeout(500);
    expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const blocked = app.log.consoleErrors.filter((text) =>
      text.includes('Content Security Policy'),
    );
    expect(blocked.length).toBeGreaterThanOrEqual(2);
    // These refusals are what the test asked for, not errors of the app.
    app.log.consoleErrors.splice(
      0,
      app.log.consoleErrors.length,
      ...app.log.consoleErrors.filter((text) => !blocked.includes(text) && !text.includes('/x')),
    );
  });
});
