import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { holdPlacement } from '../../src/map/figure/placementHold.ts';

/** A stand-in for MapLibre's Style: placement on the prototype, counting its runs. */
class FakeStyle {
  placements = 0;
  _updatePlacement(): boolean {
    this.placements++;
    return false;
  }
}

/** What MapLibre's frame does with the style: place its labels. */
const frame = (style: FakeStyle) =>
  (style as unknown as { _updatePlacement: () => boolean })._updatePlacement();

describe('holding the placement of the figure map between tiles', () => {
  it('places nothing in the frames drawn while held, and places again once let go', () => {
    const style = new FakeStyle();
    const map = { style } as unknown as MapLibreMap;
    frame(style);
    const release = holdPlacement(map);
    for (let tile = 0; tile < 35; tile++) expect(frame(style)).toBe(false);
    expect(style.placements).toBe(1);
    release();
    release();
    frame(style);
    expect(style.placements).toBe(2);
    expect(Object.hasOwn(style, '_updatePlacement')).toBe(false);
  });

  it('does nothing to a map without a style or without MapLibre 6 placement', () => {
    expect(() => holdPlacement({} as MapLibreMap)()).not.toThrow();
    const style = { placements: 0 };
    holdPlacement({ style } as unknown as MapLibreMap)();
    expect(style).toEqual({ placements: 0 });
  });

  it("is the placement MapLibre's style has (a MapLibre update that renames it fails here)", async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync('node_modules/maplibre-gl/dist/maplibre-gl-dev.mjs', 'utf8'),
    );
    expect(source).toMatch(/\n\t_updatePlacement\(transform, showCollisionBoxes, fadeDuration/);
    expect(source).toMatch(/this\._placementDirty = this\.style\?\._updatePlacement\(/);
  });
});
