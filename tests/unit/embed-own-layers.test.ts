import { describe, expect, it } from 'vitest';
import { getLayer } from '../../src/core/layers/registry.ts';
import type { LayerDef } from '../../src/core/layers/types.ts';
import { userLayerToLayerDef } from '../../src/core/layers/userLayer.ts';
import { embedLayers } from '../../src/core/url/embed-layers.ts';

const zones = getLayer('industrial-zones') as LayerDef;
const road = getLayer('ring-road-5') as LayerDef;
const own = (id: string, name: string, nameEn?: string) =>
  userLayerToLayerDef({
    id,
    name,
    ...(nameEn ? { nameEn } : {}),
    geometryType: 'Polygon',
    color: '#d9480f',
  });

describe('the layers an embed can show', () => {
  it('keeps the registry layers and names the own layers it cannot show, with their filters', () => {
    const buffer = own('user-buffer', 'Vùng đệm', 'Buffer');
    const sketch = own('user-sketch', 'Phác thảo');
    const split = embedLayers(
      [buffer, zones, sketch, road],
      {
        'user-buffer': { status: { kind: 'values', values: ['planned'] } },
        'user-sketch': {},
        'industrial-zones': { status: { kind: 'values', values: ['operating'] } },
      },
      'en',
    );
    expect(split.layerIds).toEqual(['industrial-zones', 'ring-road-5']);
    expect(split.ownLayers).toEqual([
      { id: 'user-buffer', title: 'Buffer', filtered: true },
      { id: 'user-sketch', title: 'Phác thảo', filtered: false },
    ]);
  });

  it('leaves nothing to say when the map shows registry layers only', () => {
    expect(embedLayers([zones, road], {}, 'vi')).toEqual({
      layerIds: ['industrial-zones', 'ring-road-5'],
      ownLayers: [],
    });
  });
});
