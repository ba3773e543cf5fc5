import { describe, expect, it } from 'vitest';
import type { EmbedPage } from './support/embedPage.ts';
import { setUpEmbed } from './support/spec.ts';

const browser = setUpEmbed();
let embed: EmbedPage;

/** Scrolls over the embedded map without Ctrl and returns the hint MapLibre shows. */
async function hintAfterPlainScroll(): Promise<string> {
  const box = await embed.frame.getByTestId('map').boundingBox();
  if (!box) throw new Error('embed map is not on screen');
  await embed.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await embed.page.mouse.wheel(0, -300);
  const hint = embed.frame.locator(
    '.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message',
  );
  return (await hint.textContent()) ?? '';
}

describe('the embed’s Ctrl+scroll hint', () => {
  it('is in Vietnamese by default', async () => {
    embed = await browser.open({ query: 'layers=boundaries' });
    expect(await hintAfterPlainScroll()).toBe('Giữ Ctrl và cuộn chuột để phóng to, thu nhỏ bản đồ');
  });

  it('is in English with lang=en', async () => {
    embed = await browser.open({ query: 'layers=boundaries&lang=en' });
    expect(await hintAfterPlainScroll()).toBe('Use Ctrl + scroll to zoom the map');
  });
});
