import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import type { EmbedPage } from './support/embedPage.ts';
import { setUpEmbed } from './support/spec.ts';

const browser = setUpEmbed();
let embed: EmbedPage;

describe('the embed page', () => {
  it('shows in a report’s iframe only the layers named in the URL, ignoring unknown ones', async () => {
    embed = await browser.open({ query: 'layers=boundaries,ring-road-5,no-such-layer' });
    expect((await embed.renderedLayers()).sort()).toEqual(['boundaries', 'ring-road-5']);
    expect(await embed.legendTitles()).toEqual([
      'Đường Vành đai 5 Vùng Thủ đô',
      'Địa giới hành chính (2019)',
    ]);
  });

  it('shows the name, source and accuracy of a clicked feature as plain text', async () => {
    const feature = bundledPolygon('industrial-zones', 'iz-khai-quang');
    const zone = { ...middleOf(feature), name: feature.properties?.name };
    embed = await browser.open({
      query: 'layers=industrial-zones',
      camera: { zoom: 13, lon: zone.lon, lat: zone.lat },
    });
    await embed.clickAt(zone.lon, zone.lat);
    const card = embed.featureCard();
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(zone.name);
    expect(await card.textContent()).toMatch(/Nguồn.+Độ chính xác/);
  });

  it('asks nothing of the network beyond its origin, fetches only the shown layers, logs no error', async () => {
    embed = await browser.open({ query: 'layers=ring-road-5,context' });
    expect(embed.log.foreignRequests).toEqual([]);
    expect(embed.log.consoleErrors).toEqual([]);
    expect(embed.fetchedLayerFiles().sort()).toEqual(['context', 'ring-road-5']);
  });

  it('lets the report page scroll: a plain mouse wheel over the iframe does not zoom the map', async () => {
    embed = await browser.open({ query: 'layers=boundaries' });
    const before = await embed.hash();
    const box = await embed.frame.getByTestId('map').boundingBox();
    if (!box) throw new Error('embed map is not on screen');
    await embed.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await embed.page.mouse.wheel(0, -600);
    // Long enough for MapLibre's wheel zoom (and the hash update after it) to have happened.
    await embed.page.waitForTimeout(800);
    expect(await embed.hash()).toBe(before);
    // The control: the same wheel with Ctrl held does reach and zoom the map.
    await embed.page.keyboard.down('Control');
    await embed.page.mouse.wheel(0, -600);
    await embed.page.keyboard.up('Control');
    await expect.poll(() => embed.hash(), { timeout: 10_000 }).not.toBe(before);
  });

  it('titles the legend in English with lang=en', async () => {
    embed = await browser.open({ query: 'layers=industrial-zones,ring-road-5&lang=en' });
    expect(await embed.legendTitles()).toEqual([
      'Ring Road 5 (Capital Region)',
      'Industrial zones',
    ]);
    expect(await embed.fullMapLink().textContent()).toContain('Open full map');
  });

  it('links to the full map with its layers, language and the camera the reader moved to', async () => {
    embed = await browser.open({ query: 'layers=boundaries&lang=en', host: 'page' });
    const before = await embed.hash();
    await embed.drag(-150, 80);
    await expect.poll(() => embed.hash()).not.toBe(before);
    const link = embed.fullMapLink();
    await link.hover();
    expect(await link.getAttribute('href')).toBe(
      `./index.html?layers=boundaries&lang=en${await embed.hash()}`,
    );
  });
});
