import { describe, expect, it } from 'vitest';
import { Finding } from './support/finding.ts';
import { HOME } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

// The Vĩnh Thịnh bridge (ring-road-5.geojson) runs from ≈[105.483, 21.155] to ≈[105.49, 21.20].
const BRIDGE = { west: 105.47, south: 21.14, east: 105.5, north: 21.21 };
// Nội Bài ARP and its VN-2000 / TM-3 105° values from PROJ (geo-facts §7).
const ARP = { lon: 105.8056, lat: 21.2217, x: 2_347_709.2, y: 583_431.7 };

// A flight lasts 600 ms, but SwiftShader draws the frames on a shared CPU.
const FLIGHT = { timeout: 60_000, interval: 300 };

const numbersIn = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('finding things', () => {
  it('finds the Vĩnh Thịnh bridge typed without diacritics, flies to it and selects it', async () => {
    const app = await browser.open();
    const finding = new Finding(app);
    await finding.type('cau vinh thinh');
    expect((await finding.optionTexts())[0]).toBe('Cầu Vĩnh Thịnh');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Cầu Vĩnh Thịnh');
    await expect
      .poll(async () => (await finding.camera())[0], FLIGHT)
      .toBeGreaterThan(HOME.zoom + 1);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the hash's last write
    const [zoom, lat, lon] = await finding.camera();
    expect(zoom).toBeGreaterThan(HOME.zoom + 1);
    expect(lon).toBeGreaterThan(BRIDGE.west);
    expect(lon).toBeLessThan(BRIDGE.east);
    expect(lat).toBeGreaterThan(BRIDGE.south);
    expect(lat).toBeLessThan(BRIDGE.north);
  });

  it('is usable by keyboard alone: / focuses, arrows move the active option, Enter takes it, Esc closes the inspector', async () => {
    const app = await browser.open();
    const finding = new Finding(app);
    await app.page.keyboard.press('/');
    await expect
      .poll(() => finding.input.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await app.page.keyboard.type('kcn quang minh');
    await finding.options().first().waitFor();
    expect(await finding.input.getAttribute('aria-expanded')).toBe('true');
    // Results follow the typing; wait for those of the whole query.
    await expect
      .poll(async () => (await finding.optionTexts()).slice(0, 2).sort())
      .toEqual(['Khu công nghiệp Quang Minh', 'Khu công nghiệp Quang Minh II']);
    const texts = await finding.optionTexts();
    await app.page.keyboard.press('ArrowDown');
    const activeId = await finding.input.getAttribute('aria-activedescendant');
    const active = app.page.locator(`[id="${activeId}"]`);
    expect(await active.getAttribute('aria-selected')).toBe('true');
    const chosen = await active.textContent();
    expect(chosen).toBe(texts[1]);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(chosen);
    // In the search box, Esc clears the text first; on an empty box it closes the inspector.
    await app.page.keyboard.press('Escape');
    expect(await finding.input.inputValue()).toBe('');
    expect(await app.page.getByTestId('inspector').count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('inspector').count()).toBe(0);
  });

  it('flies to degrees-minutes-seconds typed in the search box and marks the spot', async () => {
    const app = await browser.open();
    const finding = new Finding(app);
    await finding.type('21°13′18″N 105°48′20″E');
    expect((await finding.optionTexts())[0]).toContain('21.221667, 105.805556');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const [, lat, lon] = await finding.camera();
        return Math.max(Math.abs(lat - 21.221667), Math.abs(lon - 105.805556));
      }, FLIGHT)
      .toBeLessThan(1e-4);
    expect(await app.page.getByTestId('search-marker').count()).toBe(1);
  });

  it('reads out VN-2000 TM-3 105° at the Nội Bài ARP as PROJ does, to 0.1 m', async () => {
    const app = await browser.open({ zoom: 15, lon: ARP.lon, lat: ARP.lat });
    const finding = new Finding(app);
    // Before the pointer moves, the readout reads the map's centre: the camera in the link.
    const [x, y] = numbersIn(await finding.readout('vn2000'));
    expect(Math.abs((x as number) - ARP.x)).toBeLessThan(0.1);
    expect(Math.abs((y as number) - ARP.y)).toBeLessThan(0.1);
    expect(await finding.readout('dms')).toContain('21°13′18.1″N');
    // Then it follows the pointer: 200 px east at zoom 15 (512 px tiles) is ≈ 445 m east.
    const centre = await app.pixelOf(ARP.lon, ARP.lat);
    await app.page.mouse.move(centre.x + 200, centre.y);
    await expect
      .poll(async () => numbersIn(await finding.readout('vn2000'))[1])
      .toBeGreaterThan(ARP.y + 400);
    expect(numbersIn(await finding.readout('vn2000'))[1]).toBeLessThan(ARP.y + 500);
  });

  it('shows VN-2000 first in Vietnamese, and html lang and title follow the language', async () => {
    const app = await browser.open();
    const rows = app.page.getByTestId('coords').locator('.coords-row');
    expect(await rows.first().getAttribute('data-testid')).toBe('coords-vn2000');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await app.switchLanguage('English');
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.page.title()).toContain('border-region planning map');
    expect(await rows.first().getAttribute('data-testid')).toBe('coords-wgs84');
  });
});
