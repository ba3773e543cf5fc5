import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { overlayLayers } from '../../src/map/overlayStyle.ts';

/** sRGB hex → CIELAB (D65), to compare colours as eyes do rather than as numbers. */
function lab(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [channel(0), channel(1), channel(2)];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('the measure line', () => {
  it('has a colour no planning layer has (it once had exactly the Mê Linh roads’ colour)', () => {
    const line = overlayLayers().find((layer) => layer.id === 'measure:line');
    const colour = line?.type === 'line' ? line.paint?.['line-color'] : undefined;
    if (typeof colour !== 'string') throw new Error('the measure line has a plain colour');
    for (const layer of LAYERS) {
      for (const layerColour of [layer.style.color, layer.style.fillColor ?? layer.style.color])
        expect(deltaE(colour, layerColour), `${layer.id} ${layerColour}`).toBeGreaterThan(20);
    }
  });
});
