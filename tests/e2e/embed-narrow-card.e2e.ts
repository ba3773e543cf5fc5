import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import type { EmbedPage } from './support/embedPage.ts';
import { setUpEmbed } from './support/spec.ts';

const browser = setUpEmbed();
let embed: EmbedPage;

const zone = bundledPolygon('industrial-zones', 'iz-khai-quang');
const camera = { zoom: 12, ...middleOf(zone) };
const query =
  'layers=boundaries,industrial-zones&title=Khu công nghiệp Khai Quang&sel=industrial-zones:iz-khai-quang';

/** Whether the feature card covers the middle of the map, where the selected zone is. */
async function cardCoversMiddle(): Promise<boolean> {
  const card = await embed.frame.getByTestId('feature-card').boundingBox();
  const map = await embed.frame.getByTestId('map').boundingBox();
  if (!card || !map) throw new Error('no card or no map on screen');
  const [x, y] = [map.x + map.width / 2, map.y + map.height / 2];
  return x >= card.x && x <= card.x + card.width && y >= card.y && y <= card.y + card.height;
}

describe('the selected feature’s card in a phone-wide embed', () => {
  it('leaves the middle of the map, where the feature is, in view', async () => {
    embed = await browser.open({ query, camera, host: 'page' });
    await embed.page.setViewportSize({ width: 390, height: 600 });
    await embed.frame.getByTestId('feature-card').waitFor();
    expect(await cardCoversMiddle()).toBe(false);
    // The whole card stays on the map.
    const card = await embed.frame.getByTestId('feature-card').boundingBox();
    expect(card!.y + card!.height).toBeLessThanOrEqual(600);
    expect(card!.x + card!.width).toBeLessThanOrEqual(390);
  });
});
