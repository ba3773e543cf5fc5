import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { embedUrl, iframeCode } from '../../src/core/url/embed-code.ts';
import { parseViewParams } from '../../src/core/url/view-params.ts';

describe('the embed code', () => {
  const view = {
    layerIds: ['ring-road-5', 'industrial-zones'],
    lang: 'en' as const,
    cameraHash: '#map=11/21.2/105.7',
  };

  it('points next to the app, with the layers, language and camera', () => {
    expect(embedUrl('https://plans.example/giapranh/index.html?x=1#map=9/1/2', view)).toBe(
      'https://plans.example/giapranh/embed.html?layers=ring-road-5,industrial-zones&lang=en#map=11/21.2/105.7',
    );
  });

  it('reads back, through the embed’s own parser, as the same view', () => {
    const url = new URL(embedUrl('http://localhost/', view));
    const params = parseViewParams(url.search, LAYERS);
    expect(params.lang).toBe('en');
    expect(
      Object.entries(params.visible)
        .filter(([, shown]) => shown)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['industrial-zones', 'ring-road-5']);
  });

  it('escapes the attributes of the iframe', () => {
    const code = iframeCode('https://x/embed.html?layers=a&lang=vi', 'Bản đồ "Giáp Ranh"');
    expect(code).toContain('src="https://x/embed.html?layers=a&amp;lang=vi"');
    expect(code).toContain('title="Bản đồ &quot;Giáp Ranh&quot;"');
  });
});
