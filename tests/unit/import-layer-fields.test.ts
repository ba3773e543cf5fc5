import { describe, expect, it } from 'vitest';
import { LayerFieldCheck } from '../../src/core/import/layer-field-check.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

const dykes = getLayer('dykes')!;

function line(i: number, properties: Record<string, unknown>): GeoJSON.Feature {
  return {
    type: 'Feature',
    id: `d-${i}`,
    properties,
    geometry: {
      type: 'LineString',
      coordinates: [
        [105.6, 21.2 + i * 0.01],
        [105.62, 21.21],
      ],
    },
  };
}

describe("a file's properties against an existing layer's schema", () => {
  const features = Array.from({ length: 1200 }, (_, i) =>
    line(i, { name: 'Đê tả', bank: i % 2 ? 'left' : 'trái', chainage: 'K0+000', note: '<b>x</b>' }),
  );

  it('finds what the layer would warn of, slice by slice, as warnings counted by kind', () => {
    const check = new LayerFieldCheck(dykes, 'dykes.geojson');
    expect(check.checkUpTo(features, 500)).toBe(500);
    expect(check.checkUpTo(features, 5000)).toBe(1200);
    const { warnings, counts } = check.finish('en');
    expect(warnings.every((finding) => finding.severity === 'warning')).toBe(true);
    // Every other bank is not one of the layer's values; two names the layer does not know.
    expect(counts['property-invalid']).toBe(600);
    expect(counts['property-unknown']).toBe(2);
    const bank = warnings.find((finding) => finding.code === 'property-invalid');
    expect(bank?.path).toBe('features[0].properties.bank');
    expect(bank?.featureId).toBe('d-0');
    // Markup was the file's own check's to report, not the layer's.
    expect(counts['property-html']).toBeUndefined();
    expect(warnings.some((finding) => finding.code === 'property-html')).toBe(false);
  });
});
