import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { embedUrl } from '../../src/core/url/embed-code.ts';
import { parseViewParams } from '../../src/core/url/view-params.ts';

const APP = 'https://example.org/giapranh/?lang=vi';
const embedOf = (frame: '2019' | '2025') =>
  embedUrl(APP, { layerIds: ['ring-road-5'], lang: 'vi', cameraHash: '', options: { frame } });

describe('the 2019 / 2025 frame carried into the embed', () => {
  it('writes frame=2025 into the embed’s link, and leaves the default 2019 out', () => {
    expect(embedOf('2025')).toContain('frame=2025');
    expect(embedOf('2019')).not.toContain('frame=');
  });

  it('reads frame= on the embed page; anything else is the 2019 default', () => {
    expect(parseViewParams(new URL(embedOf('2025')).search, LAYERS).frame).toBe('2025');
    expect(parseViewParams('?layers=ring-road-5', LAYERS).frame).toBe('2019');
    expect(parseViewParams('?frame=2030', LAYERS).frame).toBe('2019');
  });
});
