import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const PUBLIC = resolve(REPO, 'public');

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(path: string): string {
  const bytes = readFileSync(path);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('public/: the icon and the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(resolve(PUBLIC, 'manifest.webmanifest'), 'utf8'));

  it('names the app in Vietnamese and starts it offline from its own folder', () => {
    expect(manifest.short_name).toBe('Giáp Ranh');
    expect(manifest.lang).toBe('vi');
    expect(manifest.start_url).toBe('./');
  });

  it('lists icons that exist, at the pixel sizes it states', () => {
    const icons: ManifestIcon[] = manifest.icons;
    expect(icons.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
    for (const icon of icons) {
      const path = resolve(PUBLIC, icon.src);
      expect(existsSync(path), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(path)).toBe(icon.sizes);
    }
  });

  it('is linked from the app page, and the icon from the embed page', () => {
    const app = readFileSync(resolve(REPO, 'index.html'), 'utf8');
    const embed = readFileSync(resolve(REPO, 'embed.html'), 'utf8');
    expect(app).toContain('<link rel="manifest" href="manifest.webmanifest" />');
    expect(app).toContain('<link rel="icon" href="icon.svg"');
    expect(embed).toContain('<link rel="icon" href="icon.svg"');
  });
});
