import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/messages.ts';
import {
  getLayer,
  LAYERS,
  layerForFileName,
  layersInDrawOrder,
} from '../../src/core/layers/registry.ts';

describe('the layer registry', () => {
  it('names every layer the border-region plan needs, each once', () => {
    const ids = LAYERS.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'boundaries',
      'ring-road-5',
      'me-linh-axis-roads',
      'security-clusters',
      'industrial-zones',
      'context',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gives every layer a Vietnamese and an English title', () => {
    for (const layer of LAYERS) {
      expect(layer.title.vi.length, layer.id).toBeGreaterThan(0);
      expect(layer.title.en.length, layer.id).toBeGreaterThan(0);
      expect(layer.title.vi, layer.id).not.toBe(layer.title.en);
    }
  });

  it('requires the provenance properties on every layer', () => {
    for (const layer of LAYERS) {
      for (const key of ['name', 'name_en', 'source', 'accuracy', 'accuracy_m']) {
        expect(layer.properties[key]?.required, `${layer.id}.${key}`).toBe(true);
      }
      expect(layer.properties.accuracy?.values).toEqual([
        'surveyed',
        'digitised',
        'indicative',
        'schematic',
      ]);
    }
  });

  it('tells the planner how to fill a layer that has no public geometry', () => {
    // The hint is followed by its own "Import file…" button: it names no button of the panel
    // (the row's own is folded behind "⋯").
    for (const id of ['monitoring-stations', 'green-corridors', 'dykes']) {
      expect(getLayer(id)?.emptyHint?.vi, id).toMatch(/^.+ Nhập một tệp .+ để điền lớp này:$/);
      expect(getLayer(id)?.emptyHint?.en, id).toMatch(
        /^.+ Import a .*file .+ to fill this layer:$/,
      );
      expect(getLayer(id)?.emptyHint?.vi, id).not.toContain(t('vi', 'importFile'));
      expect(getLayer(id)?.emptyHint?.en, id).not.toContain(t('en', 'importFile'));
    }
  });

  it('maps bundled file names to layers and draws in a stable order', () => {
    expect(layerForFileName('data/geojson/industrial-zones.geojson')?.id).toBe('industrial-zones');
    expect(layerForFileName('elsewhere.geojson')).toBeUndefined();
    const orders = layersInDrawOrder().map((layer) => layer.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
  });
});
