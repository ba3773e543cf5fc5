import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  formatHex,
  parse,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import type { LayerDef } from '../../src/core/layers/types.ts';

function colour(hex: string) {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
}

/** How a colour looks with full red or green colour blindness (Machado et al. 2009), or not. */
const VISIONS = {
  typical: (hex: string) => hex,
  deuteranopia: (hex: string) => formatHex(filterDeficiencyDeuter(1)(colour(hex))),
  protanopia: (hex: string) => formatHex(filterDeficiencyProt(1)(colour(hex))),
} as const;

/**
 * The least CIEDE2000 difference at which two layers drawn alike still read as two. 10 is
 * "clearly different at a glance" on a map legend; 2.3 is only just noticeable side by side.
 */
const MIN_DIFFERENCE = 10;

const difference = differenceCiede2000();

/**
 * The layers drawn in the same form (lines, filled areas, points), which only colour tells
 * apart. An area's outline goes with its fill, so it is compared as an area.
 */
function drawnAs(form: 'line' | 'area' | 'point'): LayerDef[] {
  const kinds = {
    line: ['LineString', 'MultiLineString'],
    area: ['Polygon', 'MultiPolygon'],
    point: ['Point', 'MultiPoint'],
  }[form];
  return LAYERS.filter((layer) => layer.geometryTypes.some((kind) => kinds.includes(kind)));
}

describe('the layer palette for colour-blind readers', () => {
  for (const form of ['line', 'area', 'point'] as const) {
    for (const [vision, see] of Object.entries(VISIONS)) {
      it(`keeps every two layers drawn as ${form}s apart with ${vision}`, () => {
        const layers = drawnAs(form);
        for (const [i, a] of layers.entries()) {
          for (const b of layers.slice(i + 1)) {
            const colourOf = (layer: LayerDef) =>
              form === 'area' ? (layer.style.fillColor ?? layer.style.color) : layer.style.color;
            const seen = difference(see(colourOf(a)), see(colourOf(b)));
            expect(seen, `${a.id} ${colourOf(a)} vs ${b.id} ${colourOf(b)}`).toBeGreaterThan(
              MIN_DIFFERENCE,
            );
          }
        }
      });
    }
  }
});
