import { describe, expect, it } from 'vitest';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { parseStateArgument } from '../../src/core/url/state-argument.ts';

const context = { layers: LAYERS, checkIds: PRESET_CHECKS.map((check) => check.id) };

describe('a map state given to giapranh render', () => {
  it('takes the whole link, its query and hash, or either alone', () => {
    const search = '?lang=en&layers=ring-road-5';
    const hash = '#map=11/21.2/105.7';
    expect(parseStateArgument(`https://maps.example/giapranh/${search}${hash}`, context)).toEqual({
      search,
      hash,
    });
    expect(parseStateArgument(`${search}${hash}`, context)).toEqual({ search, hash });
    expect(parseStateArgument('lang=en&layers=ring-road-5', context)).toEqual({ search, hash: '' });
    expect(parseStateArgument(hash, context)).toEqual({ search: '', hash });
    expect(parseStateArgument('', context)).toEqual({ search: '', hash: '' });
  });

  it('refuses what the app would only note and ignore: a script must get the map it asked for', () => {
    expect(parseStateArgument('?layers=ring-road-5,nope', context)).toEqual({
      kind: 'ignored',
      parts: [{ param: 'layers', value: 'nope', reason: 'unknown-layer' }],
    });
    expect(parseStateArgument('?check=no-such-check', context)).toMatchObject({ kind: 'ignored' });
  });

  it('refuses a camera it cannot read', () => {
    for (const hash of ['#map=99/21/105', '#map=11/21', '#map=11/abc/105', '#zoom=11'])
      expect(parseStateArgument(hash, context)).toEqual({ kind: 'camera', value: hash });
    expect(parseStateArgument('#map=11/21.2/105.7/30/45', context)).toMatchObject({ search: '' });
  });
});
