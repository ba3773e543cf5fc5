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

describe('the embed options in its URL', () => {
  const base = { layerIds: ['industrial-zones'], lang: 'vi' as const, cameraHash: '' };

  it('leaves defaults out and reads every option back', () => {
    expect(embedUrl('http://x/', { ...base, options: { legend: 'shown' } })).toBe(
      'http://x/embed.html?layers=industrial-zones&lang=vi',
    );
    const url = new URL(
      embedUrl('http://x/', {
        ...base,
        options: {
          legend: 'folded',
          title: 'Hình 3: KCN & <Vành đai 5>',
          scrollZoom: true,
          selection: 'industrial-zones:iz-khai-quang',
          pin: '0123456789abcdef',
        },
      }),
    );
    const params = parseViewParams(url.search, LAYERS);
    expect(params.legend).toBe('folded');
    expect(params.title).toBe('Hình 3: KCN & <Vành đai 5>');
    expect(params.scrollZoom).toBe(true);
    expect(params.selection).toEqual({ layerId: 'industrial-zones', featureKey: 'iz-khai-quang' });
    expect(params.pin).toBe('0123456789abcdef');
  });

  it('falls back to the defaults for options it does not know', () => {
    const params = parseViewParams('?legend=sideways&scroll=yes&sel=nokey', LAYERS);
    expect(params).toMatchObject({
      legend: 'shown',
      scrollZoom: false,
      selection: null,
      title: '',
    });
  });
});
